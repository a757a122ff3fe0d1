import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Space, Spin, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientDetail } from '../../../../../shared/schemas/clients';
import { errorText } from '../../../api/errors';
import { useLatestStatement } from '../../../api/statements';
import { DisposableSummary } from '../finances/DisposableSummary';
import { StatementEditor } from '../finances/StatementEditor';
import { StatementHistory } from '../finances/StatementHistory';
import { StatementSections } from '../finances/StatementView';

/**
 * The client's financial statement: the latest one (what the case uses) with its monthly
 * disposable income, the editor for a new one or a correction, and the earlier ones.
 */
export function FinancesTab({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  const latest = useLatestStatement(client.id);
  const [editing, setEditing] = useState<'new' | 'edit' | null>(null);

  if (latest.isPending) return <Spin />;
  if (latest.isError) return <Alert type="error" showIcon title={errorText(latest.error, t)} />;
  const statement = latest.data;

  if (editing) {
    return <StatementEditor clientId={client.id} mode={editing} base={statement} onDone={() => setEditing(null)} />;
  }

  if (!statement) {
    return (
      <Empty description={t('finances.empty')} data-testid="finances-empty">
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('finances.enterFirst')}
        </Button>
      </Empty>
    );
  }

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }} data-testid="finances-tab">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('finances.statementOf', { date: statement.statementDate })}
        </Typography.Title>
        <Space wrap>
          <Button icon={<EditOutlined />} onClick={() => setEditing('edit')}>
            {t('finances.editLatest')}
          </Button>
          <Tooltip title={t('finances.newStatementHelp')}>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('finances.newStatement')}
            </Button>
          </Tooltip>
        </Space>
      </Space>
      <DisposableSummary totals={statement.totals} />
      <StatementSections statement={statement} />
      <StatementHistory clientId={client.id} latestId={statement.id} />
    </Space>
  );
}
