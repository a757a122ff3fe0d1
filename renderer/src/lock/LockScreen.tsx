import { LockOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { errorText } from '../api/errors';
import { useUnlock } from '../api/lock';

/** The only thing rendered while the app is locked: no navigation, no case data. */
export function LockScreen() {
  const { t } = useTranslation();
  const unlock = useUnlock();
  const [form] = Form.useForm<{ passcode: string }>();

  const submit = ({ passcode }: { passcode: string }) =>
    unlock.mutate(passcode, {
      // Empty the field and say why in one step (setting the value alone would clear the error).
      onError: (err) => form.setFields([{ name: 'passcode', value: '', errors: [(err instanceof ApiError && err.fields['passcode']) || errorText(err, t)] }]),
    });

  return (
    <main style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: '#f5f7f8' }}>
      <Card style={{ width: 380 }}>
        <div style={{ textAlign: 'center', marginBottom: 16 }}>
          <LockOutlined style={{ fontSize: 36, color: '#1f6f78' }} />
          <Typography.Title level={3} style={{ marginTop: 12 }}>
            {t('lock.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('lock.subtitle')}</Typography.Text>
        </div>
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item name="passcode" label={t('lock.passcode')} rules={[{ required: true, message: t('validation.required') }]}>
            <Input.Password autoFocus autoComplete="current-password" maxLength={64} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={unlock.isPending}>
            {t('lock.unlock')}
          </Button>
        </Form>
      </Card>
    </main>
  );
}
