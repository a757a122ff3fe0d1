import { CheckOutlined, ClockCircleOutlined, DownOutlined } from '@ant-design/icons';
import { App, Button, Col, Dropdown, Form, Input, Modal, Radio, Row, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, todayIn } from '../../../../shared/domain/dates';
import { CONTACT_CHANNELS, DIRECTIONS, type FollowupView } from '../../../../shared/schemas/contacts';
import { useCreateFollowup, useFollowupDone, useSnoozeFollowup } from '../../api/contacts';
import { useDebts } from '../../api/debts';
import { errorText } from '../../api/errors';
import { useFormFailure } from '../../hooks/useFormFailure';
import { DateInput } from '../../components/DateInput';
import { useTimeZone } from './ContactDrawer';
import { EntryForm } from '../../components/form/EntryForm';
import { useShownText } from '../../components/shownText';

/** Marks a follow-up done: a short form whose answer is logged as a contact entry. */
export function FollowupDoneButton({ followup, size = 'small' }: { followup: FollowupView; size?: 'small' | 'middle' }) {
  const { t } = useTranslation();
  const shown = useShownText();
  const { message } = App.useApp();
  const showFailure = useFormFailure();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const done = useFollowupDone();

  const submit = async (v: { channel: (typeof CONTACT_CHANNELS)[number]; direction: 'in' | 'out'; summary: string; outcome: string; followUpDate: string | null }) => {
    try {
      await done.mutateAsync({
        id: followup.id,
        rev: followup.rev,
        channel: v.channel,
        direction: v.direction,
        summary: v.summary,
        outcome: v.outcome,
        followUpDate: v.followUpDate ?? null,
      });
      void message.success(t('contacts.followups.doneSaved'));
      setOpen(false);
    } catch (err) {
      showFailure(form, err);
    }
  };

  return (
    <>
      <Button size={size} type="primary" ghost icon={<CheckOutlined />} onClick={() => setOpen(true)} aria-label={`${t('contacts.followups.done')} ${followup.clientName}`}>
        {t('contacts.followups.done')}
      </Button>
      <Modal
        open={open}
        title={t('contacts.followups.doneTitle', { client: followup.clientName })}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={t('contacts.followups.done')}
        cancelText={t('common.cancel')}
        confirmLoading={done.isPending}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('contacts.followups.doneHint')}</Typography.Paragraph>
        <EntryForm form={form} layout="vertical" onFinish={submit} initialValues={{ channel: 'phone', direction: 'out', summary: shown(followup.note, followup.generated) ?? '', outcome: '', followUpDate: null }} preserve={false}>
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item name="channel" label={t('contacts.fields.channel')}>
                <Select options={CONTACT_CHANNELS.map((c) => ({ value: c, label: t(`contacts.channels.${c}`) }))} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="direction" label={t('contacts.fields.direction')}>
                <Radio.Group optionType="button" options={DIRECTIONS.map((d) => ({ value: d, label: t(`contacts.directions.${d}`) }))} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="summary" label={t('contacts.fields.summary')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
          </Form.Item>
          <Form.Item name="outcome" label={t('contacts.fields.outcome')}>
            <Input maxLength={5000} />
          </Form.Item>
          <Form.Item name="followUpDate" label={t('contacts.followups.nextFollowUp')}>
            <DateInput />
          </Form.Item>
        </EntryForm>
      </Modal>
    </>
  );
}

/** Snooze by 1, 3 or 7 days, or to a chosen date. */
export function FollowupSnoozeButton({ followup, size = 'small' }: { followup: FollowupView; size?: 'small' | 'middle' }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const snooze = useSnoozeFollowup();
  const timeZone = useTimeZone();
  const [picking, setPicking] = useState(false);
  const [until, setUntil] = useState<string | null>(null);

  const run = async (input: { days: number } | { until: string }) => {
    try {
      const f = await snooze.mutateAsync({ id: followup.id, rev: followup.rev, ...input });
      void message.success(t('contacts.followups.snoozed_ok', { date: f.dueDate }));
      setPicking(false);
    } catch (err) {
      void message.error(errorText(err, t));
    }
  };

  const today = todayIn(timeZone);
  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            ...[1, 3, 7].map((n) => ({ key: String(n), label: t('contacts.followups.snoozeDays', { count: n }) })),
            { type: 'divider' as const },
            { key: 'date', label: t('contacts.followups.snoozeTo') },
          ],
          onClick: ({ key }) => {
            if (key === 'date') {
              setUntil(addDays(today, 1));
              setPicking(true);
            } else void run({ days: Number(key) });
          },
        }}
      >
        <Button size={size} icon={<ClockCircleOutlined />} loading={snooze.isPending} aria-label={`${t('contacts.followups.snooze')} ${followup.clientName}`}>
          <Space size={4}>
            {t('contacts.followups.snooze')}
            <DownOutlined />
          </Space>
        </Button>
      </Dropdown>
      <Modal
        open={picking}
        title={t('contacts.followups.snoozeTo')}
        onCancel={() => setPicking(false)}
        onOk={() => until && void run({ until })}
        okText={t('contacts.followups.snooze')}
        cancelText={t('common.cancel')}
        confirmLoading={snooze.isPending}
        destroyOnHidden
      >
        <DateInput value={until} onChange={setUntil} disabledDate={(d) => d.format('YYYY-MM-DD') <= today} />
      </Modal>
    </>
  );
}

/** Adds a follow-up to a case by hand, for a debt or the whole case. */
export function CreateFollowupModal({ clientId, open, onClose }: { clientId: number; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showFailure = useFormFailure();
  const [form] = Form.useForm();
  const debts = useDebts(clientId);
  const create = useCreateFollowup();
  const timeZone = useTimeZone();
  const today = todayIn(timeZone);

  const submit = async (v: { debtId: number | null; dueDate: string; note: string }) => {
    try {
      await create.mutateAsync({ clientId, debtId: v.debtId ?? null, dueDate: v.dueDate, note: v.note });
      void message.success(t('contacts.followups.created'));
      onClose();
    } catch (err) {
      showFailure(form, err);
    }
  };

  return (
    <Modal
      open={open}
      title={t('contacts.followups.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('contacts.followups.create')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <EntryForm form={form} layout="vertical" onFinish={submit} initialValues={{ debtId: null, dueDate: addDays(today, 7), note: '' }} preserve={false}>
        <Form.Item name="debtId" label={t('contacts.fields.debt')}>
          <Select
            allowClear
            placeholder={t('contacts.fields.debtNone')}
            options={(debts.data?.items ?? []).map((d) => ({ value: d.id, label: d.accountRef ? `${d.lenderName} · ${d.accountRef}` : d.lenderName }))}
          />
        </Form.Item>
        <Form.Item name="dueDate" label={t('contacts.fields.dueDate')} rules={[{ required: true, message: t('validation.required') }]}>
          <DateInput allowClear={false} disabledDate={(d) => d.format('YYYY-MM-DD') < today} />
        </Form.Item>
        <Form.Item name="note" label={t('contacts.fields.note')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={1000} />
        </Form.Item>
      </EntryForm>
    </Modal>
  );
}
