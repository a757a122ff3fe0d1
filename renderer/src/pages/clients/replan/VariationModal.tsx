import { Form, InputNumber, Modal, Radio, Select, Space, Table, Typography, App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REGION_DOC_LANGUAGE, type Region } from '../../../../../shared/domain/region';
import { LOCALES, type Locale } from '../../../../../shared/schemas/common';
import type { AgreementView } from '../../../../../shared/schemas/agreements';
import { ApiError } from '../../../api/client';
import { errorText } from '../../../api/errors';
import { useVariation } from '../../../api/replan';
import { DateInput } from '../../../components/DateInput';
import { MoneyInput, isFen, useFormatFen, type MoneyValue } from '../../../components/Money';

// Change of circumstances for active agreements: a variation request letter (a lower monthly
// payment, or a pause of N months) drafted to each lender chosen, in the language chosen; the
// drafts appear on the letters tab and on the timeline.

export function VariationModal({ clientId, region, agreements, onClose }: { clientId: number; region: Region; agreements: readonly AgreementView[]; onClose: () => void }) {
  const { t } = useTranslation();
  const formatFen = useFormatFen(); // the case's currency
  const { message } = App.useApp();
  const variation = useVariation(clientId);
  const active = agreements.filter((a) => a.status === 'active');
  const [kind, setKind] = useState<'lower' | 'hold'>('lower');
  const [holdMonths, setHoldMonths] = useState<number | null>(3);
  const [fromDate, setFromDate] = useState<string | null>(null);
  // The case's letter language (from its region) unless the counsellor picks another.
  const [locale, setLocale] = useState<Locale>(REGION_DOC_LANGUAGE[region]);
  const [chosen, setChosen] = useState<number[]>(active.map((a) => a.id));
  const [amounts, setAmounts] = useState<Record<number, MoneyValue>>({});
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  async function submit() {
    const list = active.filter((a) => chosen.includes(a.id));
    const input = {
      clientId,
      kind,
      locale,
      ...(fromDate ? { fromDate } : {}),
      ...(kind === 'hold' && holdMonths !== null ? { holdMonths } : {}),
      agreements: list.map((a) => ({ agreementId: a.id, ...(kind === 'lower' && isFen(amounts[a.id]) ? { monthlyFen: amounts[a.id] as number } : {}) })),
    };
    try {
      const r = await variation.mutateAsync(input);
      message.success(t('replan.variation.done', { count: r.letters.length }));
      onClose();
    } catch (err) {
      // Field errors name the agreement by its place in the list sent: put them beside that agreement.
      if (err instanceof ApiError) {
        const byId: Record<string, string> = {};
        for (const [path, text] of Object.entries(err.fields)) {
          const m = /^agreements\.(\d+)\.(\w+)$/.exec(path);
          const a = m ? list[Number(m[1])] : undefined;
          byId[a ? `${a.id}.${m![2]}` : path] = text;
        }
        setFieldErrors(byId);
      }
      message.error(errorText(err, t));
    }
  }

  return (
    <Modal open width={760} title={t('replan.variation.title')} okText={t('replan.variation.submit')} cancelText={t('replan.revise.cancel')} onOk={submit} onCancel={onClose} okButtonProps={{ loading: variation.isPending, disabled: chosen.length === 0 }} destroyOnHidden>
      <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="variation-form">
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('replan.variation.intro')}
        </Typography.Paragraph>
        <Form layout="vertical" component="div">
          <Space wrap size="large" align="start">
            <Form.Item label={t('replan.variation.kind')} style={{ margin: 0 }}>
              <Radio.Group value={kind} onChange={(e) => setKind(e.target.value as 'lower' | 'hold')} optionType="button">
                <Radio.Button value="lower">{t('replan.variation.lower')}</Radio.Button>
                <Radio.Button value="hold">{t('replan.variation.hold')}</Radio.Button>
              </Radio.Group>
            </Form.Item>
            {kind === 'hold' && (
              <Form.Item label={t('replan.variation.holdMonths')} style={{ margin: 0 }} validateStatus={fieldErrors.holdMonths ? 'error' : undefined} help={fieldErrors.holdMonths}>
                <InputNumber aria-label={t('replan.variation.holdMonths')} min={1} max={24} precision={0} value={holdMonths} onChange={(v) => setHoldMonths(v)} />
              </Form.Item>
            )}
            <Form.Item label={t('replan.variation.fromDate')} style={{ margin: 0 }}>
              <DateInput aria-label={t('replan.variation.fromDate')} value={fromDate} onChange={(v: string | null) => setFromDate(v)} style={{ width: 160 }} />
            </Form.Item>
            <Form.Item label={t('replan.variation.locale')} style={{ margin: 0 }}>
              <Select<Locale> aria-label={t('replan.variation.locale')} style={{ width: 140 }} value={locale} onChange={setLocale} options={LOCALES.map((l) => ({ value: l, label: t(`letters.locales.${l}`) }))} />
            </Form.Item>
          </Space>
        </Form>
        <Table<AgreementView>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={active}
          locale={{ emptyText: t('replan.variation.none') }}
          rowSelection={{ selectedRowKeys: chosen, onChange: (keys) => setChosen(keys.map(Number)), getCheckboxProps: (a) => ({ 'aria-label': a.lenderName }) }}
          columns={[
            { key: 'lender', title: t('replan.variation.agreements'), render: (_, a) => `${a.lenderName}${a.accountRef ? ` · ${a.accountRef}` : ''}` },
            { key: 'current', title: '', render: (_, a) => (a.terms.monthlyFen === null ? '—' : t('replan.variation.current', { amount: formatFen(a.terms.monthlyFen) })) },
            ...(kind === 'lower'
              ? [
                  {
                    key: 'monthly',
                    title: t('replan.variation.newMonthly'),
                    render: (_: unknown, a: AgreementView) => (
                      <Form.Item style={{ margin: 0 }} validateStatus={fieldErrors[`${a.id}.monthlyFen`] ? 'error' : undefined} help={fieldErrors[`${a.id}.monthlyFen`]}>
                        <MoneyInput size="small" style={{ width: 140 }} aria-label={`${t('replan.variation.newMonthly')} ${a.lenderName}`} value={amounts[a.id] ?? null} onChange={(v) => setAmounts((s) => ({ ...s, [a.id]: v }))} />
                      </Form.Item>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Space>
    </Modal>
  );
}
