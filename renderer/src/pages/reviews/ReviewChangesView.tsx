import { Descriptions, List, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReviewChanges } from '../../../../shared/schemas/reviews';
import { useFormatFen } from '../../components/Money';

// What changed in a case since the plan or the last review, section by section: the budget
// then and now, new debts, the lenders' replies, payments made and missed, court steps.
export function ReviewChangesView({ changes: c }: { changes: ReviewChanges }) {
  const { t } = useTranslation();
  // Inside the case's page: its amounts in its currency.
  const money = useFormatFen();
  const none = <Typography.Text type="secondary">{t('reviews.nothing')}</Typography.Text>;
  const lines = (items: string[]) => (items.length === 0 ? none : <List size="small" split={false} dataSource={items} renderItem={(s) => <List.Item style={{ padding: '2px 0' }}>{s}</List.Item>} />);
  const figures = (key: 'incomeFen' | 'costsFen' | 'disposableFen', label: string) => ({
    key,
    label,
    then: c.statementThen ? money(c.statementThen[key]) : '—',
    now: c.statementNow ? money(c.statementNow[key]) : '—',
  });
  const sameStatement = c.statementThen !== null && c.statementNow !== null && c.statementThen.id === c.statementNow.id;

  return (
    <Descriptions column={1} size="small" bordered styles={{ label: { width: 150 } }}>
      <Descriptions.Item label={t('reviews.sections.budget')}>
        {c.statementNow === null ? (
          <Typography.Text type="secondary">{t('reviews.budget.noStatement')}</Typography.Text>
        ) : (
          <>
            {sameStatement && (
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {t('reviews.budget.unchanged')}
              </Typography.Text>
            )}
            <Table
              size="small"
              pagination={false}
              rowKey="key"
              dataSource={[figures('incomeFen', t('reviews.budget.income')), figures('costsFen', t('reviews.budget.costs')), figures('disposableFen', t('reviews.budget.disposable'))]}
              columns={[
                { key: 'label', dataIndex: 'label', title: '' },
                { key: 'then', dataIndex: 'then', align: 'right', title: `${t('reviews.budget.then')} ${c.statementThen?.statementDate ?? ''}` },
                { key: 'now', dataIndex: 'now', align: 'right', title: `${t('reviews.budget.now')} ${c.statementNow.statementDate}` },
              ]}
            />
          </>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('reviews.sections.newDebts')}>
        {lines(c.newDebts.map((d) => t('reviews.newDebt', { lender: d.lenderName, amount: money(d.enteredFen), date: d.createdDate })))}
      </Descriptions.Item>
      <Descriptions.Item label={t('reviews.sections.responses')}>
        {lines(
          c.lenderResponses.map((r) =>
            t('reviews.response', { date: r.onDate, lender: r.lenderName, remedy: t(`agreements.remedies.${r.remedy}`), status: t(`agreements.status.${r.status}`) }),
          ),
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('reviews.sections.payments')}>{t('reviews.payments', { count: c.payments.count, amount: money(c.payments.totalFen) })}</Descriptions.Item>
      <Descriptions.Item label={t('reviews.sections.missed')}>
        {lines(c.missedInstalments.map((m) => t('reviews.missedLine', { lender: m.lenderName, seq: m.seq, date: m.dueDate, amount: money(m.amountFen) })))}
      </Descriptions.Item>
      <Descriptions.Item label={t('reviews.sections.court')}>
        {lines(c.courtEvents.map((e) => t('reviews.courtLine', { date: e.eventDate, lender: e.lenderName, kind: t(`legal.kinds.${e.kind}`) })))}
      </Descriptions.Item>
    </Descriptions>
  );
}
