import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClientDetail } from '../../../../../shared/schemas/clients';
import { AttachmentList } from '../../../components/evidence/AttachmentList';

// The client's evidence: every file attached to the case, its debts and its contact entries.
export function EvidenceTab({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('evidence.title')} data-testid="evidence-tab">
      <Typography.Paragraph type="secondary">{t('evidence.intro')}</Typography.Paragraph>
      <AttachmentList clientId={client.id} />
    </Card>
  );
}
