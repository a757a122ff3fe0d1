import { SaveOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Space } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../../../shared/domain/money';
import { buildProposal, overBudgetBy, type ProposalPlan } from '../../../../../shared/domain/proposal';
import type { ProposalDraftOutput, ProposalView } from '../../../../../shared/schemas/proposals';
import type { RemedyParams } from '../../../../../shared/schemas/remedies';
import { UnreadableAmounts, useUnreadableBoxes } from '../../../components/Money';
import { navigate, paths } from '../../../router';
import { BudgetPanel } from './BudgetPanel';
import { PlanLinesTable } from './PlanLinesTable';
import { useSaveScenario } from './useSaveScenario';

// The builder: the budget panel, a line per lender with its remedy and live terms, and
// saving as a named scenario. The plan is recomputed in the window with the same
// buildProposal the main process saves with, from the case figures of proposals.draft.

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
        <BudgetPanel draft={draft} plan={plan} state={state} set={set} />

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

        <PlanLinesTable plan={plan} state={state} onLine={setLine} />

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
