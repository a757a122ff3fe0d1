import { Form, InputNumber, Select, Switch } from 'antd';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { remediesOffered } from '../../../../../shared/domain/remedies';
import { REMEDIES, type RemedyParams } from '../../../../../shared/schemas/remedies';
import { DateInput } from '../../../components/DateInput';
import { MoneyInput, moneyRule } from '../../../components/Money';

// The fields of one remedy (ours, or the lender's counter-offer), under `name` in a form,
// and how to turn what the form holds into the contract's RemedyParams.

export interface RemedyFormValues {
  remedy: RemedyParams['remedy'];
  months?: number;
  withInterest?: boolean;
  annualRatePct?: number;
  amountFen?: number;
  payBy?: string;
  extendTo?: string;
  holdUntil?: string;
  waiverPct?: number;
  feeRatePct?: number;
}

const pct = (v: number | undefined) => (v === undefined || v === null ? undefined : Math.round(v * 10000) / 1_000_000);

export function toParams(v: RemedyFormValues): RemedyParams {
  const waivers = v.waiverPct ? { interest: { mode: 'percent' as const, value: v.waiverPct }, penalty: { mode: 'percent' as const, value: v.waiverPct }, fees: { mode: 'percent' as const, value: v.waiverPct } } : undefined;
  switch (v.remedy) {
    case 'instalments':
      return { remedy: 'instalments', months: v.months ?? 12, withInterest: !!v.withInterest, ...(v.withInterest && v.annualRatePct ? { annualRate: pct(v.annualRatePct)! } : {}), ...(waivers ? { waivers } : {}) };
    case 'card_instalments':
      return { remedy: 'card_instalments', months: v.months ?? 36, ...(v.feeRatePct ? { monthlyFeeRate: pct(v.feeRatePct)! } : {}) };
    case 'settlement':
      return { remedy: 'settlement', amountFen: v.amountFen ?? 0, payBy: v.payBy ?? '' };
    case 'extension':
      return { remedy: 'extension', extendTo: v.extendTo ?? '', ...(waivers ? { waivers } : {}) };
    case 'waiver':
      return { remedy: 'waiver', waivers: waivers ?? {}, ...(v.months ? { months: v.months } : { payBy: v.payBy ?? '' }) };
    case 'hardship':
      return { remedy: 'hardship', holdUntil: v.holdUntil ?? '' };
  }
}

/** `productType`: the kind of the debt the remedy is for (undefined while none is chosen). */
export function RemedyFields({ form, name, productType }: { form: FormInstance; name: string; productType: string | undefined }) {
  const { t } = useTranslation();
  const remedy = Form.useWatch([name, 'remedy'], form) as RemedyParams['remedy'] | undefined;
  const withInterest = Form.useWatch([name, 'withInterest'], form) as boolean | undefined;
  const f = (k: string) => [name, k];
  return (
    <>
      <Form.Item name={f('remedy')} label={t('agreements.fields.remedy')} rules={[{ required: true, message: t('validation.required') }]}>
        <Select data-testid={`${name}-remedy`} options={remediesOffered(REMEDIES, productType, remedy).map((r) => ({ value: r, label: t(`agreements.remedies.${r}`) }))} />
      </Form.Item>
      {(remedy === 'instalments' || remedy === 'card_instalments' || remedy === 'waiver') && (
        <Form.Item name={f('months')} label={t('agreements.fields.months')} rules={remedy === 'waiver' ? [] : [{ required: true, message: t('validation.required') }]}>
          <InputNumber min={1} max={remedy === 'card_instalments' ? 60 : 180} precision={0} style={{ width: '100%' }} data-testid={`${name}-months`} />
        </Form.Item>
      )}
      {remedy === 'instalments' && (
        <>
          <Form.Item name={f('withInterest')} label={t('agreements.fields.withInterest')} valuePropName="checked">
            <Switch />
          </Form.Item>
          {withInterest && (
            <Form.Item name={f('annualRatePct')} label={t('agreements.fields.annualRate')}>
              <InputNumber min={0} max={100} step={0.1} style={{ width: '100%' }} />
            </Form.Item>
          )}
        </>
      )}
      {remedy === 'card_instalments' && (
        <Form.Item name={f('feeRatePct')} label={t('agreements.fields.feeRate')}>
          <InputNumber min={0} max={5} step={0.01} style={{ width: '100%' }} />
        </Form.Item>
      )}
      {remedy === 'settlement' && (
        <Form.Item name={f('amountFen')} label={t('agreements.fields.amount')} rules={[{ required: true, message: t('validation.required') }, moneyRule(t)]}>
          <MoneyInput inlineError={false} data-testid={`${name}-amount`} />
        </Form.Item>
      )}
      {(remedy === 'settlement' || remedy === 'waiver') && (
        <Form.Item name={f('payBy')} label={t('agreements.fields.payBy')} rules={remedy === 'settlement' ? [{ required: true, message: t('validation.required') }] : []}>
          <DateInput data-testid={`${name}-payBy`} />
        </Form.Item>
      )}
      {remedy === 'extension' && (
        <Form.Item name={f('extendTo')} label={t('agreements.fields.extendTo')} rules={[{ required: true, message: t('validation.required') }]}>
          <DateInput />
        </Form.Item>
      )}
      {remedy === 'hardship' && (
        <Form.Item name={f('holdUntil')} label={t('agreements.fields.holdUntil')} rules={[{ required: true, message: t('validation.required') }]}>
          <DateInput />
        </Form.Item>
      )}
      {(remedy === 'extension' || remedy === 'waiver' || remedy === 'instalments') && (
        <Form.Item name={f('waiverPct')} label={t('agreements.fields.waiverPercent')}>
          <InputNumber min={0} max={100} style={{ width: '100%' }} />
        </Form.Item>
      )}
    </>
  );
}
