import { isBeyondTerm, waiverOf } from '../../../shared/domain/plan-figures';
import { overBudgetBy, type ProposalNotice } from '../../../shared/domain/proposal';
import type { ProposalView } from '../../../shared/schemas/proposals';
import { lineParams, lineSchedule, type ProposalLineRow, type ProposalRow } from '../db/proposals';

// A saved proposal (or a kept version of one) as the window sees it, from its stored figures.

/** What a saved proposal says about itself, derived from its stored figures (as buildProposal says it). */
function noticesOf(p: ProposalRow, lines: ProposalLineRow[]): ProposalNotice[] {
  const out: ProposalNotice[] = [];
  if (p.statement_id === null) out.push('noStatement');
  if (lines.length === 0) out.push('noDebts');
  const available = p.disposable_fen - p.contingency_fen;
  if (available > 0 && p.budget_fen < 0) out.push('priorityExceeds');
  if (p.budget_fen <= 0 && lines.some((l) => l.priority === 0)) out.push('noBudget');
  if (p.budget_fen > 0 && overBudgetBy(lines.map((l) => ({ priority: l.priority === 1, terms: { monthlyFen: l.monthly_fen } })), p.budget_fen) > 0) out.push('overBudget');
  return out;
}

export function toView(p: ProposalRow, rows: ProposalLineRow[]): ProposalView {
  const lines = rows.map((r) => {
    const schedule = lineSchedule(r);
    const params = lineParams(r);
    return {
      debtId: r.debt_id,
      lenderId: r.lender_id,
      lenderName: r.lender_name,
      productType: r.product_type,
      priority: r.priority === 1,
      outstandingFen: r.outstanding_fen,
      shareFen: r.share_fen,
      shareOfBudget: r.priority === 0 && p.budget_fen > 0 ? r.share_fen / p.budget_fen : null,
      reason: null,
      terms: {
        params,
        schedule,
        totalFen: r.total_fen,
        monthlyFen: r.monthly_fen,
        months: r.monthly_fen === null ? null : schedule.length,
        savingFen: r.saving_fen,
      },
      problems: {},
      beyondTerm: isBeyondTerm(params, schedule, p.start_date, p.months),
    };
  });
  const dates = lines.flatMap((l) => l.terms.schedule.map((s) => s.dueDate)).sort();
  return {
    id: p.id,
    clientId: p.client_id,
    name: p.name,
    statementId: p.statement_id,
    notes: p.notes,
    rev: p.rev,
    createdAt: p.created_at,
    updatedAt: p.updated_at,
    disposableFen: p.disposable_fen,
    contingencyFen: p.contingency_fen,
    priorityFen: p.priority_fen,
    budgetFen: p.budget_fen,
    months: p.months,
    startDate: p.start_date,
    notices: noticesOf(p, rows),
    lines,
    totals: {
      monthlyFen: lines.reduce((s, l) => s + (l.terms.monthlyFen ?? 0), 0),
      totalFen: lines.reduce((s, l) => s + l.terms.totalFen, 0),
      savingFen: lines.reduce((s, l) => s + l.terms.savingFen, 0),
      waiverFen: lines.reduce((s, l) => s + waiverOf(l), 0),
      outstandingFen: lines.reduce((s, l) => s + l.outstandingFen, 0),
      lastDueDate: dates.length ? dates[dates.length - 1]! : null,
    },
  };
}
