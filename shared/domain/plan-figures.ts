// The figures a lender reads about its line of a plan, computed once from the line's terms,
// so the packet's tables, its "your terms" section, the letter's merge fields, the proposal
// document and the proposals tab cannot disagree:
//
//   lenderFigures(line, plan) -> { monthly, instalments, first/last due date, total, waiver, beyondTerm }
//
// The waiver (减免金额) is the part of today's balance the plan asks the lender to give up:
// balance − total repaid, never below 0 and never above the balance. A hardship hold asks
// for time, not money: its waiver is 0. The "saving against the contract" (Terms.savingFen)
// is an internal figure and is not part of what this returns.
import type { Instalment, RemedyParams } from '../schemas/remedies';
import { addMonths } from './dates';

export interface PlanLineInput {
  outstandingFen: number;
  terms: { params: RemedyParams; schedule: readonly Instalment[]; totalFen: number; monthlyFen: number | null };
}

export interface LenderFigures {
  balanceFen: number;
  remedy: RemedyParams['remedy'];
  /** The regular payment (null for one-off payments and holds). */
  monthlyFen: number | null;
  /** How many payments the schedule has. */
  instalments: number;
  firstDueDate: string | null;
  lastDueDate: string | null;
  totalFen: number;
  /** Part of the balance the plan asks the lender to give up: 0 ≤ waiverFen ≤ balanceFen. */
  waiverFen: number;
  /** The line runs past the plan's term: an exception the counsellor chose. */
  beyondTerm: boolean;
  /** Part of the principal is asked to be waived (the share cannot clear it within the term). */
  waivesPrincipal: boolean;
}

/** The last due date a plan of `months` monthly payments from `startDate` allows. */
export function termEnd(startDate: string, months: number): string {
  return addMonths(startDate, Math.max(0, months - 1));
}

/** Whether a schedule (or an extension / hold date) runs past the plan's term. */
export function isBeyondTerm(params: RemedyParams, schedule: readonly Instalment[], startDate: string, months: number): boolean {
  const end = termEnd(startDate, months);
  const last = schedule.length ? schedule[schedule.length - 1]!.dueDate : null;
  if (last !== null && last > end) return true;
  return params.remedy === 'hardship' ? false : schedule.length > months;
}

function waivesPrincipal(params: RemedyParams): boolean {
  if (params.remedy !== 'waiver' && params.remedy !== 'instalments' && params.remedy !== 'extension') return false;
  const r = params.waivers?.principal;
  return !!r && r.value > 0;
}

export function waiverOf(line: PlanLineInput): number {
  if (line.terms.params.remedy === 'hardship') return 0;
  return Math.min(line.outstandingFen, Math.max(0, line.outstandingFen - line.terms.totalFen));
}

export function lenderFigures(line: PlanLineInput, plan: { startDate: string; months: number }): LenderFigures {
  const s = line.terms.schedule;
  return {
    balanceFen: line.outstandingFen,
    remedy: line.terms.params.remedy,
    monthlyFen: line.terms.monthlyFen,
    instalments: s.length,
    firstDueDate: s.length ? s[0]!.dueDate : null,
    lastDueDate: s.length ? s[s.length - 1]!.dueDate : null,
    totalFen: line.terms.totalFen,
    waiverFen: waiverOf(line),
    beyondTerm: isBeyondTerm(line.terms.params, s, plan.startDate, plan.months),
    waivesPrincipal: waivesPrincipal(line.terms.params),
  };
}
