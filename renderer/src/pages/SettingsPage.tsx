import { App, Button, Card, Descriptions, Form, Input, Select, Space, Typography } from 'antd';
import { DEFAULT_REGION, REGIONS, type Region } from '../../../shared/domain/region';
import { useTranslation } from 'react-i18next';
import { useFormFailure } from '../hooks/useFormFailure';
import { useAppInfo, useSettings, useUpdateSettings } from '../api/settings';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { BackupCard } from './settings/BackupCard';
import { CostLinesCard } from './settings/CostLinesCard';
import { ExpenseRangesCard } from './settings/ExpenseRangesCard';
import { LetterheadCard } from './settings/LetterheadCard';
import { RetentionCard } from './settings/RetentionCard';
import { SecurityCard } from './settings/SecurityCard';
import { ReviewIntervalCard } from './reviews/ReviewIntervalCard';
import { EntryForm } from '../components/form/EntryForm';
import { useRequestedFocus } from '../components/focusField';

export function SettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showFailure = useFormFailure();
  const settings = useSettings();
  const info = useAppInfo();
  const update = useUpdateSettings();
  const [form] = Form.useForm<{ counsellorName: string; region: Region }>();
  useRequestedFocus(settings.isSuccess);

  const save = (values: { counsellorName: string; region: Region }) =>
    update.mutate(values, {
      onSuccess: () => void message.success(t('settings.saved')),
      onError: (err) => {
        showFailure(form, err);
      },
    });

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%', maxWidth: 880 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('settings.title')}
      </Typography.Title>
      <Card title={t('settings.general')}>
        {/* Shown once the settings are read, so the form never starts from defaults and saves them over the real values. */}
        {settings.data && <EntryForm layout="vertical" form={form} initialValues={{ counsellorName: settings.data?.counsellorName ?? '', region: settings.data?.region ?? DEFAULT_REGION }} onFinish={save}>
          <Form.Item label={t('common.language')}>
            <LanguageSwitch />
          </Form.Item>
          <Form.Item name="counsellorName" label={t('settings.counsellorName')} extra={t('settings.counsellorNameHelp')}>
            <Input maxLength={100} style={{ maxWidth: 320 }} />
          </Form.Item>
          <Form.Item name="region" label={t('region.label')} extra={t('region.settingHelp')}>
            <Select style={{ maxWidth: 320 }} options={REGIONS.map((r) => ({ value: r, label: t(`region.names.${r}`) }))} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </EntryForm>}
      </Card>
      <ExpenseRangesCard />
      <CostLinesCard />
      <LetterheadCard />
      <BackupCard />
      <SecurityCard />
      <RetentionCard />
      <ReviewIntervalCard />
      <Card title={t('settings.about')}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('settings.appVersion')}>{info.data?.appVersion}</Descriptions.Item>
          <Descriptions.Item label={t('settings.schemaVersion')}>{info.data?.schemaVersion}</Descriptions.Item>
          <Descriptions.Item label={t('settings.dataDir')}>
            <Typography.Text copyable code>
              {info.data?.dataDir}
            </Typography.Text>
          </Descriptions.Item>
        </Descriptions>
      </Card>
    </Space>
  );
}
