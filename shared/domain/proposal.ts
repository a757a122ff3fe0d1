// The proposal builder's arithmetic: from the client's monthly disposable income to a
// remedy and its terms for every debt. Pure: the main process runs it to save a proposal
// (from the database's figures, never the window's), the window runs it for live preview.
//
//   buildProposal(caseFigures, options) -> ProposalPlan
//
// The budget, per month:
//   disposable (latest statement; none -> 0, with a notice)
//   − contingency (default 10 % of a positive disposable, capped at CONTINGENCY_CAP_FEN;
//     the counsellor may set it instead)
//   − priority set-aside (the sum of the regular monthly payments of the priority debts'
//     terms; by default each priority debt is repaid interest-free over the proposal's months)
//   = budget, shared among the non-priority debts pro rata by outstanding balance
//     (allocateProRata: largest remainder, exact, deterministic).
//
// The suggested remedy per non-priority debt follows from its share S over M months, and
// always ends within the term M (the counsellor may extend one line by hand: an exception,
// flagged beyondTerm):
//   S × M ≥ balance         -> instalments, interest-free, over ceil(balance / S) months (≤ M)
//   S × M ≥ principal       -> a waiver of interest, penalty and fees, the principal in monthly
//                               instalments of at most S within the term
//   otherwise                -> S a month for M months, and the rest of the balance asked to be
//                               waived, said openly: every charge and the part of the
//                               principal S × M cannot reach
//   S = 0 (no budget, or a balance too small to get a fen) -> a hardship request: hold
//                               collection for three months while the situation is reviewed.
// When nothing is left after the contingency, the priority debts too get a hardship request:
// the builder never proposes instalments the client cannot pay.

import type { RemedyParams, Terms, Waivers } from '../schemas/remedies';
import { addMonths } from './dates';
import { allocateProRata, assertFen, mulRate, sumFen } from './money';
import { isBeyondTerm, waiverOf } from './plan-figures';
import { checkRemedy, outstandingOf, termsFor, type DebtFigures } from './remedies';

/** Default contingency: 10 % of a positive disposable income, at most ¥500 a month. */
export const CONTINGENCY_RATE = 0.1;
export const CONTINGENCY_CAP_FEN = 50_000;
/** How long a hardship request asks the lender to hold, in months. */
export const HARDSHIP_HOLD_MONTHS = 3;
export const MAX_MONTHS = 180;
export const MAX_CARD_MONTHS = 60;

export interface ProposalDebt extends DebtFigures {
  debtId: number;
  lenderId: number;
  lenderName: string;
  productType: string;
  priority: boolean;
}

export interface CaseFigures {
  /** Monthly disposable income from the latest statement; null when there is no statement. */
  disposableFen: number | null;
  debts: readonly ProposalDebt[];
}

export interface ProposalOptions {
  months: number;
  startDate: string;
  /** The contingency set aside each month; default contingencyFor(disposable). */
  contingencyFen?: number;
  /** Remedies the counsellor chose, by debt id; the others get the suggestion. */
  overrides?: Readonly<Record<number, RemedyParams>>;
}

/** Why a line has the remedy it has (i18n keys under proposals.reason). */
export type LineReason = 'priority' | 'fits' | 'card' | 'waiverAtShare' | 'remainderWaived' | 'atShare' | 'noShare' | 'noBudget' | 'chosen';
/** Notices about the whole proposal (i18n keys under proposals.notice). */
export type ProposalNotice = 'noStatement' | 'noBudget' | 'priorityExceeds' | 'noDebts' | 'overBudget';

export interface ProposalLine {
  debtId: number;
  lenderId: number;
  lenderName: string;
  productType: string;
  priority: boolean;
  outstandingFen: number;
  /** The pro-rata share of the monthly budget (0 for priority debts and without a budget). */
  shareFen: number;
  /** shareFen as a fraction of the budget (null without a budget or for priority debts). */
  shareOfBudget: number | null;
  reason: LineReason;
  terms: Terms;
  /** Problems with the chosen params (field -> i18n key); empty when usable. */
  problems: Record<string, string>;
  /** The line runs past the plan's term (a remedy the counsellor chose): shown as an exception. */
  beyondTerm: boolean;
}

export interface ProposalPlan {
  disposableFen: number;
  contingencyFen: number;
  priorityFen: number;
  budgetFen: number;
  months: number;
  startDate: string;
  notices: ProposalNotice[];
  lines: ProposalLine[];
  totals: { monthlyFen: number; totalFen: number; savingFen: number; waiverFen: number; outstandingFen: number; lastDueDate: string | null };
}

/** 10 % of a positive disposable income, capped; nothing for zero or negative. */
export function contingencyFor(disposableFen: number, rate = CONTINGENCY_RATE, capFen = CONTINGENCY_CAP_FEN): number {
  assertFen(disposableFen);
  if (disposableFen <= 0) return 0;
  return Math.min(capFen, mulRate(disposableFen, rate));
}

const ceilDiv = (a: number, b: number) => Math.floor((a + b - 1) / b);
const ALL_CHARGES = { interest: { mode: 'percent', value: 100 }, penalty: { mode: 'percent', value: 100 }, fees: { mode: 'percent', value: 100 } } as const satisfies Waivers;

function hardship(startDate: string): RemedyParams {
  return { remedy: 'hardship', holdUntil: addMonths(startDate, HARDSHIP_HOLD_MONTHS), reviewMonths: HARDSHIP_HOLD_MONTHS };
}

