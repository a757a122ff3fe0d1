import { App, Button, Card, Col, Divider, Form, Input, InputNumber, Radio, Row, Select, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CLIENT_STATUSES,
  CLOSURE_REASONS,
  EMPLOYMENT_STATUSES,
  GENDERS,
  HARDSHIP_REASONS,
  type ClientDetail,
} from '../../../../shared/schemas/clients';
import { DateInput } from '../../components/DateInput';
import { MonthOrDateInput } from '../../components/MonthOrDateInput';
import { EntryForm } from '../../components/form/EntryForm';
import { useDiscardGuard } from '../../components/form/useDiscardGuard';
import { revealIdNumber } from '../../api/clients';
import { errorText } from '../../api/errors';
import { useFormFailure } from '../../hooks/useFormFailure';
import { useClient, useCreateClient, useUpdateClient } from '../../api/clients';
import { useSettings } from '../../api/settings';
import { DEFAULT_REGION, idTypesFor, REGION_ID_TYPE, REGIONS, type Region } from '../../../../shared/domain/region';
import type { IdType } from '../../../../shared/domain/personal-id';
import { navigate, paths } from '../../router';
import { useRequestedFocus } from '../../components/focusField';

type ProfileValues = Pick<
  ClientDetail,
  | 'householdAdults'
  | 'householdDependants'
  | 'employmentStatus'
  | 'employer'
  | 'occupation'
  | 'hardshipReason'
  | 'hardshipSince'
  | 'hardshipDetails'
  | 'consentDate'
  | 'consentScope'
  | 'consentRecordedBy'
  | 'closureReason'
  | 'assignedCounsellor'
>;

type FormValues = Partial<ProfileValues> & {
  name: string;
  gender: (typeof GENDERS)[number];
  phone?: string;
  idNumber?: string;
  idType: IdType;
  region: Region;
  email?: string;
  address?: string;
  status: (typeof CLIENT_STATUSES)[number];
  notes?: string;
  /** When the status is changed: the day it really changed (empty: today). Not a client field. */
  statusDate?: string | null;
};

const PROFILE_KEYS = [
  'householdAdults',
  'householdDependants',
  'employmentStatus',
  'employer',
  'occupation',
  'hardshipReason',
  'hardshipSince',
  'hardshipDetails',
  'consentDate',
  'consentScope',
  'consentRecordedBy',
  'closureReason',
  'assignedCounsellor',
] as const satisfies readonly (keyof ProfileValues)[];

/** New client when `id` is absent; otherwise edits that client. */
export function ClientFormPage({ id }: { id?: number }) {
  const existing = useClient(id ?? 0, id !== undefined);
  const settings = useSettings(); // a new case starts in the installation's region
  if ((id !== undefined && existing.isPending) || settings.isPending) return <Spin />;
  return <ClientForm client={id !== undefined ? existing.data : undefined} />;
}

