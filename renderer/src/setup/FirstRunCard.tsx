import { SolutionOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Select, Space, Steps, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REGIONS, type Region } from '../../../shared/domain/region';
import { useUpdateLetterhead } from '../api/documents';
import { errorText } from '../api/errors';
import { useFormFailure } from '../hooks/useFormFailure';
import { useCaseCount } from '../api/clients';
import { useSettings, useUpdateSettings } from '../api/settings';
import { EntryForm } from '../components/form/EntryForm';
import { useDemoActions } from '../demo/useDemoActions';
import { LanguageSwitch } from '../layout/LanguageSwitch';

interface Details {
  region: Region;
  counsellorName: string;
  organisation: string;
  phone: string;
  email: string;
}

/**
 * The first start, on the overview: the language and the installation's region (new cases
 * take it: currency, identity document, lender types, letters), the counsellor's name and the
 * letterhead's organisation and contact (what every letter needs before it can be final), then
 * the demo offer. Shown until answered or skipped, and only while there is no case at all.
 */
export function FirstRunCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showFailure = useFormFailure();
  const settings = useSettings();
  const clients = useCaseCount();
  const updateSettings = useUpdateSettings();
  const updateLetterhead = useUpdateLetterhead();
  const { askLoad } = useDemoActions();
  const [step, setStep] = useState(0);
  const [form] = Form.useForm<Details>();

  if (!settings.data || settings.data.setupDone || clients.data === undefined || clients.data > 0) return null;

  const finish = () => updateSettings.mutate({ setupDone: true }, { onError: (err) => void message.error(errorText(err, t)) });
  const saveDetails = async ({ counsellorName, region, ...letterhead }: Details) => {
    try {
      await updateSettings.mutateAsync({ counsellorName, region });
      await updateLetterhead.mutateAsync(letterhead);
      setStep(1);
    } catch (err) {
      showFailure(form, err);
    }
  };

  return (
    <Card title={<Space><SolutionOutlined />{t('setup.title')}</Space>} data-testid="first-run">
      <Steps size="small" current={step} style={{ maxWidth: 480, marginBottom: 16 }} items={[{ title: t('setup.stepDetails') }, { title: t('setup.stepDemo') }]} />
      {step === 0 ? (
        <>
          <Typography.Paragraph type="secondary">{t('setup.intro')}</Typography.Paragraph>
          <EntryForm<Details> form={form} layout="vertical" onFinish={saveDetails} style={{ maxWidth: 560 }} initialValues={{ region: settings.data.region, counsellorName: settings.data.counsellorName ?? '', organisation: '', phone: '', email: '' }}>
            <Form.Item label={t('common.language')}>
              <LanguageSwitch />
            </Form.Item>
            <Form.Item name="region" label={t('region.label')} extra={t('region.settingHelp')}>
              <Select style={{ maxWidth: 320 }} options={REGIONS.map((r) => ({ value: r, label: t(`region.names.${r}`) }))} />
            </Form.Item>
            <Form.Item name="counsellorName" label={t('settings.counsellorName')} extra={t('settings.counsellorNameHelp')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
              <Input maxLength={100} autoComplete="name" />
            </Form.Item>
            <Form.Item name="organisation" label={t('setup.organisation')}>
              <Input maxLength={100} autoComplete="organization" />
            </Form.Item>
            <Space.Compact block style={{ gap: 12 }}>
              <Form.Item name="phone" label={t('setup.phone')} style={{ flex: 1 }}>
                <Input maxLength={60} autoComplete="tel" />
              </Form.Item>
              <Form.Item name="email" label={t('setup.email')} style={{ flex: 1 }}>
                <Input maxLength={120} autoComplete="email" />
              </Form.Item>
            </Space.Compact>
            <Space>
              <Button type="primary" htmlType="submit" loading={updateSettings.isPending || updateLetterhead.isPending}>
                {t('setup.next')}
              </Button>
              <Button onClick={() => setStep(1)}>{t('setup.skip')}</Button>
            </Space>
          </EntryForm>
        </>
      ) : (
        <>
          <Typography.Paragraph>{t('setup.demoBody')}</Typography.Paragraph>
          <Space>
            <Button type="primary" onClick={() => askLoad(finish)}>
              {t('demo.load')}
            </Button>
            <Button onClick={finish}>{t('setup.startEmpty')}</Button>
          </Space>
        </>
      )}
    </Card>
  );
}
