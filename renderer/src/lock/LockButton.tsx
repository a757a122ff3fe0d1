import { LockOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLockNow, useLockStatus } from '../api/lock';

/** "Lock now" in the header, once a passcode is set. */
export function LockButton() {
  const { t } = useTranslation();
  const status = useLockStatus();
  const lockNow = useLockNow();
  if (!status.data?.enabled) return null;
  return (
    <Tooltip title={t('lock.lockNow')}>
      <Button icon={<LockOutlined />} aria-label={t('lock.lockNow')} onClick={() => lockNow.mutate()} loading={lockNow.isPending} />
    </Tooltip>
  );
}
