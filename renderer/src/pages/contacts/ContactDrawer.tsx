import { DeleteOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Col, Divider, Form, Input, Popconfirm, Radio, Row, Select, Space, Switch, Tag, TimePicker, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { addDays, todayIn } from '../../../../shared/domain/dates';
import { CONTACT_CHANNELS, DIRECTIONS, INCIDENT_TYPES, utcToZoned, zonedToUtc, type ContactView } from '../../../../shared/schemas/contacts';
import { ApiError } from '../../api/client';
import { useCreateContact, useDeleteContact, useUpdateContact } from '../../api/contacts';
import { useDebts } from '../../api/debts';
import { errorText } from '../../api/errors';
import { useFormFailure } from '../../hooks/useFormFailure';
import { useSettings } from '../../api/settings';
import { DateInput } from '../../components/DateInput';
import { FormDrawer } from '../../components/form/FormDrawer';
import { LenderPicker } from '../../components/LenderPicker';
import { ContactEvidence } from './ContactEvidence';
import { useShownText } from '../../components/shownText';

interface FormValues {
  debtId: number | null;
  lenderId: number | null;
  date: string | null;
  time: string | null;
  channel: ContactView['channel'];
  direction: ContactView['direction'];
  person: string;
  summary: string;
  outcome: string;
  isIncident: boolean;
  incidentTypes: string[];
  incidentDetails: string;
  followUpDate: string | null;
  followUpNote: string;
}

export interface ContactDefaults {
  debtId?: number | null;
  lenderId?: number | null;
  direction?: ContactView['direction'];
}

/** The counsellor's time zone, from Settings (Shanghai until they load). */
export function useTimeZone(): string {
  return useSettings().data?.timeZone ?? 'Asia/Shanghai';
}

function initialValues(contact: ContactView | null, defaults: ContactDefaults, timeZone: string, shown: ReturnType<typeof useShownText>): FormValues {
  if (contact) {
    const local = utcToZoned(contact.occurredAt, timeZone);
    const openFollowup = contact.followup?.status === 'open' ? contact.followup : null;
    return {
      debtId: contact.debtId,
      lenderId: contact.lenderId,
      date: local.date,
      time: local.time,
      channel: contact.channel,
      direction: contact.direction,
      person: contact.person ?? '',
      summary: shown(contact.summary, contact.generated),
      outcome: contact.outcome ?? '',
      isIncident: contact.isIncident,
      incidentTypes: contact.incidentTypes,
      incidentDetails: contact.incidentDetails ?? '',
      followUpDate: openFollowup?.dueDate ?? null,
      followUpNote: openFollowup?.note ?? '',
    };
  }
  const now = utcToZoned(new Date().toISOString(), timeZone);
  return {
    debtId: defaults.debtId ?? null,
    lenderId: defaults.lenderId ?? null,
    date: now.date,
    time: now.time,
    channel: 'phone',
    direction: defaults.direction ?? 'out',
    person: '',
    summary: '',
    outcome: '',
    isIncident: false,
    incidentTypes: [],
    incidentDetails: '',
    followUpDate: null,
    followUpNote: '',
  };
}

/** A quick follow-up date: +N days from today in the counsellor's time zone. */
function QuickDates({ onPick, timeZone }: { onPick: (date: string) => void; timeZone: string }) {
  const { t } = useTranslation();
  const today = todayIn(timeZone);
  return (
    <Space size={4} wrap>
      {[1, 3, 7, 14].map((n) => (
        <Button key={n} size="small" onClick={() => onPick(addDays(today, n))}>
          {t('contacts.drawer.plusDays', { count: n })}
        </Button>
      ))}
    </Space>
  );
}

/**
 * Mount it when it opens (the form takes its values once). Logs a new contact (about a debt, or the whole case) or edits one. An existing contact
 * shows its evidence; a conduct incident asks what kind of misconduct it was.
 */
export function ContactDrawer({
  clientId,
  contact,
  defaults = {},
  open,
  onClose,
  title,
}: {
  clientId: number;
  contact: ContactView | null;
  defaults?: ContactDefaults;
  open: boolean;
  onClose: () => void;
  title?: string;
}) {
  const { t } = useTranslation();
  const shown = useShownText();
  const { message } = App.useApp();
  const showFailure = useFormFailure();
  const [form] = Form.useForm<FormValues>();
  const timeZone = useTimeZone();
  const debts = useDebts(clientId);
  const create = useCreateContact();
  const update = useUpdateContact();
  const remove = useDeleteContact();
  const isIncident = Form.useWatch('isIncident', form);
  const saving = create.isPending || update.isPending;

  const onDebtChange = (debtId: number | null) => {
    const debt = debts.data?.items.find((d) => d.id === debtId);
    if (debt) form.setFieldValue('lenderId', debt.lenderId);
  };

  const submit = async (v: FormValues) => {
    const values = {
      debtId: v.debtId ?? null,
      lenderId: v.lenderId ?? null,
      occurredAt: zonedToUtc(v.date!, v.time!, timeZone),
      channel: v.channel,
      direction: v.direction,
      person: v.person,
      summary: v.summary,
      outcome: v.outcome,
      isIncident: v.isIncident,
      incidentTypes: (v.isIncident ? v.incidentTypes : []) as ContactView['incidentTypes'],
      incidentDetails: v.isIncident ? v.incidentDetails : '',
      followUpDate: v.followUpDate ?? null,
      followUpNote: v.followUpNote,
    };
    try {
      if (contact) {
        await update.mutateAsync({ id: contact.id, rev: contact.rev, patch: values });
        void message.success(t('contacts.drawer.saved'));
      } else {
        await create.mutateAsync({ clientId, ...values });
        void message.success(t('contacts.drawer.created'));
      }
      onClose();
    } catch (err) {
      if (err instanceof ApiError && err.fields.occurredAt) form.setFields([{ name: 'date', errors: [err.fields.occurredAt] }]);
      showFailure(form, err);
    }
  };

  const onDelete = async () => {
    if (!contact) return;
    try {
      await remove.mutateAsync(contact.id);
      void message.success(t('contacts.drawer.deleted'));
      onClose();
    } catch (err) {
      void message.error(errorText(err, t));
    }
  };

  const required = [{ required: true, message: t('validation.required') }];

  return (
    <FormDrawer
      form={form}
      open={open}
      onClose={onClose}
      saving={saving}
      size={640}
      saveText={t('contacts.drawer.save')}
      title={title ?? (contact ? t('contacts.drawer.editTitle') : t('contacts.drawer.newTitle'))}
      footerStart={
        contact && (
          <Popconfirm title={t('contacts.drawer.deleteConfirm')} okText={t('contacts.drawer.delete')} okButtonProps={{ danger: true }} cancelText={t('common.cancel')} onConfirm={onDelete}>
            <Button danger icon={<DeleteOutlined />} loading={remove.isPending}>
              {t('contacts.drawer.delete')}
            </Button>
          </Popconfirm>
        )
      }
    >
      <Form<FormValues> form={form} layout="vertical" onFinish={submit} initialValues={initialValues(contact, defaults, timeZone, shown)} scrollToFirstError>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="debtId" label={t('contacts.fields.debt')}>
              <Select
                allowClear
                placeholder={t('contacts.fields.debtNone')}
                loading={debts.isPending}
                onChange={onDebtChange}
                options={(debts.data?.items ?? []).map((d) => ({ value: d.id, label: d.accountRef ? `${d.lenderName} · ${d.accountRef}` : d.lenderName }))}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="lenderId" label={t('contacts.fields.lender')}>
              <LenderPicker />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="date" label={t('contacts.fields.date')} rules={required}>
              <DateInput allowClear={false} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item
              name="time"
              label={t('contacts.fields.time')}
              rules={required}
              getValueProps={(v: string | null) => ({ value: v ? dayjs(v, 'HH:mm') : null })}
              normalize={(d: dayjs.Dayjs | null) => (d ? d.format('HH:mm') : null)}
            >
              <TimePicker format="HH:mm" allowClear={false} needConfirm={false} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="direction" label={t('contacts.fields.direction')}>
              <Radio.Group optionType="button" options={DIRECTIONS.map((d) => ({ value: d, label: t(`contacts.directions.${d}`) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="channel" label={t('contacts.fields.channel')}>
          <Radio.Group optionType="button" options={CONTACT_CHANNELS.map((c) => ({ value: c, label: t(`contacts.channels.${c}`) }))} />
        </Form.Item>
        <Form.Item name="person" label={t('contacts.fields.person')}>
          <Input placeholder={t('contacts.fields.personHint')} maxLength={200} />
        </Form.Item>
        <Form.Item name="summary" label={t('contacts.fields.summary')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} />
        </Form.Item>
        <Form.Item name="outcome" label={t('contacts.fields.outcome')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={5000} />
        </Form.Item>

        <Divider style={{ margin: '8px 0 16px' }} />
        <Form.Item name="isIncident" label={t('contacts.fields.isIncident')} valuePropName="checked" layout="horizontal" style={{ marginBottom: 8 }}>
          <Switch checkedChildren={<WarningOutlined />} />
        </Form.Item>
        {isIncident && (
          <>
            <Alert type="warning" showIcon title={t('contacts.drawer.incidentHint')} style={{ marginBottom: 12 }} />
            <Form.Item name="incidentTypes" label={t('contacts.fields.incidentTypes')} rules={[{ required: true, type: 'array', min: 1, message: t('contacts.errors.incidentTypeRequired') }]}>
              <Checkbox.Group>
                <Row gutter={[8, 4]}>
                  {INCIDENT_TYPES.map((type) => (
                    <Col span={12} key={type}>
                      <Checkbox value={type}>{t(`contacts.incidentTypes.${type}`)}</Checkbox>
                    </Col>
                  ))}
                </Row>
              </Checkbox.Group>
            </Form.Item>
            <Form.Item name="incidentDetails" label={t('contacts.fields.incidentDetails')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={10_000} />
            </Form.Item>
          </>
        )}

        <Divider style={{ margin: '8px 0 16px' }} />
        <Row gutter={12}>
          <Col span={10}>
            <Form.Item name="followUpDate" label={t('contacts.fields.followUpDate')} extra={<QuickDates timeZone={timeZone} onPick={(d) => form.setFieldValue('followUpDate', d)} />}>
              <DateInput />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item name="followUpNote" label={t('contacts.fields.followUpNote')}>
              <Input maxLength={1000} />
            </Form.Item>
          </Col>
        </Row>
        {contact?.followup && contact.followup.status === 'done' && <Tag color="green">{t('contacts.drawer.followupDone')}</Tag>}
      </Form>

      <Divider titlePlacement="start">{t('contacts.drawer.evidence')}</Divider>
      {contact ? <ContactEvidence clientId={clientId} debtId={contact.debtId ?? undefined} contactId={contact.id} /> : <Typography.Text type="secondary">{t('contacts.drawer.evidenceAfterSave')}</Typography.Text>}
    </FormDrawer>
  );
}
