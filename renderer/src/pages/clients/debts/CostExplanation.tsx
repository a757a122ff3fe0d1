import { Descriptions, Modal, Table, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { DebtView } from '../../../../../shared/schemas/debts';
import { MoneyText } from '../../../components/Money';
import { formatPercent } from './format';

type IrrMethod = NonNullable<DebtView['cost']['irrMethod']>;

/** The schedule's period in words: monthly, every 3 months, weekly, one payment over 7 days… */
function periodText(period: IrrMethod['period'], t: TFunction): string {
  switch (period.kind) {
    case 'month':
      return period.months === 1 ? t('cost.explain.periods.month') : t('cost.explain.periods.months', { count: period.months });
    case 'day':
      return t(`cost.explain.periods.day${period.days}`);
    case 'term':
      return t('cost.explain.periods.term', { days: period.days });
    default:
      return t('cost.explain.periods.irregular');
  }
}

/**
 * How a debt's annual rate was worked out: the cash flows period by period, the rate per
 * period, the IRR-method rate and the formula in words, then the compounded figures beside
 * it. Without a schedule it says what the lines are marked against instead.
 */
export function CostExplanation({ debt, onClose }: { debt: DebtView; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const pct = (x: number, digits = 2) => formatPercent(x, i18n.language, digits);
  const number = (x: number) => new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 4 }).format(x);
  const irr = debt.cost.irrMethod;
  return (
    <Modal open title={`${t('cost.explain.title')} · ${debt.lenderName}`} onCancel={onClose} footer={null} width={720} data-testid="cost-explanation">
      {irr ? (
        <>
          <Descriptions size="small" column={2} bordered style={{ marginBottom: 12 }}>
            <Descriptions.Item label={t('cost.explain.period')}>{periodText(irr.period, t)}</Descriptions.Item>
            <Descriptions.Item label={t('cost.explain.perYear')}>{number(irr.periodsPerYear)}</Descriptions.Item>
            <Descriptions.Item label={t('cost.explain.periodicRate')}>{pct(irr.periodicRate, 4)}</Descriptions.Item>
            <Descriptions.Item label={t('cost.explain.annual')}>
              <Typography.Text strong data-testid="explain-annual">
                {pct(irr.annualRate)}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('cost.explain.effective')}>{pct(irr.effectiveAnnualRate)}</Descriptions.Item>
            <Descriptions.Item label={t('cost.explain.xirr')}>{irr.xirr === null ? '—' : pct(irr.xirr)}</Descriptions.Item>
          </Descriptions>
          <Typography.Paragraph data-testid="explain-formula">
            {t('cost.explain.formula', { periodic: pct(irr.periodicRate, 4), perYear: number(irr.periodsPerYear), annual: pct(irr.annualRate) })}
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary">
            {t('cost.explain.secondary', {
              periodic: pct(irr.periodicRate, 4),
              perYear: number(irr.periodsPerYear),
              effective: pct(irr.effectiveAnnualRate),
              xirr: irr.xirr === null ? '—' : pct(irr.xirr),
            })}
          </Typography.Paragraph>
          <Table
            size="small"
            rowKey={(f) => `${f.period}-${f.date}`}
            dataSource={irr.flows}
            pagination={irr.flows.length > 13 ? { pageSize: 13, hideOnSinglePage: true, showSizeChanger: false } : false}
            data-testid="cost-flows"
            columns={[
              { key: 'period', title: t('cost.explain.columns.period'), dataIndex: 'period', align: 'right', width: 70 },
              { key: 'date', title: t('cost.explain.columns.date'), dataIndex: 'date', width: 120 },
              { key: 'amount', title: t('cost.explain.columns.amount'), align: 'right', render: (_, f) => <MoneyText fen={f.amountFen} colorNegative /> },
              { key: 'what', title: t('cost.explain.columns.what'), render: (_, f) => (f.period === 0 ? t('cost.explain.received') : t('cost.explain.payment')) },
            ]}
          />
        </>
      ) : (
        <Typography.Paragraph data-testid="explain-formula">
          {debt.cost.primary !== null ? t('cost.explain.quotedOnly', { value: pct(debt.cost.primary) }) : t('cost.explain.none')}
        </Typography.Paragraph>
      )}
    </Modal>
  );
}
