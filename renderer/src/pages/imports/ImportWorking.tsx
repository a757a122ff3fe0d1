import { Button, Progress, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { cancelImport, useImportProgress } from '../../api/imports';

// While a step of the import runs in the background (reading a large file, checking every
// row, writing thousands of debts): what it is doing, how far it is, and a way to stop it.
// The main process answers meanwhile, so the progress is simply polled.

export function ImportWorking() {
  const { t } = useTranslation();
  const progress = useImportProgress();
  const step = progress.data?.step;
  if (!step) return null;
  return (
    <Space data-testid="import-working" align="center">
      <Typography.Text>{t(`imports.working.${step}`)}</Typography.Text>
      <Progress aria-label={t(`imports.working.${step}`)} percent={Math.round((progress.data?.fraction ?? 0) * 100)} size="small" style={{ width: 200 }} />
      <Button onClick={() => void cancelImport()}>{t('imports.cancel')}</Button>
    </Space>
  );
}