/** The remedy the builder suggests for a non-priority debt with a monthly share. */
export function suggestRemedy(debt: ProposalDebt, shareFen: number, months: number, startDate: string): { params: RemedyParams; reason: LineReason } {
  const balance = outstandingOf(debt);
  if (shareFen <= 0) return { params: hardship(startDate), reason: 'noShare' };
  if (shareFen * months >= balance) {
    return { params: { remedy: 'instalments', months: Math.max(1, ceilDiv(balance, shareFen)), withInterest: false }, reason: 'fits' };
  }
  const reachable = shareFen * months;
  if (reachable >= debt.principalFen) {
    // Waiving every charge leaves the principal, which the share clears within the term.
    return { params: { remedy: 'waiver', waivers: ALL_CHARGES, months: Math.max(1, ceilDiv(debt.principalFen, shareFen)) }, reason: 'waiverAtShare' };
  }
  const waivers = { ...ALL_CHARGES, principal: { mode: 'amount', value: debt.principalFen - reachable } } as const;
  return { params: { remedy: 'waiver', waivers, months }, reason: 'remainderWaived' };
}

/** How far the regular monthly payments of the non-priority lines exceed the budget (0 when within it). */
export function overBudgetBy(lines: readonly { priority: boolean; terms: { monthlyFen: number | null } }[], budgetFen: number): number {
  const monthly = sumFen(lines.filter((l) => !l.priority).map((l) => l.terms.monthlyFen ?? 0));
  return Math.max(0, monthly - Math.max(0, budgetFen));
}

/** The proposal for a case: budget, shares, a remedy and its terms per debt, and totals. */
export function buildProposal(figures: CaseFigures, options: ProposalOptions): ProposalPlan {
  const { months, startDate } = options;
  if (!Number.isSafeInteger(months) || months < 1 || months > MAX_MONTHS) throw new RangeError(`months out of range: ${months}`);
  const overrides = options.overrides ?? {};
  const notices: ProposalNotice[] = [];
  const disposableFen = figures.disposableFen ?? 0;
  if (figures.disposableFen === null) notices.push('noStatement');
  const contingencyFen = options.contingencyFen ?? contingencyFor(Math.max(0, disposableFen));
  assertFen(contingencyFen);
  const available = disposableFen - contingencyFen;

  // Debts with nothing outstanding have nothing to negotiate.
  const debts = figures.debts.filter((d) => outstandingOf(d) > 0);
  if (debts.length === 0) notices.push('noDebts');

  const line = (d: ProposalDebt, params: RemedyParams, reason: LineReason, shareFen: number, shareOfBudget: number | null): ProposalLine => ({
    debtId: d.debtId,
    lenderId: d.lenderId,
    lenderName: d.lenderName,
    productType: d.productType,
    priority: d.priority,
    outstandingFen: outstandingOf(d),
    shareFen,
    shareOfBudget,
    reason,
    ...withTerms(d, params),
    problems: checkRemedy(d, params, startDate),
  });
  function withTerms(d: ProposalDebt, params: RemedyParams) {
    const terms = termsFor(d, params, startDate);
    return { terms, beyondTerm: isBeyondTerm(terms.params, terms.schedule, startDate, months) };
  }

  // Priority debts first: what they need each month is set aside before anything is shared.
  const priorityLines = debts
    .filter((d) => d.priority)
    .map((d) => {
      const chosen = overrides[d.debtId];
      if (chosen) return line(d, chosen, 'chosen', 0, null);
      if (available <= 0) return line(d, hardship(startDate), 'noBudget', 0, null);
      return line(d, { remedy: 'instalments', months, withInterest: false }, 'priority', 0, null);
    });
  const priorityFen = sumFen(priorityLines.map((l) => l.terms.monthlyFen ?? 0));
  const budgetFen = available - priorityFen;
  if (available > 0 && budgetFen < 0) notices.push('priorityExceeds');
  if (budgetFen <= 0 && debts.some((d) => !d.priority)) notices.push('noBudget');

  const others = debts.filter((d) => !d.priority);
  const shares = budgetFen > 0 ? allocateProRata(budgetFen, others.map(outstandingOf)) : others.map(() => 0);
  const otherLines = others.map((d, i) => {
    const share = shares[i]!;
    const ofBudget = budgetFen > 0 ? share / budgetFen : null;
    const chosen = overrides[d.debtId];
    if (chosen) return line(d, chosen, 'chosen', share, ofBudget);
    if (budgetFen <= 0) return line(d, hardship(startDate), 'noBudget', share, ofBudget);
    const s = suggestRemedy(d, share, months, startDate);
    return line(d, s.params, s.reason, share, ofBudget);
  });

  const lines = [...priorityLines, ...otherLines];
  // Said plainly when the regular payments to the others exceed what was shared (a card plan
  // capped at 60 months, a remedy chosen by hand): the client could not keep it up.
  if (budgetFen > 0 && overBudgetBy(otherLines, budgetFen) > 0) notices.push('overBudget');
  const dates = lines.flatMap((l) => l.terms.schedule.map((s) => s.dueDate)).sort();
  return {
    disposableFen,
    contingencyFen,
    priorityFen,
    budgetFen,
    months,
    startDate,
    notices,
    lines,
    totals: {
      monthlyFen: sumFen(lines.map((l) => l.terms.monthlyFen ?? 0)),
      totalFen: sumFen(lines.map((l) => l.terms.totalFen)),
      savingFen: lines.reduce((s, l) => s + l.terms.savingFen, 0),
      waiverFen: sumFen(lines.map(waiverOf)),
      outstandingFen: sumFen(lines.map((l) => l.outstandingFen)),
      lastDueDate: dates.length ? dates[dates.length - 1]! : null,
    },
  };
}
