import { Alert, App, Button, Progress, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BackupStatus } from '../../../../../shared/schemas/backup';
import { useCancelBackup, usePickBackupFolder, useRunBackup } from '../../../api/backup';
import { errorText } from '../../../api/errors';
import { useFormatDateTime } from './format';

/** Where backups go, "back up now" with its progress and cancel, and when the last good one was made. */
export function FolderSection({ status }: { status: BackupStatus }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const pick = usePickBackupFolder();
  const run = useRunBackup();
  const cancel = useCancelBackup();
  const formatDate = useFormatDateTime();
  const folder = status.config.folder;
  const last = status.lastGood;

  const backUp = () =>
    run.mutate(undefined, {
      onSuccess: (r) => void message.success(t('backup.run.done', { file: r.file })),
      onError: (err) => void message.error(errorText(err, t)),
    });

  return (
    <section aria-label={t('backup.folder.title')}>
      <Typography.Title level={5}>{t('backup.folder.title')}</Typography.Title>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Text code={!!folder} data-testid="backup-folder">
            {folder ?? t('backup.folder.none')}
          </Typography.Text>
          <Button onClick={() => pick.mutate(undefined, { onError: (err) => void message.error(errorText(err, t)) })} loading={pick.isPending}>
            {folder ? t('backup.folder.change') : t('backup.folder.choose')}
          </Button>
        </Space>
        {status.folderReachable === false && <Alert type="error" showIcon message={t('backup.folder.unreachable')} />}
        <Space wrap align="center">
          <Button type="primary" onClick={backUp} disabled={status.running || run.isPending || !folder || !status.passphraseSet} loading={status.running || run.isPending}>
            {status.running || run.isPending ? t('backup.run.running') : t('backup.run.now')}
          </Button>
          {(status.running || run.isPending) && <Progress aria-label={t('backup.run.running')} percent={Math.round((status.progress ?? 0) * 100)} size="small" style={{ width: 200 }} />}
          {status.running && (
            <Button onClick={() => cancel.mutate(undefined, { onError: (err) => void message.error(errorText(err, t)) })} loading={cancel.isPending}>
              {t('backup.run.cancel')}
            </Button>
          )}
        </Space>
        <Typography.Text data-testid="backup-last" type={status.stale ? 'warning' : undefined}>
          {last
            ? status.ageDays === 0
              ? t('backup.last.today', { date: formatDate(last.at) })
              : t('backup.last.at', { date: formatDate(last.at), days: status.ageDays ?? 0 })
            : t('backup.last.never')}
        </Typography.Text>
        {last && status.stale && <Alert type="warning" showIcon message={t('backup.last.stale', { days: status.config.warnAfterDays })} />}
      </Space>
    </section>
  );
}
