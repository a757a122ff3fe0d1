import { Card, Col, List, Row, Space, Statistic, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CLOSURE_REASONS } from '../../../../shared/schemas/clients';
import { exportList } from '../../api/exports';
import { errorText } from '../../api/errors';
import { useOutcomes } from '../../api/insights';
import { ExportButton } from '../../components/ExportButton';
import { MoneyTotals, useFormatTotals } from '../../components/MoneyTotals';
import { medianText } from '../../components/insights/figures';

// The overview's outcomes: what the agency's cases came to – closed cases by outcome, debt
// resolved, total waived, months from opening to agreement – and the agency summary export.
export function OutcomesCard() {
  const { t } = useTranslation();
  const q = useOutcomes();
  const o = q.data;
  const totalsText = useFormatTotals();
  return (
    <Card
      size="small"
      title={t('insights.outcomes.title')}
      data-testid="outcomes"
      extra={
        <Tooltip title={t('insights.outcomes.exportAgency')}>
          <span>
            <ExportButton run={(format) => exportList.agencySummary({ format })} />
          </span>
        </Tooltip>
      }
    >
      {q.isError ? (
        <Typography.Text type="danger">{errorText(q.error, t)}</Typography.Text>
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={8}>
            <List
              size="small"
              loading={q.isPending}
              header={<Typography.Text strong>{t('insights.outcomes.byOutcome')}</Typography.Text>}
              dataSource={[...CLOSURE_REASONS, 'unknown' as const].filter((r) => r !== 'unknown' || (o?.byOutcome.unknown ?? 0) > 0)}
              renderItem={(r) => (
                <List.Item data-testid={`outcome-${r}`}>
                  <Tag>{r === 'unknown' ? t('insights.outcomes.unknown') : t(`profile.closure.${r}`)}</Tag>
                  <Typography.Text strong>{o?.byOutcome[r] ?? 0}</Typography.Text>
                </List.Item>
              )}
              footer={
                <Space style={{ width: '100%', justifyContent: 'space-between' }}>
                  <Typography.Text type="secondary">{t('insights.outcomes.inProgress')}</Typography.Text>
                  <Typography.Text data-testid="outcome-in-progress">{o ? o.cases - o.byStatus.closed : 0}</Typography.Text>
                </Space>
              }
            />
          </Col>
          <Col xs={12} lg={4} data-testid="outcomes-agreements">
            <Statistic title={t('insights.outcomes.agreements')} value={o?.agreements ?? 0} loading={q.isPending} />
          </Col>
          <Col xs={12} lg={4}>
            <Statistic title={t('insights.outcomes.resolved')} value={0} formatter={() => <MoneyTotals totals={o?.resolved.amounts} testId="outcome-resolved" />} loading={q.isPending} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('insights.outcomes.resolvedDebts', { count: o?.resolved.debts ?? 0 })}
            </Typography.Text>
          </Col>
          <Col xs={12} lg={4}>
            <Statistic title={t('insights.outcomes.waived')} value={0} formatter={() => <MoneyTotals totals={o?.waived} testId="outcome-waived" />} loading={q.isPending} />
            {o && o.conditionalWaived.some((w) => w.amountMinor > 0) && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('insights.outcomes.conditional', { amount: totalsText(o.conditionalWaived) })}
              </Typography.Text>
            )}
          </Col>
          <Col xs={12} lg={4}>
            <Statistic title={t('insights.outcomes.monthsToAgreement')} value={o ? medianText(t, o.monthsToAgreement, 'insights.months') : '—'} loading={q.isPending} valueStyle={{ fontSize: 18 }} />
          </Col>
        </Row>
      )}
    </Card>
  );
}
