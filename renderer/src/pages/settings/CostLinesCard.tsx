import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Input, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { errorText } from '../../api/errors';
import { useSettings, useUpdateSettings } from '../../api/settings';
import { DateInput } from '../../components/DateInput';
import { decimalToPercentText, formatLine, percentTextToDecimal } from '../clients/debts/format';

const MAX_LINES = 5;

function FieldError({ text }: { text: string | undefined }) {
  if (!text) return null;
  return (
    <Typography.Text type="danger" role="alert" style={{ fontSize: 12, display: 'block' }}>
      {text}
    </Typography.Text>
  );
}

/**
 * The annual-rate reference lines (24% and 36% by default) and the one-year LPR whose 4 ×
 * is a line of its own. Debts are marked against them when read, so a change shows at once.
 */
export function CostLinesCard() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const settings = useSettings();
  const update = useUpdateSettings();
  // As typed, in percent: '24', '36'.
  const [lines, setLines] = useState<string[] | null>(null);
  const [lpr, setLpr] = useState<{ rate: string; date: string | null }>({ rate: '', date: null });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const saved = settings.data;
  useEffect(() => {
    if (!saved || lines !== null) return;
    setLines(saved.costThresholds.map((l) => decimalToPercentText(l) ?? ''));
    setLpr(saved.lpr ? { rate: decimalToPercentText(saved.lpr.rate) ?? '', date: saved.lpr.date } : { rate: '', date: null });
  }, [saved, lines]);

  const save = () => {
    if (!lines) return;
    const local: Record<string, string> = {};
    const rates = lines.map((text, i) => {
      const value = percentTextToDecimal(text);
      if (value === null) local[`costThresholds.${i}`] = t('validation.number');
      return value ?? 0;
    });
    const lprRate = percentTextToDecimal(lpr.rate);
    if (lpr.rate.trim() !== '' && lprRate === null) local['lpr.rate'] = t('validation.number');
    if ((lpr.rate.trim() === '') !== (lpr.date === null)) local[lpr.date === null ? 'lpr.date' : 'lpr.rate'] = t('cost.errors.lprIncomplete');
    setErrors(local);
    setFormError(null);
    if (Object.keys(local).length) return;
    update.mutate(
      { costThresholds: rates, lpr: lprRate !== null && lpr.date !== null ? { rate: lprRate, date: lpr.date } : null },
      {
        onSuccess: () => {
          void message.success(t('cost.lines.saved'));
        },
        onError: (err) => {
          setErrors(err instanceof ApiError ? err.fields : {});
          setFormError(errorText(err, t));
        },
      },
    );
  };

  const lprRate = percentTextToDecimal(lpr.rate);
  return (
    <Card title={t('cost.lines.title')} data-testid="cost-lines">
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('cost.lines.intro')}</Typography.Text>
        {formError && <Alert type="error" showIcon title={formError} />}
        <Space wrap align="start">
          {(lines ?? []).map((text, i) => (
            <div key={i} style={{ width: 150 }}>
              <Space.Compact>
                <Input
                  aria-label={t('cost.lines.line', { n: i + 1 })}
                  value={text}
                  suffix="%"
                  status={errors[`costThresholds.${i}`] ? 'error' : undefined}
                  onChange={(e) => setLines((ls) => (ls ?? []).map((l, k) => (k === i ? e.target.value : l)))}
                />
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={t('cost.lines.remove', { n: i + 1 })}
                  disabled={(lines ?? []).length <= 1}
                  onClick={() => setLines((ls) => (ls ?? []).filter((_, k) => k !== i))}
                />
              </Space.Compact>
              <FieldError text={errors[`costThresholds.${i}`]} />
            </div>
          ))}
          <Button icon={<PlusOutlined />} disabled={(lines ?? []).length >= MAX_LINES} onClick={() => setLines((ls) => [...(ls ?? []), ''])}>
            {t('cost.lines.add')}
          </Button>
        </Space>
        <Space wrap align="start">
          <div style={{ width: 180 }}>
            <label htmlFor="lpr-rate">{t('cost.lines.lpr')}</label>
            <Input id="lpr-rate" value={lpr.rate} suffix="%" status={errors['lpr.rate'] ? 'error' : undefined} onChange={(e) => setLpr((l) => ({ ...l, rate: e.target.value }))} />
            <FieldError text={errors['lpr.rate']} />
          </div>
          <div style={{ width: 180 }}>
            <label htmlFor="lpr-date">{t('cost.lines.lprDate')}</label>
            <DateInput id="lpr-date" value={lpr.date} status={errors['lpr.date'] ? 'error' : undefined} onChange={(date) => setLpr((l) => ({ ...l, date }))} />
            <FieldError text={errors['lpr.date']} />
          </div>
        </Space>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('cost.lines.lprHelp')}
        </Typography.Text>
        {saved?.lpr && lprRate === saved.lpr.rate && lpr.date === saved.lpr.date && (
          <Typography.Text data-testid="lpr-line">
            {t('cost.lines.lprLine', { line: formatLine(4 * saved.lpr.rate, i18n.language), lpr: formatLine(saved.lpr.rate, i18n.language), date: saved.lpr.date })}
          </Typography.Text>
        )}
        <Button type="primary" onClick={save} loading={update.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('cost.lines.save')}
        </Button>
      </Space>
    </Card>
  );
}
