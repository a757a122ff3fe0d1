import { Alert, App, Col, Divider, Form, Input, InputNumber, Row, Select, Space, Switch, Typography } from 'antd';
import type { FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { daysOverdue, todayIn } from '../../../../../shared/domain/dates';
import { toAnnualCompound, toAnnualSimple } from '../../../../../shared/domain/rates';
import { ENFORCEMENT_STAGES, LEGAL_STAGES, PRODUCT_TYPES, RATE_UNITS, type DebtView, type LegalStage } from '../../../../../shared/schemas/debts';
import { ApiError } from '../../../api/client';
import { useCreateDebt, useUpdateDebt } from '../../../api/debts';
import { errorText } from '../../../api/errors';
import { useSettings } from '../../../api/settings';
import { DateInput } from '../../../components/DateInput';
import { FormDrawer } from '../../../components/form/FormDrawer';
import { LenderPicker } from '../../../components/LenderPicker';
import { fenOrZero, MoneyInput, moneyRule, MoneyText } from '../../../components/Money';
import { decimalToPercentText, formatPercent, percentTextToDecimal } from './format';
import { LegalEvents } from './LegalEvents';
import { ScheduleEditor, type ScheduleRow } from './ScheduleEditor';

type RateUnit = (typeof RATE_UNITS)[number];

interface FormValues {
  lenderId: number | null;
  collectorId: number | null;
  productType: (typeof PRODUCT_TYPES)[number];
  accountRef: string;
  loanDate: string | null;
  borrowedFen: number | null;
  receivedFen: number | null;
  /** The rate as the counsellor types it: a percentage ('0.05' for 0.05%). */
  rateValue: string | null;
  rateUnit: RateUnit;
  feesFen: number | null;
  principalFen: number | null;
  interestFen: number | null;
  penaltyFen: number | null;
  lateFeesFen: number | null;
  otherFen: number | null;
  firstMissedDate: string | null;
  legalStage: LegalStage;
  priority: boolean;
  schedule: ScheduleRow[];
  notes: string;
}

const BALANCE_FIELDS = ['principalFen', 'interestFen', 'penaltyFen', 'lateFeesFen', 'otherFen'] as const;

function initialValues(debt: DebtView | null): FormValues {
  if (!debt) {
    return {
      lenderId: null,
      collectorId: null,
      productType: 'online_loan',
      accountRef: '',
      loanDate: null,
      borrowedFen: null,
      receivedFen: null,
      rateValue: null,
      rateUnit: 'daily',
      feesFen: null,
      principalFen: null,
      interestFen: null,
      penaltyFen: null,
      lateFeesFen: null,
      otherFen: null,
      firstMissedDate: null,
      legalStage: 'none',
      priority: false,
      schedule: [],
      notes: '',
    };
  }
  return {
    lenderId: debt.lenderId,
    collectorId: debt.collectorId,
    productType: debt.productType,
    accountRef: debt.accountRef ?? '',
    loanDate: debt.loanDate,
    borrowedFen: debt.borrowedFen,
    receivedFen: debt.receivedFen,
    rateValue: debt.rate ? decimalToPercentText(debt.rate.value) : null,
    rateUnit: debt.rate?.unit ?? 'daily',
    feesFen: debt.feesFen,
    principalFen: debt.principalFen,
    interestFen: debt.interestFen,
    penaltyFen: debt.penaltyFen,
    lateFeesFen: debt.lateFeesFen,
    otherFen: debt.otherFen,
    firstMissedDate: debt.firstMissedDate,
    legalStage: debt.legalStage,
    priority: debt.priority,
    schedule: debt.schedule.map((p) => ({ ...p })),
    notes: debt.notes ?? '',
  };
}

/** The form's values as the contract wants them (every field, so an edit sends the whole debt). */
function toPayload(v: FormValues) {
  const rate = percentTextToDecimal(v.rateValue);
  return {
    lenderId: v.lenderId ?? 0,
    collectorId: v.collectorId ?? null,
    productType: v.productType,
    accountRef: v.accountRef ?? '',
    loanDate: v.loanDate ?? null,
    borrowedFen: v.borrowedFen ?? null,
    receivedFen: v.receivedFen ?? null,
    rate: rate === null ? null : { value: rate, unit: v.rateUnit },
    feesFen: v.feesFen ?? 0,
    principalFen: v.principalFen ?? 0,
    interestFen: v.interestFen ?? 0,
    penaltyFen: v.penaltyFen ?? 0,
    lateFeesFen: v.lateFeesFen ?? 0,
    otherFen: v.otherFen ?? 0,
    firstMissedDate: v.firstMissedDate ?? null,
    priority: v.priority,
    schedule: (v.schedule ?? []).map((p) => ({ date: p.date ?? '', amountFen: p.amountFen ?? 0 })),
    notes: v.notes ?? '',
  };
}

/**
 * Puts the main process's field messages under the matching fields. Paths come as the
 * contract names them ('receivedFen', 'patch.rate.value', 'schedule.2.date'); the form
 * holds the rate as two fields and the schedule as a list. Returns whether any landed.
 */
function applyDebtFieldErrors(form: FormInstance<FormValues>, err: unknown): boolean {
  if (!(err instanceof ApiError)) return false;
  const fields: { name: (string | number)[]; errors: string[] }[] = [];
  for (const [path, message] of Object.entries(err.fields)) {
    const parts = path.replace(/^patch\./, '').split('.');
    const [head] = parts;
    if (head === 'rate') fields.push({ name: [parts[1] === 'unit' ? 'rateUnit' : 'rateValue'], errors: [message] });
    else if (head === 'schedule' && parts.length === 3) fields.push({ name: ['schedule', Number(parts[1]), parts[2]!], errors: [message] });
    else if (head === 'schedule') fields.push({ name: ['schedule'], errors: [message] });
    else if (head && head in initialValues(null)) fields.push({ name: [head], errors: [message] });
  }
  form.setFields(fields as Parameters<typeof form.setFields>[0]);
  return fields.length > 0;
}

function OutstandingPreview() {
  const { t } = useTranslation();
  const form = Form.useFormInstance<FormValues>();
  // While a box holds unreadable text (its message says so) it counts as nothing here.
  const total = Form.useWatch((v: FormValues) => BALANCE_FIELDS.reduce((sum, f) => sum + fenOrZero(v[f]), 0), form) ?? 0;
  return (
    <Space>
      <Typography.Text>{t('debts.fields.outstanding')}</Typography.Text>
      <span data-testid="outstanding-preview">
        <MoneyText fen={total} strong />
      </span>
    </Space>
  );
}

function RatePreview() {
  const { t, i18n } = useTranslation();
  const form = Form.useFormInstance<FormValues>();
  const value = Form.useWatch('rateValue', form) as string | null | undefined;
  const unit = Form.useWatch('rateUnit', form) as RateUnit | undefined;
  const decimal = percentTextToDecimal(value);
  if (decimal === null || !unit || decimal > 10) return <span>{t('debts.hints.rate')}</span>;
  const rate = { value: decimal, unit };
  return (
    <span data-testid="rate-preview">
      {t('debts.hints.ratePreview', { simple: formatPercent(toAnnualSimple(rate), i18n.language), compound: formatPercent(toAnnualCompound(rate), i18n.language) })}
    </span>
  );
}

function OverdueHint({ today }: { today: string }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<FormValues>();
  const missed = Form.useWatch('firstMissedDate', form) as string | null | undefined;
  if (!missed || missed > today) return null;
  const days = daysOverdue(missed, today);
  return <span data-testid="days-overdue-preview">{days > 0 ? t('debts.hints.daysOverdue', { count: days }) : t('debts.hints.notOverdueYet')}</span>;
}

function PriorityHint({ saved }: { saved: LegalStage | undefined }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<FormValues>();
  const stage = (Form.useWatch('legalStage', form) as LegalStage | undefined) ?? saved;
  const priority = Form.useWatch('priority', form) as boolean | undefined;
  if (stage && ENFORCEMENT_STAGES.includes(stage) && !priority) return <Typography.Text type="warning">{t('debts.hints.priorityStage')}</Typography.Text>;
  return <span>{t('debts.hints.priority')}</span>;
}

/** Adds a debt to a client (debt null) or edits one, in a drawer beside the list. */
export function DebtFormDrawer({ clientId, debt, open, onClose }: { clientId: number; debt: DebtView | null; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const settings = useSettings();
  const create = useCreateDebt(clientId);
  const update = useUpdateDebt(clientId);
  const saving = create.isPending || update.isPending;
  const today = todayIn(settings.data?.timeZone ?? 'Asia/Shanghai', new Date());
  const future = (d: Dayjs) => d.format('YYYY-MM-DD') > today;

  const submit = async (values: FormValues) => {
    const payload = toPayload(values);
    try {
      if (debt) await update.mutateAsync({ id: debt.id, rev: debt.rev, patch: payload });
      else await create.mutateAsync({ clientId, ...payload, legalStage: values.legalStage });
      void message.success(debt ? t('debts.saved') : t('debts.created'));
      onClose();
    } catch (err) {
      if (err instanceof ApiError && err.code === 'CONFLICT') void message.error(t('debts.conflict'));
      else if (!applyDebtFieldErrors(form, err)) void message.error(errorText(err, t));
    }
  };

  const money = (name: (typeof BALANCE_FIELDS)[number] | 'borrowedFen' | 'receivedFen' | 'feesFen', label: string, extra?: string) => (
    <Form.Item name={name} label={label} extra={extra} rules={[moneyRule(t)]}>
      <MoneyInput inlineError={false} />
    </Form.Item>
  );

  return (
    <FormDrawer form={form} open={open} onClose={onClose} saving={saving} size={760} title={debt ? t('debts.editOf', { lender: debt.lenderName }) : t('debts.add')}>
      <Form<FormValues> form={form} layout="vertical" initialValues={initialValues(debt)} onFinish={submit} scrollToFirstError>
        <Divider titlePlacement="start">{t('debts.sections.lender')}</Divider>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="lenderId" label={t('debts.fields.lender')} rules={[{ required: true, message: t('validation.required') }]}>
              <LenderPicker allowCreate aria-label={t('debts.fields.lender')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="collectorId" label={t('debts.fields.collector')} extra={t('debts.hints.collector')}>
              <LenderPicker allowCreate aria-label={t('debts.fields.collector')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="productType" label={t('debts.fields.productType')}>
              <Select options={PRODUCT_TYPES.map((p) => ({ value: p, label: t(`debts.productTypes.${p}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="accountRef" label={t('debts.fields.accountRef')}>
              <Input maxLength={64} placeholder={t('debts.placeholders.accountRef')} />
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start">{t('debts.sections.loan')}</Divider>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="loanDate" label={t('debts.fields.loanDate')}>
              <DateInput disabledDate={future} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            {money('borrowedFen', t('debts.fields.borrowed'))}
          </Col>
          <Col xs={24} md={12}>
            {money('receivedFen', t('debts.fields.received'), t('debts.hints.received'))}
          </Col>
          <Col xs={24} md={12}>
            {money('feesFen', t('debts.fields.fees'), t('debts.hints.fees'))}
          </Col>
          <Col xs={24}>
            <Form.Item label={t('debts.fields.rate')} extra={<RatePreview />} required={false} style={{ marginBottom: 12 }}>
              <Space.Compact style={{ width: 320 }}>
                <Form.Item name="rateValue" noStyle>
                  <InputNumber<string>
                    stringMode
                    min="0"
                    max="1000"
                    step="0.01"
                    aria-label={t('debts.fields.rateValue')}
                    style={{ width: 200 }}
                  />
                </Form.Item>
                <Form.Item name="rateUnit" noStyle>
                  <Select<RateUnit>
                    aria-label={t('debts.fields.rateUnit')}
                    style={{ width: 120 }}
                    options={RATE_UNITS.map((u) => ({ value: u, label: `% / ${t(`debts.rateUnits.${u}`)}` }))}
                  />
                </Form.Item>
              </Space.Compact>
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start">{t('debts.sections.balance')}</Divider>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            {money('principalFen', t('debts.fields.principal'))}
          </Col>
          <Col xs={24} md={12}>
            {money('interestFen', t('debts.fields.interest'))}
          </Col>
          <Col xs={24} md={8}>
            {money('penaltyFen', t('debts.fields.penalty'))}
          </Col>
          <Col xs={24} md={8}>
            {money('lateFeesFen', t('debts.fields.lateFees'))}
          </Col>
          <Col xs={24} md={8}>
            {money('otherFen', t('debts.fields.other'))}
          </Col>
          <Col xs={24}>
            <Alert type="info" title={<OutstandingPreview />} style={{ marginBottom: 16 }} />
          </Col>
        </Row>

        <Divider titlePlacement="start">{t('debts.sections.overdue')}</Divider>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="firstMissedDate" label={t('debts.fields.firstMissedDate')} extra={<OverdueHint today={today} />}>
              <DateInput disabledDate={future} />
            </Form.Item>
          </Col>
          {/* A new debt may already be before a court: its stage becomes the first step, dated today
              until corrected. A saved debt's stage comes from its steps, listed below. */}
          {!debt && (
            <Col xs={24} md={12}>
              <Form.Item name="legalStage" label={t('debts.fields.legalStage')}>
                <Select options={LEGAL_STAGES.map((s) => ({ value: s, label: t(`debts.legalStages.${s}`) }))} />
              </Form.Item>
            </Col>
          )}
          <Col xs={24}>
            <Form.Item name="priority" label={t('debts.fields.priority')} valuePropName="checked" extra={<PriorityHint saved={debt?.legalStage} />}>
              <Switch />
            </Form.Item>
          </Col>
        </Row>

        {debt && (
          <>
            <Divider titlePlacement="start">{t('legal.title')}</Divider>
            <LegalEvents clientId={clientId} debtId={debt.id} />
          </>
        )}

        <Divider titlePlacement="start">{t('debts.sections.schedule')}</Divider>
        <ScheduleEditor />

        <Divider titlePlacement="start">{t('debts.sections.notes')}</Divider>
        <Form.Item name="notes" label={t('debts.fields.notes')}>
          <Input.TextArea rows={3} maxLength={20_000} placeholder={t('debts.placeholders.notes')} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
