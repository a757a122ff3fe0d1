import { App, Button, Card, Form, Image, Input, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { LetterheadUpdateInput } from '../../../../shared/schemas/documents';
import { useLetterhead, usePickLogo, usePreviewLetterhead, useUpdateLetterhead } from '../../api/documents';
import { errorText } from '../../api/errors';
import { useFormFailure } from '../../hooks/useFormFailure';
import { EntryForm } from '../../components/form/EntryForm';

type Fields = { organisation: string; address: string; phone: string; email: string };

/** The letterhead printed on letters, packets and case documents: organisation, address, phone, email and logo. */
export function LetterheadCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showFailure = useFormFailure();
  const [form] = Form.useForm<Fields>();
  const letterhead = useLetterhead();
  const update = useUpdateLetterhead();
  const pickLogo = usePickLogo();
  const preview = usePreviewLetterhead();
  const data = letterhead.data;

  useEffect(() => {
    if (data) form.setFieldsValue({ organisation: data.organisation ?? '', address: data.address ?? '', phone: data.phone ?? '', email: data.email ?? '' });
  }, [data, form]);

  const save = (values: Fields) =>
    update.mutate(values satisfies LetterheadUpdateInput, {
      onSuccess: () => void message.success(t('documents.letterhead.saved')),
      onError: (err) => {
        showFailure(form, err);
      },
    });

  const onError = (err: unknown) => void message.error(errorText(err, t));

  return (
    <Card title={t('documents.letterhead.title')} loading={letterhead.isPending} data-testid="letterhead-card">
      <Typography.Paragraph type="secondary">{t('documents.letterhead.help')}</Typography.Paragraph>
      <EntryForm form={form} layout="vertical" onFinish={save} style={{ maxWidth: 560 }}>
        <Form.Item name="organisation" label={t('documents.letterhead.organisation')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="address" label={t('documents.letterhead.address')}>
          <Input maxLength={200} />
        </Form.Item>
        <Space.Compact block>
          <Form.Item name="phone" label={t('documents.letterhead.phone')} style={{ flex: 1, marginRight: 12 }}>
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item name="email" label={t('documents.letterhead.email')} style={{ flex: 1 }}>
            <Input maxLength={120} />
          </Form.Item>
        </Space.Compact>
        <Form.Item label={t('documents.letterhead.logo')}>
          <Space align="center">
            {data?.logoDataUrl ? (
              <Image src={data.logoDataUrl} alt={t('documents.letterhead.logo')} width={56} height={56} style={{ objectFit: 'contain' }} preview={false} />
            ) : (
              <Typography.Text type="secondary">{t('documents.letterhead.noLogo')}</Typography.Text>
            )}
            <Button onClick={() => pickLogo.mutate(undefined, { onError })} loading={pickLogo.isPending}>
              {t('documents.letterhead.pickLogo')}
            </Button>
            {data?.logoDataUrl && (
              <Button danger onClick={() => update.mutate({ logoDataUrl: null }, { onError })}>
                {t('documents.letterhead.removeLogo')}
              </Button>
            )}
          </Space>
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={update.isPending}>
            {t('documents.letterhead.save')}
          </Button>
          <Button onClick={() => preview.mutate(undefined, { onError })} loading={preview.isPending}>
            {t('documents.letterhead.preview')}
          </Button>
        </Space>
      </EntryForm>
    </Card>
  );
}
