import { InputNumber, Select, Space, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { addMonths } from '../../../../../shared/domain/dates';
import { remediesOffered } from '../../../../../shared/domain/remedies';
import { mulRate } from '../../../../../shared/domain/money';
import type { Reduction, Remedy, RemedyParams, Waivers } from '../../../../../shared/schemas/remedies';
import { DateInput } from '../../../components/DateInput';
import { currencySymbol, isFen, MoneyInput } from '../../../components/Money';

// The remedy picker of one proposal line and the parameters of the chosen remedy. Every
// change hands a complete, valid RemedyParams up; the plan is recomputed from it at once.

const REMEDY_LABELS: Record<Remedy, string> = {
  extension: 'agreements.remedies.extension',
  instalments: 'agreements.remedies.instalments',
  waiver: 'agreements.remedies.waiver',
  settlement: 'agreements.remedies.settlement',
  card_instalments: 'agreements.remedies.card_instalments',
  hardship: 'agreements.remedies.hardship',
};
const ORDER: Remedy[] = ['instalments', 'card_instalments', 'waiver', 'settlement', 'extension', 'hardship'];
const WAIVER_KEYS = { interest: 'proposals.params.interest', penalty: 'proposals.params.penalty', fees: 'proposals.params.fees', principal: 'proposals.params.principal' } as const;

/** Starting parameters when the counsellor switches a line to `remedy`. */
function defaultParams(remedy: Remedy, ctx: { months: number; startDate: string; outstandingFen: number }): RemedyParams {
  switch (remedy) {
    case 'extension':
      return { remedy, extendTo: addMonths(ctx.startDate, 3) };
    case 'instalments':
      return { remedy, months: ctx.months, withInterest: false };
    case 'waiver':
      return { remedy, waivers: { interest: { mode: 'percent', value: 100 }, penalty: { mode: 'percent', value: 100 }, fees: { mode: 'percent', value: 100 } }, months: ctx.months };
    case 'settlement':
      return { remedy, amountFen: Math.max(1, mulRate(ctx.outstandingFen, 0.6)), payBy: addMonths(ctx.startDate, 1) };
    case 'card_instalments':
      return { remedy, months: Math.min(60, ctx.months) };
    case 'hardship':
      return { remedy, holdUntil: addMonths(ctx.startDate, 3), reviewMonths: 3 };
  }
}

/** A percentage typed as 12.5 held as 0.125, exactly as written (no 0.12500000000000001). */
const pctToRate = (pct: number) => Number(`${pct}e-2`);
const rateToPct = (rate: number) => Number((rate * 100).toPrecision(12));

function ReductionInput({ value, onChange, testId, label }: { value: Reduction | undefined; onChange: (r: Reduction | undefined) => void; testId: string; label: string }) {
  const { t, i18n } = useTranslation();
  const mode = value?.mode ?? 'percent';
  return (
    <Space.Compact size="small">
      <Select
        size="small"
        aria-label={t('proposals.params.unitOf', { what: label })}
        value={mode}
        style={{ width: 70 }}
        options={[
          { value: 'percent', label: '%' },
          { value: 'amount', label: currencySymbol(i18n.language) },
        ]}
        onChange={(m: 'percent' | 'amount') => onChange({ mode: m, value: 0 })}
      />
      {mode === 'percent' ? (
        <InputNumber
          size="small"
          min={0}
          max={100}
          style={{ width: 90 }}
          aria-label={label}
          data-testid={testId}
          value={value?.value ?? 0}
          onChange={(v) => onChange(v === null ? undefined : { mode: 'percent', value: Math.min(100, Math.max(0, v)) })}
        />
      ) : (
        <MoneyInput size="small" style={{ width: 130 }} aria-label={label} data-testid={testId} value={value?.value ?? 0} onChange={(v) => (isFen(v) ? onChange({ mode: 'amount', value: v }) : v === null && onChange(undefined))} />
      )}
    </Space.Compact>
  );
}

function WaiversInput({ value, onChange, testId, subject }: { value: Waivers | undefined; onChange: (w: Waivers) => void; testId: string; subject: string }) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" size={2}>
      {(['interest', 'penalty', 'fees', 'principal'] as const).map((k) => (
        <Space key={k} size={4}>
          <Typography.Text type="secondary" style={{ fontSize: 12, minWidth: 56, display: 'inline-block' }}>
            {t(WAIVER_KEYS[k])}
          </Typography.Text>
          <ReductionInput testId={`${testId}-${k}`} label={named(t(WAIVER_KEYS[k]), subject)} value={value?.[k]} onChange={(r) => onChange({ ...value, [k]: r })} />
        </Space>
      ))}
    </Space>
  );
}

/** A small field with its caption; the caption is the field's label (screen readers, clicking it). */
function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <label style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label}
      </Typography.Text>
      {children}
    </label>
  );
}

