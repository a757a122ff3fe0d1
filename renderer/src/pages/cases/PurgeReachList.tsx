import { Alert, List, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CasePurgeReachOutput } from '../../../../shared/schemas/cases';
import { useInstantFormat } from '../../components/instant';

/**
 * In the purge confirmation: the whole-database copies in the data folder and what the purge
 * does with each, and – said plainly – the sealed backups that still hold the case.
 */
export function PurgeReachList({ reach, loading }: { reach: CasePurgeReachOutput | undefined; loading: boolean }) {
  const { t } = useTranslation();
  const when = useInstantFormat();
  if (loading || !reach) return <Skeleton active paragraph={{ rows: 2 }} />;
  return (
    <div style={{ marginBottom: 12 }}>
      <Typography.Text strong>{t('cases.purge.copiesTitle', { count: reach.copies.length })}</Typography.Text>
      {reach.copies.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('cases.purge.copiesNone')}</Typography.Paragraph>
      ) : (
        <List
          size="small"
          data-testid="purge-copies"
          dataSource={reach.copies}
          renderItem={(c) => (
            <List.Item>
              {t(`cases.purge.copyKind.${c.kind}`)} · {when(c.madeAt)} – {t(c.action === 'rewrite' ? 'cases.purge.copyRewrite' : 'cases.purge.copyDelete')}
            </List.Item>
          )}
          style={{ marginBottom: 8 }}
        />
      )}
      <Typography.Text strong>{t('cases.purge.backupsTitle', { count: reach.backups.length })}</Typography.Text>
      {reach.backups.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('cases.purge.backupsNone')}</Typography.Paragraph>
      ) : (
        <>
          <Alert type="info" showIcon title={t('cases.purge.backupsStatement')} style={{ margin: '4px 0 8px' }} />
          <List
            size="small"
            data-testid="purge-backups"
            dataSource={reach.backups}
            renderItem={(b) => (
              <List.Item>
                <Typography.Text>{b.fileName}</Typography.Text>
                <Typography.Text type="secondary">{when(b.madeAt)}</Typography.Text>
              </List.Item>
            )}
            style={{ maxHeight: 180, overflowY: 'auto' }}
          />
        </>
      )}
    </div>
  );
}
