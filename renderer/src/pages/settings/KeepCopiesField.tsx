import { App, Button, InputNumber, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { errorText } from '../../api/errors';
import { useSettings, useUpdateSettings } from '../../api/queries';

// Settings: how many days the whole-database copies made before a restore or an upgrade stay
// in the data folder (removed at the next start once older).
export function KeepCopiesField() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const settings = useSettings();
  const update = useUpdateSettings();
  const [days, setDays] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const saved = settings.data?.keepCopiesDays;

  useEffect(() => {
    if (saved !== undefined && days === null) setDays(saved);
  }, [saved, days]);

  const submit = () =>
    days !== null &&
    update.mutate(
      { keepCopiesDays: days },
      {
        onSuccess: () => void message.success(t('cases.retention.saved')),
        onError: (err) => setError((err instanceof ApiError && err.fields['keepCopiesDays']) || errorText(err, t)),
      },
    );

  return (
    <div style={{ marginBottom: 16 }}>
      <Space align="center" wrap>
        <label htmlFor="keep-copies-days">{t('cases.retention.keepCopies')}</label>
        <InputNumber
          id="keep-copies-days"
          min={1}
          max={365}
          precision={0}
          value={days}
          onChange={(v) => {
            setDays(v);
            setError(null);
          }}
          suffix={t('cases.retention.keepCopiesUnit')}
          status={error ? 'error' : undefined}
          style={{ width: 120 }}
        />
        <Button onClick={submit} loading={update.isPending} disabled={days === null || days === saved}>
          {t('cases.retention.save')}
        </Button>
      </Space>
      {error && (
        <Typography.Text type="danger" role="alert" style={{ display: 'block' }}>
          {error}
        </Typography.Text>
      )}
      <Typography.Text type="secondary" style={{ display: 'block' }}>
        {t('cases.retention.keepCopiesHelp')}
      </Typography.Text>
    </div>
  );
}
