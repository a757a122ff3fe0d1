import { App, Button, Card, Col, Form, Input, Radio, Row, Select, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLIENT_STATUSES, GENDERS, type ClientDetail } from '../../../../shared/schemas/clients';
import { call } from '../../api/client';
import { applyFieldErrors, errorText } from '../../api/errors';
import { useClient, useCreateClient, useUpdateClient } from '../../api/queries';
import { navigate } from '../../router';

interface FormValues {
  name: string;
  gender: (typeof GENDERS)[number];
  phone?: string;
  idNumber?: string;
  email?: string;
  address?: string;
  status: (typeof CLIENT_STATUSES)[number];
  notes?: string;
}

/** New client when `id` is absent; otherwise edits that client. */
export function ClientFormPage({ id }: { id?: number }) {
  const existing = useClient(id ?? 0, id !== undefined);
  if (id !== undefined && existing.isPending) return <Spin />;
  return <ClientForm client={id !== undefined ? existing.data : undefined} />;
}

function ClientForm({ client }: { client?: ClientDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const create = useCreateClient();
  const update = useUpdateClient();
  // The stored ID number is never sent to the form unless the counsellor asks for it.
  const [idTouched, setIdTouched] = useState(false);
  const saving = create.isPending || update.isPending;

  const initial: FormValues = client
    ? {
        name: client.name,
        gender: client.gender,
        phone: client.phone ?? '',
        email: client.email ?? '',
        address: client.address ?? '',
        status: client.status,
        notes: client.notes ?? '',
      }
    : { name: '', gender: 'unspecified', status: 'intake' };

  const revealId = async () => {
    if (!client) return;
    try {
      const { idNumber } = await call('clients.revealIdNumber', { id: client.id });
      form.setFieldValue('idNumber', idNumber ?? '');
      setIdTouched(true);
    } catch (err) {
      void message.error(errorText(err, t));
    }
  };

  const submit = async (values: FormValues) => {
    const { idNumber, ...rest } = values;
    try {
      const saved = client
        ? await update.mutateAsync({ id: client.id, rev: client.rev, patch: idTouched ? { ...rest, idNumber: idNumber ?? '' } : rest })
        : await create.mutateAsync({ ...rest, idNumber });
      void message.success(client ? t('clients.saved') : t('clients.created', { name: saved.name }));
      navigate(`/clients/${saved.id}`);
    } catch (err) {
      if (!applyFieldErrors(form, err)) void message.error(errorText(err, t));
    }
  };

  return (
    <Card title={<Typography.Title level={3} style={{ margin: 0 }}>{client ? `${t('clients.edit')} · ${client.name}` : t('clients.new')}</Typography.Title>}>
      <Form<FormValues> form={form} layout="vertical" initialValues={initial} onFinish={submit} requiredMark style={{ maxWidth: 880 }}>
        <Row gutter={24}>
          <Col xs={24} md={12}>
            <Form.Item name="name" label={t('clients.fields.name')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
              <Input placeholder={t('clients.placeholders.name')} autoFocus maxLength={60} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="gender" label={t('clients.fields.gender')}>
              <Radio.Group optionType="button" options={GENDERS.map((g) => ({ value: g, label: t(`clients.genders.${g}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="phone" label={t('clients.fields.phone')}>
              <Input placeholder={t('clients.placeholders.phone')} inputMode="tel" maxLength={30} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="idNumber"
              label={t('clients.fields.idNumber')}
              extra={client?.idNumberMasked && !idTouched ? `${client.idNumberMasked} · ${t('clients.revealHint')}` : undefined}
            >
              <Input
                placeholder={client?.idNumberMasked && !idTouched ? t('clients.idHidden') : t('clients.placeholders.idNumber')}
                maxLength={18}
                style={{ fontFamily: 'monospace' }}
                onChange={() => setIdTouched(true)}
                suffix={
                  client?.idNumberMasked && !idTouched ? (
                    <Button size="small" type="link" onClick={revealId}>
                      {t('common.reveal')}
                    </Button>
                  ) : undefined
                }
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="email" label={t('clients.fields.email')}>
              <Input placeholder={t('clients.placeholders.email')} inputMode="email" maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="status" label={t('clients.fields.status')}>
              <Select options={CLIENT_STATUSES.map((s) => ({ value: s, label: t(`clients.statuses.${s}`) }))} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="address" label={t('clients.fields.address')}>
              <Input placeholder={t('clients.placeholders.address')} maxLength={500} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="notes" label={t('clients.fields.notes')}>
              <Input.TextArea placeholder={t('clients.placeholders.notes')} autoSize={{ minRows: 3, maxRows: 10 }} />
            </Form.Item>
          </Col>
        </Row>
        <Space>
          <Button type="primary" htmlType="submit" loading={saving}>
            {t('common.save')}
          </Button>
          <Button onClick={() => navigate(client ? `/clients/${client.id}` : '/clients')}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
