import { Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClientDetail } from '../../../../../shared/schemas/clients';
import { AttachmentList } from '../../../components/evidence/AttachmentList';
import { ChecklistCard } from '../checklists/ChecklistCard';

// The client's evidence: what each lender needs (the checklists) and every file attached to the case, its debts and its contact entries.
export function EvidenceTab({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <ChecklistCard clientId={client.id} />
      <Card size="small" title={t('evidence.title')} data-testid="evidence-tab">
        <Typography.Paragraph type="secondary">{t('evidence.intro')}</Typography.Paragraph>
        <AttachmentList clientId={client.id} />
      </Card>
    </Space>
  );
}
