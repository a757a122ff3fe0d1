import { QuestionCircleOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { waiverOf } from '../../../../../shared/domain/plan-figures';
import type { ProposalLine, ProposalPlan } from '../../../../../shared/domain/proposal';
import type { RemedyParams } from '../../../../../shared/schemas/remedies';
import { LenderHint } from '../../../components/insights/LenderHint';
import { MoneyText } from '../../../components/Money';
import type { BuilderState } from './ProposalBuilder';
import { RemedyEditor } from './RemedyEditor';

// The builder's table: a line per lender with its share, its remedy (editable), the live
// terms and the totals; a line opens onto its payment schedule.

const REASON_KEYS = {
  priority: 'proposals.reason.priority',
  fits: 'proposals.reason.fits',
  card: 'proposals.reason.card',
  waiverAtShare: 'proposals.reason.waiverAtShare',
  remainderWaived: 'proposals.reason.remainderWaived',
  atShare: 'proposals.reason.atShare',
  noShare: 'proposals.reason.noShare',
  noBudget: 'proposals.reason.noBudget',
  chosen: 'proposals.reason.chosen',
} as const;

function ScheduleTable({ line }: { line: ProposalLine }) {
  const { t } = useTranslation();
  if (line.terms.schedule.length === 0) return <Typography.Text type="secondary">{t('proposals.schedule.none')}</Typography.Text>;
  return (
    <Table
      size="small"
      rowKey="seq"
      style={{ maxWidth: 420 }}
      pagination={line.terms.schedule.length > 12 ? { pageSize: 12, size: 'small', showSizeChanger: false } : false}
      dataSource={line.terms.schedule}
      columns={[
        { title: t('proposals.schedule.seq'), dataIndex: 'seq', width: 60 },
        { title: t('proposals.schedule.dueDate'), dataIndex: 'dueDate' },
        { title: t('proposals.schedule.amount'), dataIndex: 'amountFen', align: 'right', render: (v: number) => <MoneyText fen={v} /> },
      ]}
    />
  );
}

function Problems({ line }: { line: ProposalLine }) {
  const { t } = useTranslation();
  const keys = [...new Set(Object.values(line.problems))];
  if (keys.length === 0) return null;
  return (
    <Typography.Text type="danger" style={{ fontSize: 12 }} data-testid="line-problem">
      {keys.map((k) => t(k)).join('；')}
    </Typography.Text>
  );
}

/** The plan's lines; `onLine` sets a line's remedy (null: back to the suggestion). */
export function PlanLinesTable({ plan, state, onLine }: { plan: ProposalPlan; state: BuilderState; onLine: (debtId: number, params: RemedyParams | null) => void }) {
  const { t } = useTranslation();
  return (
    <Table<ProposalLine>
      size="small"
      rowKey="debtId"
      data-testid="proposal-lines"
      onRow={(l) => ({ 'data-testid': `proposal-line-${l.debtId}` }) as HTMLAttributes<HTMLTableRowElement>}
      pagination={false}
      dataSource={plan.lines}
      scroll={{ x: 960 }}
      expandable={{ expandedRowRender: (l) => <div data-testid="line-schedule"><ScheduleTable line={l} /></div>, columnTitle: t('proposals.schedule.show') }}
      columns={[
        {
          title: t('proposals.columns.lender'),
          key: 'lender',
          width: 120,
          render: (_, l) => (
            <Space direction="vertical" size={0}>
              <Typography.Text strong>{l.lenderName}</Typography.Text>
              {l.priority && <Tag color="volcano">{t('proposals.priorityTag')}</Tag>}
            </Space>
          ),
        },
        { title: t('proposals.columns.balance'), dataIndex: 'outstandingFen', align: 'right', width: 100, render: (v: number) => <MoneyText fen={v} /> },
        {
          title: t('proposals.columns.sharePct'),
          key: 'pct',
          align: 'right',
          width: 64,
          render: (_, l) => (l.shareOfBudget === null ? '—' : `${(l.shareOfBudget * 100).toFixed(1)}%`),
        },
        { title: t('proposals.columns.share'), dataIndex: 'shareFen', align: 'right', width: 100, render: (v: number, l) => (l.priority ? '—' : <MoneyText fen={v} />) },
        {
          title: t('proposals.columns.remedy'),
          key: 'remedy',
          width: 240,
          render: (_, l) => (
            <Space direction="vertical" size={2} style={{ width: '100%' }} data-testid={`line-${l.lenderName}`}>
              <RemedyEditor
                testId={`line-${l.lenderName}`}
                subject={l.lenderName}
                productType={l.productType}
                params={l.terms.params}
                ctx={{ months: state.months, startDate: state.startDate, outstandingFen: l.outstandingFen }}
                onChange={(p) => onLine(l.debtId, p)}
              />
              <Space size={4}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {l.reason ? t(REASON_KEYS[l.reason]) : null}
                </Typography.Text>
                {l.beyondTerm && (
                  <Tag color="orange" data-testid={`beyond-term-${l.lenderName}`}>
                    {t('proposals.beyondTerm')}
                  </Tag>
                )}
                {state.overrides[l.debtId] && (
                  <Button size="small" type="link" icon={<UndoOutlined />} onClick={() => onLine(l.debtId, null)}>
                    {t('proposals.params.reset')}
                  </Button>
                )}
              </Space>
              <Problems line={l} />
              <LenderHint lenderIds={plan.lines.map((x) => x.lenderId)} lenderId={l.lenderId} lenderName={l.lenderName} remedy={l.terms.params.remedy} />
            </Space>
          ),
        },
        { title: t('proposals.columns.monthly'), key: 'monthly', align: 'right', width: 100, render: (_, l) => <MoneyText fen={l.terms.monthlyFen} /> },
        // The saving against the contract is internal: a secondary line under the total, so the
        // table keeps to a 1280-px laptop's width with the waiver column beside it.
        {
          title: (
            <Tooltip title={t('proposals.savingHelp')}>
              {t('proposals.columns.total')} <QuestionCircleOutlined />
            </Tooltip>
          ),
          key: 'total',
          align: 'right',
          width: 120,
          render: (_, l) => (
            <Space direction="vertical" size={0} align="end">
              <MoneyText fen={l.terms.totalFen} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('proposals.columns.saving')} <MoneyText fen={l.terms.savingFen} colorNegative />
              </Typography.Text>
            </Space>
          ),
        },
        {
          title: (
            <Tooltip title={t('proposals.waiverHelp')}>
              {t('proposals.columns.waiver')} <QuestionCircleOutlined />
            </Tooltip>
          ),
          key: 'waiver',
          align: 'right',
          width: 110,
          render: (_, l) => (
            <span data-testid={`waiver-${l.lenderName}`}>
              <MoneyText fen={waiverOf(l)} />
            </span>
          ),
        },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} />
          <Table.Summary.Cell index={1}>
            <strong>{t('proposals.total')}</strong>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={2} align="right">
            <MoneyText fen={plan.totals.outstandingFen} strong />
          </Table.Summary.Cell>
          <Table.Summary.Cell index={3} />
          <Table.Summary.Cell index={4} align="right">
            {plan.budgetFen > 0 ? <MoneyText fen={plan.budgetFen} strong /> : '—'}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={5} />
          <Table.Summary.Cell index={6} align="right">
            <span data-testid="total-monthly">
              <MoneyText fen={plan.totals.monthlyFen} strong />
            </span>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={7} align="right">
            <Space direction="vertical" size={0} align="end">
              <span data-testid="total-paid">
                <MoneyText fen={plan.totals.totalFen} strong />
              </span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('proposals.columns.saving')}{' '}
                <span data-testid="total-saving">
                  <MoneyText fen={plan.totals.savingFen} colorNegative />
                </span>
              </Typography.Text>
            </Space>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={8} align="right">
            <span data-testid="total-waiver">
              <MoneyText fen={plan.totals.waiverFen} strong />
            </span>
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}