/** A field's accessible name with the line it belongs to ("减免利息 · 速借"): one proposal has a line per lender. */
const named = (label: string, subject: string | undefined): string => (subject ? `${label} · ${subject}` : label);

export function RemedyEditor({
  params,
  onChange,
  ctx,
  testId,
  subject,
  productType,
}: {
  params: RemedyParams;
  onChange: (p: RemedyParams) => void;
  ctx: { months: number; startDate: string; outstandingFen: number };
  /** The kind of the line's debt: only what fits it is offered. */
  productType: string;
  testId: string;
  /** Whose line this is (the lender), for the fields' accessible names. */
  subject?: string;
}) {
  const { t } = useTranslation();
  const months = (max: number, value: number, set: (n: number) => void) => (
    <Field label={t('proposals.params.months')}>
      <InputNumber size="small" min={1} max={max} precision={0} style={{ width: 80 }} data-testid={`${testId}-months`} value={value} onChange={(v) => v !== null && set(Math.min(max, Math.max(1, Math.round(v))))} />
    </Field>
  );
  const date = (label: string, value: string, set: (d: string) => void, id: string) => (
    <Field label={label}>
      <DateInput size="small" style={{ width: 130 }} allowClear={false} data-testid={`${testId}-${id}`} value={value} onChange={(d) => d && set(d)} />
    </Field>
  );

  let body: React.ReactNode = null;
  switch (params.remedy) {
    case 'instalments':
      body = (
        <Space wrap size={8}>
          {months(180, params.months, (n) => onChange({ ...params, months: n }))}
          <Switch
            size="small"
            checked={params.withInterest}
            checkedChildren={t('proposals.params.withInterest')}
            unCheckedChildren={t('proposals.params.interestFree')}
            onChange={(on) => onChange(on ? { ...params, withInterest: true } : { remedy: 'instalments', months: params.months, withInterest: false, ...(params.waivers ? { waivers: params.waivers } : {}) })}
          />
          {params.withInterest && (
            <Field label={t('proposals.params.annualRate')}>
              <InputNumber
                size="small"
                min={0}
                max={100}
                style={{ width: 80 }}
                value={params.annualRate === undefined ? null : rateToPct(params.annualRate)}
                onChange={(v) => onChange({ ...params, annualRate: v === null ? undefined : pctToRate(Math.min(100, Math.max(0, v))) })}
              />
            </Field>
          )}
        </Space>
      );
      break;
    case 'card_instalments':
      body = (
        <Space wrap size={8}>
          {months(60, params.months, (n) => onChange({ ...params, months: n }))}
          <Field label={t('proposals.params.monthlyFeeRate')}>
            <InputNumber
              size="small"
              min={0}
              max={5}
              step={0.1}
              style={{ width: 80 }}
              value={params.monthlyFeeRate === undefined ? 0 : rateToPct(params.monthlyFeeRate)}
              onChange={(v) => onChange({ remedy: 'card_instalments', months: params.months, ...(v ? { monthlyFeeRate: pctToRate(Math.min(5, Math.max(0, v))) } : {}) })}
            />
          </Field>
        </Space>
      );
      break;
    case 'waiver':
      body = (
        <Space wrap size={8} align="start">
          <WaiversInput testId={`${testId}-waiver`} subject={subject ?? ''} value={params.waivers} onChange={(w) => onChange({ ...params, waivers: w })} />
          <Space direction="vertical" size={4}>
            {months(180, params.months ?? ctx.months, (n) => onChange({ remedy: 'waiver', waivers: params.waivers, months: n }))}
          </Space>
        </Space>
      );
      break;
    case 'settlement':
      body = (
        <Space wrap size={8}>
          <Field label={t('proposals.params.amount')}>
            <MoneyInput size="small" style={{ width: 140 }} data-testid={`${testId}-amount`} value={params.amountFen} onChange={(v) => isFen(v) && onChange({ ...params, amountFen: v })} />
          </Field>
          {date(t('proposals.params.payBy'), params.payBy, (d) => onChange({ ...params, payBy: d }), 'payBy')}
        </Space>
      );
      break;
    case 'extension':
      body = date(t('proposals.params.extendTo'), params.extendTo, (d) => onChange({ ...params, extendTo: d }), 'extendTo');
      break;
    case 'hardship':
      body = date(t('proposals.params.holdUntil'), params.holdUntil, (d) => onChange({ ...params, holdUntil: d }), 'holdUntil');
      break;
  }

  return (
    <Space direction="vertical" size={4} style={{ width: '100%' }}>
      <Select
        size="small"
        style={{ width: 200 }}
        aria-label={named(t('proposals.columns.remedy'), subject)}
        data-testid={`${testId}-remedy`}
        value={params.remedy}
        options={remediesOffered(ORDER, productType, params.remedy).map((r) => ({ value: r, label: t(REMEDY_LABELS[r]) }))}
        onChange={(r: Remedy) => onChange(defaultParams(r, ctx))}
      />
      {body}
    </Space>
  );
}
