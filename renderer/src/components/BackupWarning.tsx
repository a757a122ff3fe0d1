import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useBackupStatus } from '../api/backup';
import { navigate, paths } from '../router';

/**
 * A banner when the last good backup is missing or older than the warning age, or the
 * backup folder cannot be reached. Mount it once above the page content (in the Shell).
 * Checks again every minute.
 */
export function BackupWarning() {
  const { t } = useTranslation();
  const status = useBackupStatus({ poll: true });
  const s = status.data;
  if (!s) return null;
  const unreachable = s.config.folder !== null && s.folderReachable === false;
  if (!s.stale && !unreachable) return null;
  const text = unreachable ? t('backup.banner.unreachable') : s.lastGood === null ? t('backup.banner.never') : t('backup.banner.stale', { days: s.ageDays ?? 0 });
  return (
    <Alert
      type="warning"
      showIcon
      banner
      data-testid="backup-warning"
      message={text}
      action={
        <Button size="small" onClick={() => navigate(paths.settings())}>
          {t('backup.banner.action')}
        </Button>
      }
    />
  );
}
