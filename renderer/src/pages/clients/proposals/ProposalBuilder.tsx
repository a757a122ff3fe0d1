import { QuestionCircleOutlined, SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Input, InputNumber, Radio, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useMemo, useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../../../shared/domain/money';
import { waiverOf } from '../../../../../shared/domain/plan-figures';
import { buildProposal, overBudgetBy, type ProposalLine, type ProposalPlan } from '../../../../../shared/domain/proposal';
import type { ProposalDraftOutput, ProposalView } from '../../../../../shared/schemas/proposals';
import type { RemedyParams } from '../../../../../shared/schemas/remedies';
import { DateInput } from '../../../components/DateInput';
import { MoneyInput, MoneyText, UnreadableAmounts, useUnreadableBoxes } from '../../../components/Money';
import { navigate, paths } from '../../../router';
import { RemedyEditor } from './RemedyEditor';
import { LenderHint } from '../../../components/insights/LenderHint';
import { useSaveScenario } from './useSaveScenario';

// The builder: the budget panel, a line per lender with its remedy and live terms, and
// saving as a named scenario. The plan is recomputed in the window with the same
// buildProposal the main process saves with, from the case figures of proposals.draft.

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

const NOTICE_KEYS = {
  noStatement: 'proposals.notice.noStatement',
  noBudget: 'proposals.notice.noBudget',
  priorityExceeds: 'proposals.notice.priorityExceeds',
  noDebts: 'proposals.notice.noDebts',
  overBudget: 'proposals.notice.overBudget',
} as const;

export interface BuilderState {
  months: number;
  startDate: string;
  contingencyFen: number | undefined;
  overrides: Record<number, RemedyParams>;
  name: string;
}

/**
 * The builder's state for a saved scenario. A saved line whose remedy is what the builder
 * would suggest today stays a suggestion (it follows later changes of months or start);
 * the others are the counsellor's choices.
 */
export function stateOf(p: ProposalView, draft: ProposalDraftOutput): BuilderState {
  const suggested = buildProposal({ disposableFen: draft.disposableFen, debts: draft.debts }, { months: p.months, startDate: p.startDate, contingencyFen: p.contingencyFen });
  const same = (debtId: number, params: RemedyParams) => JSON.stringify(suggested.lines.find((l) => l.debtId === debtId)?.terms.params) === JSON.stringify(params);
  return {
    months: p.months,
    startDate: p.startDate,
    contingencyFen: p.contingencyFen,
    overrides: Object.fromEntries(p.lines.filter((l) => !same(l.debtId, l.terms.params)).map((l) => [l.debtId, l.terms.params])),
    name: p.name,
  };
}

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

export function ProposalBuilder({
  clientId,
  draft,
  editing,
  initial,
  onSaved,
}: {
  clientId: number;
  draft: ProposalDraftOutput;
  editing: ProposalView | null;
  initial: BuilderState;
  onSaved: (p: ProposalView) => void;
}) {
  const { t } = useTranslation();
  const [state, setState] = useState<BuilderState>(initial);
  const saver = useSaveScenario(clientId, editing, onSaved);
  const set = (patch: Partial<BuilderState>) => setState((s) => ({ ...s, ...patch }));

  const plan: ProposalPlan = useMemo(
    () =>
      buildProposal(
        { disposableFen: draft.disposableFen, debts: draft.debts },
        { months: state.months, startDate: state.startDate, contingencyFen: state.contingencyFen, overrides: state.overrides },
      ),
    [draft, state.months, state.startDate, state.contingencyFen, state.overrides],
  );
  const hasProblems = plan.lines.some((l) => Object.keys(l.problems).length > 0);

  const setLine = (debtId: number, params: RemedyParams | null) =>
    setState((s) => {
      const overrides = { ...s.overrides };
      if (params) overrides[debtId] = params;
      else delete overrides[debtId];
      return { ...s, overrides };
    });

  function save(asNew: boolean) {
    void saver.save(
      {
        name: state.name.trim() || t('proposals.save.defaultName', { months: state.months }),
        months: state.months,
        startDate: state.startDate,
        ...(state.contingencyFen === undefined ? {} : { contingencyFen: state.contingencyFen }),
        lines: Object.entries(state.overrides).map(([debtId, params]) => ({ debtId: Number(debtId), params })),
      },
      asNew,
    );
  }

  const shortBy = plan.disposableFen - plan.contingencyFen - plan.priorityFen;
  // An amount box holding text that is not an amount keeps its last figure in the plan; saving waits until it is put right.
  const [unreadable, reportUnreadable] = useUnreadableBoxes();
  const blocked = hasProblems || unreadable.size > 0;

  return (
    <UnreadableAmounts value={reportUnreadable}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="proposal-builder">
        <Card size="small" title={t('proposals.budget.title')}>
          <Space wrap size="large" align="start">
            <Descriptions
              size="small"
              column={1}
              data-testid="proposal-budget"
              items={[
                {
                  key: 'disposable',
                  label: t('proposals.budget.disposable'),
                  children: (
                    <Space direction="vertical" size={0}>
                      <span data-testid="budget-disposable">
                        <MoneyText fen={draft.disposableFen} colorNegative />
                      </span>
                      {draft.statementDate && (
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {t('proposals.budget.statementOf', { date: draft.statementDate })}
                        </Typography.Text>
                      )}
                    </Space>
                  ),
                },
                {
                  key: 'contingency',
                  label: (
                    <Tooltip title={t('proposals.budget.contingencyHelp')}>
                      <label htmlFor="budget-contingency">{t('proposals.budget.contingency')}</label> <QuestionCircleOutlined />
                    </Tooltip>
                  ),
                  children: (
                    <span>
                      − <MoneyInput id="budget-contingency" size="small" style={{ width: 140 }} data-testid="budget-contingency" value={plan.contingencyFen} onChange={(v) => typeof v !== 'string' && set({ contingencyFen: v ?? undefined })} />
                    </span>
                  ),
                },
                {
                  key: 'priority',
                  label: (
                    <Tooltip title={t('proposals.budget.priorityHelp')}>
                      {t('proposals.budget.priority')} <QuestionCircleOutlined />
                    </Tooltip>
                  ),
                  children: (
                    <span data-testid="budget-priority">
                      − <MoneyText fen={plan.priorityFen} />
                    </span>
                  ),
                },
                {
                  key: 'shared',
                  label: <strong>{t('proposals.budget.shared')}</strong>,
                  children: (
                    <span data-testid="budget-shared">
                      <MoneyText fen={plan.budgetFen} strong colorNegative />
                    </span>
                  ),
                },
              ]}
            />
            <Space direction="vertical">
              <Space>
                <Typography.Text>{t('proposals.budget.months')}</Typography.Text>
                <InputNumber min={1} max={180} precision={0} aria-label={t('proposals.budget.months')} data-testid="proposal-months" value={state.months} onChange={(v) => v !== null && set({ months: Math.min(180, Math.max(1, Math.round(v))) })} />
                <Radio.Group
                  size="small"
                  optionType="button"
                  value={[24, 36, 60].includes(state.months) ? state.months : null}
                  options={[24, 36, 60].map((m) => ({ value: m, label: String(m) }))}
                  onChange={(e) => set({ months: e.target.value as number })}
                />
              </Space>
              <Space>
                <label htmlFor="proposal-start-date">{t('proposals.budget.startDate')}</label>
                <DateInput id="proposal-start-date" allowClear={false} style={{ width: 150 }} value={state.startDate} onChange={(d) => d && set({ startDate: d })} />
              </Space>
            </Space>
          </Space>
        </Card>

        {plan.notices.map((n) => (
          <Alert
            key={n}
            showIcon
            type={n === 'noStatement' || n === 'overBudget' ? 'warning' : n === 'noDebts' ? 'info' : 'error'}
            data-testid={`notice-${n}`}
            title={t(NOTICE_KEYS[n], { amount: n === 'priorityExceeds' ? formatMoney(-shortBy) : n === 'overBudget' ? formatMoney(overBudgetBy(plan.lines, plan.budgetFen)) : undefined })}
            action={
              n === 'noStatement' ? (
                <Button size="small" onClick={() => navigate(paths.client(clientId, 'finances'))}>
                  {t('proposals.notice.noStatementLink')}
                </Button>
              ) : undefined
            }
          />
        ))}

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
                    params={l.terms.params}
                    ctx={{ months: state.months, startDate: state.startDate, outstandingFen: l.outstandingFen }}
                    onChange={(p) => setLine(l.debtId, p)}
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
                      <Button size="small" type="link" icon={<UndoOutlined />} onClick={() => setLine(l.debtId, null)}>
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

        {blocked && <Alert type="error" showIcon title={t('proposals.save.invalid')} />}
        <Space wrap>
          <Input
            style={{ width: 260 }}
            placeholder={t('proposals.save.defaultName', { months: state.months })}
            addonBefore={t('proposals.save.name')}
            data-testid="proposal-name"
            value={state.name}
            maxLength={100}
            onChange={(e) => set({ name: e.target.value })}
          />
          <Button type="primary" icon={<SaveOutlined />} data-testid="proposal-save" loading={saver.pending} disabled={blocked} onClick={() => save(false)}>
            {editing ? t('proposals.save.update') : t('proposals.save.create')}
          </Button>
          {editing && (
            <Button disabled={blocked} onClick={() => save(true)}>
              {t('proposals.save.asNew')}
            </Button>
          )}
        </Space>
        {saver.modal}
      </Space>
    </UnreadableAmounts>
  );
}
