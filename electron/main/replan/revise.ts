import { todayIn } from '../../../shared/domain/dates';
import { lenderFigures, type PlanLineInput } from '../../../shared/domain/plan-figures';
import { buildProposal, contingencyFor, HARDSHIP_HOLD_MONTHS, type ProposalPlan } from '../../../shared/domain/proposal';
import type { LineFigures, RevisePreview, ReviseLine } from '../../../shared/schemas/replan';
import type { RemedyParams } from '../../../shared/schemas/remedies';
import type { HandlerContext } from '../context';
import { activeAgreementDebts } from '../db/agreements';
import { getProposalRow, lineParams, lineSchedule, listLineRows, type ProposalLineRow, type ProposalRow } from '../db/proposals';
import { notFound } from '../errors';
import { caseFigures } from '../proposals/handlers';
import { basisOfProposal, changeReader } from './basis';

// "Revise the plan": a saved proposal rebuilt from today's figures with the settings it was
// saved with – its term, its start (today if that has passed), the contingency the counsellor
// set (else the default for the new income), and the remedies the counsellor chose (the other
// lines get the builder's suggestion for their new share) – and compared lender by lender
// with the saved one. A lender's figures have changed when its remedy, regular payment,
// number of payments, total or waiver differ; those lenders, and only those, get a
// revised-offer letter, unless their debt is under an active agreement (that is a variation
// request's business) or is no longer owed.

/** A remedy the builder could have suggested (for proposals saved before the choices were kept). */
function looksSuggested(p: RemedyParams): boolean {
  if (p.remedy === 'instalments') return !p.withInterest && p.annualRate === undefined && p.waivers === undefined;
  if (p.remedy === 'hardship') return p.reviewMonths === HARDSHIP_HOLD_MONTHS;
  if (p.remedy === 'waiver') {
    const w = p.waivers;
    const all = (r: { mode: string; value: number } | undefined) => r?.mode === 'percent' && r.value === 100;
    return p.payBy === undefined && all(w.interest) && all(w.penalty) && all(w.fees) && (w.principal === undefined || w.principal.mode === 'amount');
  }
  return false;
}

function figuresOf(line: PlanLineInput, plan: { startDate: string; months: number }): LineFigures {
  const f = lenderFigures(line, plan);
  return { remedy: f.remedy, monthlyFen: f.monthlyFen, instalments: f.instalments, totalFen: f.totalFen, waiverFen: f.waiverFen, balanceFen: f.balanceFen };
}

const savedLine = (r: ProposalLineRow): PlanLineInput => ({
  outstandingFen: r.outstanding_fen,
  terms: { params: lineParams(r), schedule: lineSchedule(r), totalFen: r.total_fen, monthlyFen: r.monthly_fen },
});

const differ = (a: LineFigures, b: LineFigures) =>
  a.remedy !== b.remedy || a.monthlyFen !== b.monthlyFen || a.instalments !== b.instalments || a.totalFen !== b.totalFen || a.waiverFen !== b.waiverFen;

export interface Revision {
  proposal: ProposalRow;
  preview: RevisePreview;
  plan: ProposalPlan;
  figures: ReturnType<typeof caseFigures>;
  /** The settings the revised plan was built with, kept as its new basis. */
  chosen: number[];
  contingencyFen: number | undefined;
}

/** The revised plan of a saved proposal, beside the saved one. Reads only. */
export function revise(ctx: HandlerContext, proposalId: number): Revision {
  const { db } = ctx;
  const p = getProposalRow(db, proposalId);
  if (!p) throw notFound();
  const rows = listLineRows(db, proposalId);
  const stored = basisOfProposal(db, p);
  const today = todayIn(ctx.timeZone(), ctx.now());
  const startDate = p.start_date < today ? today : p.start_date;
  // The contingency: as the counsellor set it, else the default for the new income.
  const keptContingency = stored.basis.contingencyFen !== undefined ? stored.basis.contingencyFen : p.contingency_fen === contingencyFor(Math.max(0, p.disposable_fen)) ? null : p.contingency_fen;
  const contingencyFen = keptContingency ?? undefined;
  const chosenIds = new Set(stored.basis.chosen ?? rows.filter((r) => !looksSuggested(lineParams(r))).map((r) => r.debt_id));
  const figures = caseFigures(db, p.client_id);
  const overrides: Record<number, RemedyParams> = {};
  for (const r of rows) if (chosenIds.has(r.debt_id) && figures.debts.some((d) => d.debtId === r.debt_id)) overrides[r.debt_id] = lineParams(r);
  let plan = buildProposal(figures, { months: p.months, startDate, contingencyFen, overrides });
  // A choice that no longer fits the new figures (a settlement above the new balance…) gives way to the suggestion.
  const dropped = new Set(plan.lines.filter((l) => Object.keys(l.problems).length > 0 && overrides[l.debtId]).map((l) => l.debtId));
  if (dropped.size) {
    for (const id of dropped) delete overrides[id];
    plan = buildProposal(figures, { months: p.months, startDate, contingencyFen, overrides });
  }

  const underAgreement = activeAgreementDebts(db, p.client_id);
  const before = new Map(rows.map((r) => [r.debt_id, r]));
  const lines: ReviseLine[] = [];
  for (const l of plan.lines) {
    const old = before.get(l.debtId);
    const after = figuresOf(l, plan);
    const was = old ? figuresOf(savedLine(old), { startDate: p.start_date, months: p.months }) : null;
    lines.push({
      debtId: l.debtId,
      lenderId: l.lenderId,
      lenderName: l.lenderName,
      before: was,
      after,
      changed: was === null || differ(was, after),
      underAgreement: underAgreement.has(l.debtId),
      choiceDropped: dropped.has(l.debtId),
    });
    before.delete(l.debtId);
  }
  // Debts the saved plan had that are no longer owed (settled, written off, deleted).
  for (const old of before.values()) {
    lines.push({
      debtId: old.debt_id,
      lenderId: old.lender_id,
      lenderName: old.lender_name,
      before: figuresOf(savedLine(old), { startDate: p.start_date, months: p.months }),
      after: null,
      changed: true,
      underAgreement: underAgreement.has(old.debt_id),
      choiceDropped: false,
    });
  }
  const letterLenderIds = [...new Set(lines.filter((l) => l.changed && l.before && l.after && !l.underAgreement).map((l) => l.lenderId))];
  const savedMonthly = rows.reduce((s, r) => s + (r.monthly_fen ?? 0), 0);
  const preview: RevisePreview = {
    proposalId: p.id,
    rev: p.rev,
    name: p.name,
    changes: changeReader(db, p.client_id)(stored),
    before: { disposableFen: p.disposable_fen, budgetFen: p.budget_fen, monthlyFen: savedMonthly, months: p.months, startDate: p.start_date },
    after: { disposableFen: plan.disposableFen, budgetFen: plan.budgetFen, monthlyFen: plan.totals.monthlyFen, months: plan.months, startDate: plan.startDate },
    lines,
    letterLenderIds,
  };
  return { proposal: p, preview, plan, figures, chosen: Object.keys(overrides).map(Number), contingencyFen };
}
