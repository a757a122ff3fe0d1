import { App, Button, InputNumber, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/schemas/settings';
import { ApiError } from '../../api/client';
import { errorText } from '../../api/errors';
import { useSettings, useUpdateSettings } from '../../api/settings';

type WholeNumberKey = { [K in keyof Settings]: Settings[K] extends number ? K : never }[keyof Settings];

// One whole-number setting (days to keep copies, months between reviews): the field with its
// unit, a save button active once it differs from what is saved, the main process's message
// under it when refused, and a line of help. Labels are catalog keys.
export function WholeNumberSetting(props: { setting: WholeNumberKey; id: string; min: number; max: number; label: string; unit: string; saved: string; help: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const settings = useSettings();
  const update = useUpdateSettings();
  const [value, setValue] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const saved = settings.data?.[props.setting];

  useEffect(() => {
    if (saved !== undefined && value === null) setValue(saved);
  }, [saved, value]);

  const submit = () =>
    value !== null &&
    update.mutate(
      { [props.setting]: value },
      {
        onSuccess: () => void message.success(t(props.saved)),
        onError: (err) => setError((err instanceof ApiError && err.fields[props.setting]) || errorText(err, t)),
      },
    );

  return (
    <div style={{ marginBottom: 16 }}>
      <Space align="center" wrap>
        <label htmlFor={props.id}>{t(props.label)}</label>
        <InputNumber
          id={props.id}
          min={props.min}
          max={props.max}
          precision={0}
          value={value}
          onChange={(v) => {
            setValue(v);
            setError(null);
          }}
          suffix={t(props.unit)}
          status={error ? 'error' : undefined}
          style={{ width: 120 }}
        />
        <Button onClick={submit} loading={update.isPending} disabled={value === null || value === saved}>
          {t('cases.retention.save')}
        </Button>
      </Space>
      {error && (
        <Typography.Text type="danger" role="alert" style={{ display: 'block' }}>
          {error}
        </Typography.Text>
      )}
      <Typography.Text type="secondary" style={{ display: 'block' }}>
        {t(props.help)}
      </Typography.Text>
    </div>
  );
}