function ClientForm({ client }: { client?: ClientDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showFailure = useFormFailure();
  const [form] = Form.useForm<FormValues>();
  const create = useCreateClient();
  const update = useUpdateClient();
  // The stored ID number is never sent to the form unless the counsellor asks for it.
  const [idTouched, setIdTouched] = useState(false);
  const saving = create.isPending || update.isPending;
  const installationRegion = useSettings().data?.region ?? DEFAULT_REGION;

  const initial: FormValues = client
    ? {
        name: client.name,
        gender: client.gender,
        phone: client.phone ?? '',
        idType: client.idType,
        region: client.region,
        email: client.email ?? '',
        address: client.address ?? '',
        status: client.status,
        notes: client.notes ?? '',
        ...Object.fromEntries(PROFILE_KEYS.map((k) => [k, client[k]])),
      }
    : { name: '', gender: 'unspecified', status: 'intake', region: installationRegion, idType: REGION_ID_TYPE[installationRegion] };
  const status = Form.useWatch('status', form);
  const region: Region = Form.useWatch('region', form) ?? initial.region;
  const idType: IdType = Form.useWatch('idType', form) ?? initial.idType;
  // A new region brings its own document type, unless the counsellor already chose another.
  const regionChanged = (next: Region) => {
    if (form.getFieldValue('idType') === REGION_ID_TYPE[region]) form.setFieldValue('idType', REGION_ID_TYPE[next]);
  };
  const idLabel = idType === 'prc_resident' ? t('clients.fields.idNumber') : t('region.idNumber');
  useRequestedFocus(true);
  const leave = useDiscardGuard(form, () => navigate(client ? paths.client(client.id) : paths.clients()));

  const revealId = async () => {
    if (!client) return;
    try {
      const { idNumber } = await revealIdNumber(client.id);
      form.setFieldValue('idNumber', idNumber ?? '');
      setIdTouched(true);
    } catch (err) {
      void message.error(errorText(err, t));
    }
  };

  const submit = async (values: FormValues) => {
    const { idNumber, statusDate, ...rest } = values;
    const dated = client && statusDate && rest.status !== client.status ? { statusDate } : {};
    try {
      const saved = client
        ? await update.mutateAsync({ id: client.id, rev: client.rev, patch: idTouched ? { ...rest, idNumber: idNumber ?? '' } : rest, ...dated })
        : await create.mutateAsync({ ...rest, idNumber });
      void message.success(client ? t('clients.saved') : t('clients.created', { name: saved.name }));
      navigate(paths.client(saved.id));
    } catch (err) {
      showFailure(form, err);
    }
  };

  return (
    <Card title={<Typography.Title level={3} style={{ margin: 0 }}>{client ? `${t('clients.edit')} · ${client.name}` : t('clients.new')}</Typography.Title>}>
      <EntryForm<FormValues> form={form} layout="vertical" initialValues={initial} onFinish={submit} requiredMark style={{ maxWidth: 880 }}>
        <Divider titlePlacement="start">{t('profile.sections.identity')}</Divider>
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
            <Form.Item name="region" label={t('region.label')} extra={t('region.caseHelp')}>
              <Select onChange={regionChanged} options={REGIONS.map((r) => ({ value: r, label: t(`region.names.${r}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="idType" label={t('region.idType')}>
              <Select options={idTypesFor(region).map((v) => ({ value: v, label: t(`region.idTypes.${v}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="idNumber"
              label={idLabel}
              extra={client?.idNumberMasked && !idTouched ? `${client.idNumberMasked} · ${t('clients.revealHint')}` : undefined}
            >
              <Input
                placeholder={client?.idNumberMasked && !idTouched ? t('clients.idHidden') : t(`region.placeholders.${idType}`)}
                maxLength={40}
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
            <Form.Item name="address" label={t('clients.fields.address')}>
              <Input placeholder={t('clients.placeholders.address')} maxLength={500} />
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start">{t('profile.sections.household')}</Divider>
        <Row gutter={24}>
          <Col xs={12} md={6}>
            <Form.Item name="householdAdults" label={t('profile.fields.householdAdults')}>
              <InputNumber min={0} max={30} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="householdDependants" label={t('profile.fields.householdDependants')}>
              <InputNumber min={0} max={30} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="employmentStatus" label={t('profile.fields.employmentStatus')}>
              <Select allowClear options={EMPLOYMENT_STATUSES.map((e) => ({ value: e, label: t(`profile.employment.${e}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="occupation" label={t('profile.fields.occupation')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="employer" label={t('profile.fields.employer')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start">{t('profile.sections.hardship')}</Divider>
        <Row gutter={24}>
          <Col xs={24} md={12}>
            <Form.Item name="hardshipReason" label={t('profile.fields.hardshipReason')}>
              <Select allowClear options={HARDSHIP_REASONS.map((h) => ({ value: h, label: t(`profile.hardship.${h}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="hardshipSince" label={t('profile.fields.hardshipSince')}>
              <MonthOrDateInput />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="hardshipDetails" label={t('profile.fields.hardshipDetails')}>
              <Input.TextArea placeholder={t('profile.placeholders.hardshipDetails')} autoSize={{ minRows: 2, maxRows: 8 }} maxLength={5000} />
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start">{t('profile.sections.consent')}</Divider>
        <Row gutter={24}>
          <Col xs={24} md={8}>
            <Form.Item name="consentDate" label={t('profile.fields.consentDate')}>
              <DateInput />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="consentRecordedBy" label={t('profile.fields.consentRecordedBy')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="consentScope" label={t('profile.fields.consentScope')}>
              <Input placeholder={t('profile.placeholders.consentScope')} maxLength={500} />
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start">{t('profile.sections.case')}</Divider>
        <Row gutter={24}>
          <Col xs={24} md={8}>
            <Form.Item name="status" label={t('clients.fields.status')}>
              <Select options={CLIENT_STATUSES.map((s) => ({ value: s, label: t(`clients.statuses.${s}`) }))} />
            </Form.Item>
          </Col>
          {client && status !== client.status && (
            <Col xs={24} md={8}>
              <Form.Item name="statusDate" label={t('profile.statusDate.label')}>
                <DateInput placeholder={t('profile.statusDate.placeholder')} />
              </Form.Item>
            </Col>
          )}
          {status === 'closed' && (
            <Col xs={24} md={8}>
              <Form.Item name="closureReason" label={t('profile.fields.closureReason')} rules={[{ required: true, message: t('validation.closureReasonRequired') }]}>
                <Select options={CLOSURE_REASONS.map((r) => ({ value: r, label: t(`profile.closure.${r}`) }))} />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} md={8}>
            <Form.Item name="assignedCounsellor" label={t('profile.fields.assignedCounsellor')}>
              <Input maxLength={100} />
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
          <Button onClick={leave}>{t('common.cancel')}</Button>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('forms.submitHint')}
          </Typography.Text>
        </Space>
      </EntryForm>
    </Card>
  );
}
