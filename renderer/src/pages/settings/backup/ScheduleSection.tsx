import { App, Button, Form, InputNumber, Space, Switch, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupStatus } from '../../../../../shared/schemas/backup';
import { useUpdateBackupConfig } from '../../../api/backup';
import { useFormFailure } from '../../../hooks/useFormFailure';
import { EntryForm } from '../../../components/form/EntryForm';

/** Automatic backups (on quit, daily), the warning age and how many of each backup are kept. */
export function ScheduleSection({ status }: { status: BackupStatus }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showFailure = useFormFailure();
  const update = useUpdateBackupConfig();
  const [form] = Form.useForm();
  const c = status.config;
  useEffect(() => {
    form.setFieldsValue({ autoOnQuit: c.autoOnQuit, autoDaily: c.autoDaily, warnAfterDays: c.warnAfterDays, retention: c.retention });
  }, [form, c.autoOnQuit, c.autoDaily, c.warnAfterDays, c.retention]);

  const save = (values: { autoOnQuit: boolean; autoDaily: boolean; warnAfterDays: number; retention: { daily: number; weekly: number; monthly: number } }) =>
    update.mutate(values, {
      onSuccess: () => void message.success(t('backup.schedule.saved')),
      onError: (err) => {
        showFailure(form, err);
      },
    });

  return (
    <section aria-label={t('backup.schedule.title')}>
      <Typography.Title level={5}>{t('backup.schedule.title')}</Typography.Title>
      <EntryForm form={form} layout="inline" onFinish={save} style={{ rowGap: 12 }}>
        <Form.Item name="autoOnQuit" label={t('backup.schedule.onQuit')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="autoDaily" label={t('backup.schedule.daily')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="warnAfterDays" label={t('backup.schedule.warnAfter')}>
          <InputNumber min={1} max={365} precision={0} style={{ width: 80 }} />
        </Form.Item>
        <Form.Item label={t('backup.schedule.retention')} style={{ marginInlineEnd: 0 }}>
          <Space>
            <Form.Item name={['retention', 'daily']} noStyle>
              <InputNumber min={1} max={60} precision={0} style={{ width: 70 }} aria-label={t('backup.schedule.daily7')} />
            </Form.Item>
            <span>{t('backup.schedule.daily7')}</span>
            <Form.Item name={['retention', 'weekly']} noStyle>
              <InputNumber min={0} max={52} precision={0} style={{ width: 70 }} aria-label={t('backup.schedule.weekly')} />
            </Form.Item>
            <span>{t('backup.schedule.weekly')}</span>
            <Form.Item name={['retention', 'monthly']} noStyle>
              <InputNumber min={0} max={120} precision={0} style={{ width: 70 }} aria-label={t('backup.schedule.monthly')} />
            </Form.Item>
            <span>{t('backup.schedule.monthly')}</span>
          </Space>
        </Form.Item>
        <Form.Item>
          <Button htmlType="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Form.Item>
      </EntryForm>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {t('backup.schedule.retentionHelp')}
      </Typography.Paragraph>
    </section>
  );
}
