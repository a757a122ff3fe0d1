import { Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BackupHistoryEntry } from '../../../../../shared/schemas/backup';
import { formatBytes, useFormatDateTime } from './format';

/** The latest backups and how each went. */
export function HistorySection({ history }: { history: BackupHistoryEntry[] }) {
  const { t } = useTranslation();
  const formatDate = useFormatDateTime();
  return (
    <section aria-label={t('backup.history.title')}>
      <Typography.Title level={5}>{t('backup.history.title')}</Typography.Title>
      <Table<BackupHistoryEntry>
        size="small"
        rowKey={(h) => `${h.at}-${h.trigger}`}
        dataSource={history}
        pagination={{ pageSize: 5, hideOnSinglePage: true }}
        locale={{ emptyText: t('backup.history.empty') }}
        data-testid="backup-history"
        columns={[
          { title: t('backup.history.at'), dataIndex: 'at', render: (at: string) => formatDate(at) },
          { title: t('backup.history.trigger'), dataIndex: 'trigger', render: (tr: string) => t(`backup.history.triggers.${tr}`) },
          {
            title: t('backup.history.result'),
            render: (_, h) =>
              h.ok ? (
                <Space size={4}>
                  <Tag color="green">{t('backup.history.ok')}</Tag>
                  {h.pruned && <Typography.Text type="secondary">{t('backup.history.pruned')}</Typography.Text>}
                </Space>
              ) : (
                <Space size={4}>
                  <Tag color="red">{t('backup.history.failed')}</Tag>
                  <Typography.Text type="danger">{h.error}</Typography.Text>
                </Space>
              ),
          },
          { title: t('backup.history.size'), dataIndex: 'bytes', render: (b: number | null) => formatBytes(b) },
        ]}
      />
    </section>
  );
}
