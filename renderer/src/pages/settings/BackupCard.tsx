import { Card, Divider, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useBackupStatus } from '../../api/backup';
import { FolderSection } from './backup/FolderSection';
import { HistorySection } from './backup/HistorySection';
import { PassphraseSection } from './backup/PassphraseSection';
import { RestoreSection } from './backup/RestoreSection';
import { ScheduleSection } from './backup/ScheduleSection';

/** Backups: passphrase, folder, back up now, schedule and retention, history, restore. */
export function BackupCard() {
  const { t } = useTranslation();
  const status = useBackupStatus();
  const s = status.data;
  return (
    <Card title={t('backup.title')} id="backup" data-testid="backup-card">
      <Typography.Paragraph type="secondary">{t('backup.intro')}</Typography.Paragraph>
      {s && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <PassphraseSection status={s} />
          <Divider style={{ margin: 0 }} />
          <FolderSection status={s} />
          <Divider style={{ margin: 0 }} />
          <ScheduleSection status={s} />
          <Divider style={{ margin: 0 }} />
          <HistorySection history={s.history} />
          <Divider style={{ margin: 0 }} />
          <RestoreSection />
        </Space>
      )}
    </Card>
  );
}
