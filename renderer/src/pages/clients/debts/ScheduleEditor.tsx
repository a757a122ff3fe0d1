import { DeleteOutlined, PlusOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { Button, Form, InputNumber, Popover, Space, Typography } from 'antd';
import { useCaseCurrency } from '../../../components/caseRegion';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addMonths } from '../../../../../shared/domain/dates';
import { DateInput } from '../../../components/DateInput';
import { fenOrZero, formatFen, isFen, MoneyInput, moneyRule } from '../../../components/Money';

export interface ScheduleRow {
  date: string | null;
  amountFen: number | null;
}

/** `count` payments of `amountFen`, the first on `first`, then on the same day of each following month. */
function equalMonthlyPayments(first: string, count: number, amountFen: number): ScheduleRow[] {
  return Array.from({ length: count }, (_, i) => ({ date: addMonths(first, i), amountFen }));
}

function Generator({ existing, loanDate, onGenerate }: { existing: number; loanDate: string | null; onGenerate: (rows: ScheduleRow[]) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [count, setCount] = useState<number | null>(12);
  const [amountFen, setAmountFen] = useState<number | null>(null);
  const [first, setFirst] = useState<string | null>(null);
  const firstDate = first ?? (loanDate ? addMonths(loanDate, 1) : null);
  const ready = count !== null && count > 0 && amountFen !== null && amountFen > 0 && firstDate !== null;

  const content = (
    <Space direction="vertical" style={{ width: 260 }}>
      <label>
        <Typography.Text>{t('debts.schedule.generateCount')}</Typography.Text>
        <InputNumber aria-label={t('debts.schedule.generateCount')} min={1} max={600} precision={0} value={count} onChange={setCount} style={{ width: '100%' }} />
      </label>
      <label>
        <Typography.Text>{t('debts.schedule.generateAmount')}</Typography.Text>
        <MoneyInput aria-label={t('debts.schedule.generateAmount')} value={amountFen} onChange={(v) => setAmountFen(isFen(v) ? v : null)} />
      </label>
      <label>
        <Typography.Text>{t('debts.schedule.generateFirst')}</Typography.Text>
        <DateInput aria-label={t('debts.schedule.generateFirst')} value={firstDate} onChange={setFirst} />
      </label>
      {existing > 0 && <Typography.Text type="warning">{t('debts.schedule.generateReplace', { count: existing })}</Typography.Text>}
      <Button
        type="primary"
        block
        disabled={!ready}
        onClick={() => {
          if (!ready) return;
          onGenerate(equalMonthlyPayments(firstDate, count, amountFen));
          setOpen(false);
        }}
      >
        {t('debts.schedule.generateApply')}
      </Button>
    </Space>
  );
  return (
    <Popover content={content} title={t('debts.schedule.generate')} trigger="click" open={open} onOpenChange={setOpen} placement="bottomLeft">
      <Button icon={<ThunderboltOutlined />}>{t('debts.schedule.generate')}</Button>
    </Popover>
  );
}

/** The contract's repayment schedule as rows of date and amount, inside the debt form (field `schedule`). */
export function ScheduleEditor() {
  const { t, i18n } = useTranslation();
  const caseCurrency = useCaseCurrency();
  const form = Form.useFormInstance();
  const rows = (Form.useWatch('schedule', form) as ScheduleRow[] | undefined) ?? [];
  const loanDate = (Form.useWatch('loanDate', form) as string | null | undefined) ?? null;
  const totalFen = rows.reduce((sum, r) => sum + fenOrZero(r?.amountFen), 0);

  return (
    <Form.List name="schedule">
      {(fields, { add, remove }) => (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {t('debts.hints.schedule')}
          </Typography.Paragraph>
          {fields.map((field, index) => {
            const n = index + 1;
            return (
              <Space key={field.key} align="start" style={{ display: 'flex' }} data-testid="schedule-row">
                <Typography.Text type="secondary" style={{ display: 'inline-block', minWidth: 32, lineHeight: '32px', textAlign: 'right', whiteSpace: 'nowrap' }}>
                  {t('debts.schedule.rowShort', { n })}
                </Typography.Text>
                <Form.Item name={[field.name, 'date']} rules={[{ required: true, message: t('validation.required') }]} style={{ marginBottom: 8 }}>
                  <DateInput aria-label={`${t('debts.schedule.row', { n })} ${t('debts.schedule.date')}`} style={{ width: 160 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'amountFen']} rules={[{ required: true, message: t('validation.required') }, moneyRule(t)]} style={{ marginBottom: 8 }}>
                  <MoneyInput inlineError={false} aria-label={`${t('debts.schedule.row', { n })} ${t('debts.schedule.amount')}`} style={{ width: 180 }} />
                </Form.Item>
                <Button type="text" icon={<DeleteOutlined />} aria-label={`${t('debts.schedule.remove')} (${n})`} onClick={() => remove(field.name)} />
              </Space>
            );
          })}
          <Space wrap>
            <Button icon={<PlusOutlined />} onClick={() => add({ date: null, amountFen: null })}>
              {t('debts.schedule.add')}
            </Button>
            <Generator existing={fields.length} loanDate={loanDate} onGenerate={(generated) => form.setFieldValue('schedule', generated)} />
            {fields.length > 0 && (
              <Button type="text" danger onClick={() => form.setFieldValue('schedule', [])}>
                {t('debts.schedule.clear')}
              </Button>
            )}
          </Space>
          <Typography.Text type="secondary" data-testid="schedule-total">
            {rows.length ? t('debts.schedule.total', { count: rows.length, amount: formatFen(totalFen, i18n.language, true, caseCurrency) }) : t('debts.schedule.empty')}
          </Typography.Text>
        </Space>
      )}
    </Form.List>
  );
}
