import { App, Col, Form, Input, Modal, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { todayIn } from '../../../../../shared/domain/dates';
import {
  DECISION_TYPES,
  ENFORCEMENT_MEASURES,
  INSTANCES,
  KINDS_IN_FUTURE,
  KINDS_WITH_AMOUNT,
  LEGAL_EVENT_KINDS,
  type LegalEventKind,
} from '../../../../../shared/domain/legal';
import type { LegalEventView } from '../../../../../shared/schemas/legal';
import { ApiError } from '../../../api/client';
import { useFormFailure } from '../../../hooks/useFormFailure';
import { useCreateLegalEvent, useUpdateLegalEvent } from '../../../api/legal';
import { useSettings } from '../../../api/settings';
import { DateInput } from '../../../components/DateInput';
import { EntryForm } from '../../../components/form/EntryForm';
import { isFen, MoneyInput, moneyRule, type MoneyValue } from '../../../components/Money';

interface Values {
  kind: LegalEventKind;
  eventDate: string | null;
  court: string;
  caseNumber: string;
  amountFen: MoneyValue;
  serviceDate: string | null;
  decision: (typeof DECISION_TYPES)[number];
  instance: (typeof INSTANCES)[number];
  measure: (typeof ENFORCEMENT_MEASURES)[number] | null;
  notes: string;
}

function initial(event: LegalEventView | null, today: string): Values {
  return {
    kind: event?.kind ?? 'lawsuit_filed',
    eventDate: event?.eventDate ?? today,
    court: event?.court ?? '',
    caseNumber: event?.caseNumber ?? '',
    amountFen: event?.amountFen ?? null,
    serviceDate: event?.serviceDate ?? null,
    decision: event?.decision ?? 'judgment',
    instance: event?.instance ?? 'first',
    measure: event?.measure ?? null,
    notes: event?.notes ?? '',
  };
}

/** Only the fields the kind of step takes are sent (the main process refuses the others). */
function payload(v: Values) {
  const judgment = v.kind === 'judgment';
  return {
    kind: v.kind,
    eventDate: v.eventDate ?? '',
    court: v.court ?? '',
    caseNumber: v.caseNumber ?? '',
    amountFen: KINDS_WITH_AMOUNT.includes(v.kind) && isFen(v.amountFen) ? v.amountFen : null,
    serviceDate: judgment ? (v.serviceDate ?? null) : null,
    decision: judgment ? v.decision : null,
    instance: judgment ? v.instance : null,
    measure: v.kind === 'enforcement_measure' ? (v.measure ?? null) : null,
    notes: v.notes ?? '',
  };
}

/** Records a court or enforcement step of one debt, or corrects one (event given). */
export function LegalEventModal({ clientId, debtId, event, open, onClose }: { clientId: number; debtId: number; event: LegalEventView | null; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showFailure = useFormFailure();
  const [form] = Form.useForm<Values>();
  const settings = useSettings();
  const today = todayIn(settings.data?.timeZone ?? 'Asia/Shanghai', new Date());
  const create = useCreateLegalEvent(clientId, debtId);
  const update = useUpdateLegalEvent(clientId, debtId);
  const kind = (Form.useWatch('kind', form) as LegalEventKind | undefined) ?? event?.kind ?? 'lawsuit_filed';

  const submit = async (v: Values) => {
    try {
      if (event) await update.mutateAsync({ id: event.id, rev: event.rev, ...payload(v) });
      else await create.mutateAsync({ debtId, ...payload(v) });
      void message.success(t('legal.saved'));
      onClose();
    } catch (err) {
      if (err instanceof ApiError && err.code === 'CONFLICT') void message.error(t('legal.errors.conflict'));
      else showFailure(form, err);
    }
  };

  const amountLabel = kind === 'enforcement_measure' ? t('legal.fields.amountEnforced') : t('legal.fields.amountAwarded');
  return (
    <Modal
      open={open}
      title={event ? t('legal.editTitle') : t('legal.addTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
      width={600}
    >
      <EntryForm<Values> form={form} layout="vertical" onFinish={submit} initialValues={initial(event, today)} preserve={false}>
        <Row gutter={12}>
          <Col span={14}>
            <Form.Item name="kind" label={t('legal.fields.kind')}>
              <Select aria-label={t('legal.fields.kind')} options={LEGAL_EVENT_KINDS.map((k) => ({ value: k, label: t(`legal.kinds.${k}`) }))} />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item
              name="eventDate"
              label={t('legal.fields.eventDate')}
              rules={[{ required: true, message: t('validation.required') }]}
              extra={KINDS_IN_FUTURE.includes(kind) ? t('legal.hints.hearingAhead') : undefined}
            >
              <DateInput aria-label={t('legal.fields.eventDate')} />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item name="court" label={t('legal.fields.court')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="caseNumber" label={t('legal.fields.caseNumber')}>
              <Input maxLength={60} />
            </Form.Item>
          </Col>
          {kind === 'judgment' && (
            <>
              <Col span={8}>
                <Form.Item name="decision" label={t('legal.fields.decision')}>
                  <Select aria-label={t('legal.fields.decision')} options={DECISION_TYPES.map((d) => ({ value: d, label: t(`legal.decisions.${d}`) }))} />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name="instance" label={t('legal.fields.instance')}>
                  <Select aria-label={t('legal.fields.instance')} options={INSTANCES.map((i) => ({ value: i, label: t(`legal.instances.${i}`) }))} />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name="serviceDate" label={t('legal.fields.serviceDate')}>
                  <DateInput aria-label={t('legal.fields.serviceDate')} />
                </Form.Item>
              </Col>
              <Col span={24}>
                <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: -8 }}>
                  {t('legal.hints.serviceDate')}
                </Typography.Paragraph>
              </Col>
            </>
          )}
          {kind === 'enforcement_measure' && (
            <Col span={12}>
              <Form.Item name="measure" label={t('legal.fields.measure')}>
                <Select aria-label={t('legal.fields.measure')} allowClear options={ENFORCEMENT_MEASURES.map((m) => ({ value: m, label: t(`legal.measures.${m}`) }))} />
              </Form.Item>
            </Col>
          )}
          {KINDS_WITH_AMOUNT.includes(kind) && (
            <Col span={12}>
              <Form.Item name="amountFen" label={amountLabel} rules={[moneyRule(t)]}>
                <MoneyInput inlineError={false} aria-label={amountLabel} />
              </Form.Item>
            </Col>
          )}
          <Col span={24}>
            <Form.Item name="notes" label={t('legal.fields.notes')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={5000} />
            </Form.Item>
          </Col>
        </Row>
      </EntryForm>
    </Modal>
  );
}
