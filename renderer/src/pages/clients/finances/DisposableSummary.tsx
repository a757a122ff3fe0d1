import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCaseCurrency } from '../../../components/caseRegion';
import type { StatementTotals } from '../../../../../shared/schemas/statements';
import { formatFen } from '../../../components/Money';

const NEGATIVE = '#cf1322';

/**
 * The statement's bottom line: income, costs, and – largest – what is left each month.
 * A negative figure is shown in red with a neutral note, since it is a fact to present to
 * lenders, not a failing of the client.
 */
export function DisposableSummary({ totals }: { totals: StatementTotals }) {
  const { t, i18n } = useTranslation();
  const caseCurrency = useCaseCurrency();
  const fen = (v: number) => formatFen(v, i18n.language, true, caseCurrency);
  const d = totals.disposableMonthlyFen;
  const note = d < 0 ? 'negative' : d === 0 ? 'zero' : 'positive';
  const small = { content: { fontSize: 20, fontVariantNumeric: 'tabular-nums' as const } };
  return (
    <Row gutter={[12, 12]} align="stretch">
      <Col xs={12} lg={5}>
        <Card size="small" style={{ height: '100%' }}>
          <Statistic title={t('finances.totals.income')} value={fen(totals.incomeMonthlyFen)} styles={small} />
        </Card>
      </Col>
      <Col xs={12} lg={5}>
        <Card size="small" style={{ height: '100%' }}>
          <Statistic title={t('finances.totals.expense')} value={fen(totals.expenseMonthlyFen)} styles={small} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('finances.sections.fixed')} {fen(totals.fixedMonthlyFen)} · {t('finances.sections.variable')} {fen(totals.variableMonthlyFen)}
          </Typography.Text>
        </Card>
      </Col>
      <Col xs={24} lg={14}>
        <Card
          size="small"
          style={{ height: '100%', borderColor: d < 0 ? '#ffa39e' : '#b7eb8f', background: d < 0 ? '#fff1f0' : '#f6ffed' }}
          data-testid="disposable"
        >
          <Statistic
            title={<Typography.Text strong>{t('finances.totals.disposable')}</Typography.Text>}
            value={fen(d)}
            styles={{ content: { fontSize: 30, fontWeight: 600, fontVariantNumeric: 'tabular-nums', color: d < 0 ? NEGATIVE : undefined } }}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="disposable-note">
            {t(`finances.disposableNote.${note}`)}
          </Typography.Text>
        </Card>
      </Col>
    </Row>
  );
}
