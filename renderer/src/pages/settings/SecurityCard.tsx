import { App, Button, Card, Form, Input, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IDLE_MINUTES } from '../../../../shared/schemas/lock';
import { useFormFailure } from '../../hooks/useFormFailure';
import { useConfigureLock, useDisableLock, useLockStatus } from '../../api/lock';

interface Values {
  current?: string;
  passcode: string;
  confirm: string;
  idleMinutes: number;
}

/** Settings → app lock: turn it on, change the passcode or idle time, turn it off. */
export function SecurityCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showFailure = useFormFailure();
  const status = useLockStatus();
  const configure = useConfigureLock();
  const disable = useDisableLock();
  const [form] = Form.useForm<Values>();
  const [mode, setMode] = useState<'idle' | 'edit' | 'disable'>('idle');
  const enabled = status.data?.enabled ?? false;

  const onError = (err: unknown) => {
    showFailure(form, err);
  };
  const save = (v: Values) =>
    configure.mutate(
      { ...(enabled ? { current: v.current ?? '' } : {}), passcode: v.passcode, idleMinutes: v.idleMinutes },
      {
        onSuccess: () => {
          void message.success(t('lock.card.saved'));
          form.resetFields();
          setMode('idle');
        },
        onError,
      },
    );
  const turnOff = (v: Values) =>
    disable.mutate(v.current ?? '', {
      onSuccess: () => {
        void message.success(t('lock.card.disabled'));
        form.resetFields();
        setMode('idle');
      },
      onError,
    });

  return (
    <Card title={t('lock.card.title')} data-testid="lock-card">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('lock.card.help')}
        </Typography.Paragraph>
        <div>
          {enabled ? <Tag color="green">{t('lock.card.statusOn', { minutes: status.data?.idleMinutes })}</Tag> : <Tag>{t('lock.card.statusOff')}</Tag>}
        </div>
        {mode === 'idle' ? (
          <Space>
            <Button type={enabled ? 'default' : 'primary'} onClick={() => setMode('edit')}>
              {enabled ? t('lock.card.change') : t('lock.card.enable')}
            </Button>
            {enabled && (
              <Button danger onClick={() => setMode('disable')}>
                {t('lock.card.disable')}
              </Button>
            )}
          </Space>
        ) : (
          <Form
            form={form}
            layout="vertical"
            style={{ maxWidth: 360 }}
            initialValues={{ idleMinutes: status.data?.idleMinutes || 10 }}
            onFinish={mode === 'edit' ? save : turnOff}
          >
            {enabled && (
              <Form.Item name="current" label={t('lock.card.current')} rules={[{ required: true, message: t('validation.required') }]}>
                <Input.Password autoComplete="current-password" maxLength={64} />
              </Form.Item>
            )}
            {mode === 'edit' && (
              <>
                <Form.Item name="passcode" label={t('lock.card.passcode')} rules={[{ required: true, min: 4, message: t('lock.validation.passcodeShort') }]}>
                  <Input.Password autoComplete="new-password" maxLength={64} />
                </Form.Item>
                <Form.Item
                  name="confirm"
                  label={t('lock.card.confirm')}
                  dependencies={['passcode']}
                  rules={[
                    { required: true, message: t('validation.required') },
                    ({ getFieldValue }) => ({
                      validator: (_, value) => (value === getFieldValue('passcode') ? Promise.resolve() : Promise.reject(new Error(t('lock.card.mismatch')))),
                    }),
                  ]}
                >
                  <Input.Password autoComplete="new-password" maxLength={64} />
                </Form.Item>
                <Form.Item name="idleMinutes" label={t('lock.card.idle')}>
                  <Select style={{ width: 160 }} options={IDLE_MINUTES.map((m) => ({ value: m, label: t('lock.card.minutes', { count: m }) }))} />
                </Form.Item>
              </>
            )}
            <Space>
              <Button type="primary" danger={mode === 'disable'} htmlType="submit" loading={configure.isPending || disable.isPending}>
                {mode === 'edit' ? t('common.save') : t('lock.card.disable')}
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  setMode('idle');
                }}
              >
                {t('common.cancel')}
              </Button>
            </Space>
          </Form>
        )}
      </Space>
    </Card>
  );
}
