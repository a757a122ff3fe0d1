// The annual rate of a loan the way lenders disclose it and counsellors argue it: the
// IRR method (PBOC Announcement [2021] No. 3). All the costs of the loan are set against
// the principal actually in use, which comes to the rate per period of the real cash
// flows - the money received against every scheduled payment, fees included - times the
// number of periods in a year, without compounding: a monthly schedule's monthly IRR × 12.
//
// The method counts periods, not days. The k-th instalment of a monthly loan is period k
// whether the loan was dated mid-month or on 31 January (so that February makes the first
// period short); an actual-date XIRR counts days and reads those loans differently. Both
// secondary figures are given beside it, labelled: the effective annual rate (the periodic
// rate compounded over a year) and the XIRR.

import { irr, periodicIrr, type DatedFlow } from './cost';
import { addMonths, daysBetween, isValidIsoDate } from './dates';

/**
 * The period the schedule keeps. `month` with `months` 1, 2, 3, 4, 6 or 12 (quarterly is
 * 3); `day` with `days` 1, 7, 14 or 28 (daily, weekly, fortnightly, four-weekly); `term`
 * for a loan repaid in one payment a number of days after it was made (the period is the
 * whole term); `irregular` when the payments keep no grid (the period is then one day).
 */
export type IrrPeriod =
  | { kind: 'month'; months: number }
  | { kind: 'day'; days: number }
  | { kind: 'term'; days: number }
  | { kind: 'irregular' };

/** One line of the cash-flow table: the period it falls in, its date, money in (−) or out (+) for the client. */
export interface PeriodFlow {
  period: number;
  date: string;
  /** Negative: the money the client received (less anything paid back the same day); positive: what the client pays. */
  amountFen: number;
}

export interface IrrMethodCost {
  period: IrrPeriod;
  /** How many such periods make a year: 12 for months, 52 for weeks, 365 for days, 365 ÷ term for one payment. */
  periodsPerYear: number;
  /** The IRR per period of `flows`. */
  periodicRate: number;
  /** periodicRate × periodsPerYear: the IRR-method annual rate, the primary figure. */
  annualRate: number;
  /** (1 + periodicRate)^periodsPerYear − 1: the same rate compounded over a year. */
  effectiveAnnualRate: number;
  /** The XIRR of the same payments on their real dates (365-day year); null when none. */
  xirr: number | null;
  /** The cash flows the rate balances, one line per period that holds money, in order. */
  flows: PeriodFlow[];
}

export interface LoanFlows {
  /** What actually reached the client: the amount borrowed less any fee kept back; > 0. */
  receivedFen: number;
  receivedDate: string;
  /** Every scheduled payment (instalments and fees), positive, on its date. */
  payments: readonly DatedFlow[];
}

const MONTH_STEPS = [1, 2, 3, 4, 6, 12];
const DAY_STEPS = [1, 7, 14, 28];
/** Periods a year for a day grid: a year of weeks is 52, of fortnights 26, of four-week periods 13. */
const DAY_STEP_PER_YEAR: Record<number, number> = { 1: 365, 7: 52, 14: 26, 28: 13 };

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
const dayOfMonth = (date: string) => Number(date.slice(8, 10));
const daysInMonth = (date: string) => new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)), 0)).getUTCDate();

/** Whole months from `from` to `to` (addMonths(from, m) ≤ to), 0 when under a month. */
function wholeMonths(from: string, to: string): number {
  let m = Math.max(0, monthIndex(to) - monthIndex(from));
  while (m > 0 && addMonths(from, m) > to) m--;
  return m;
}

/**
 * Period numbers for the dates after the loan date (ascending, distinct), on a grid of
 * `step` months: every payment on the same day of the month (a shorter month's last day
 * standing in for a later day). The first payment is period 1 unless whole periods passed
 * before it (a payment holiday): a short or long first period is still one period.
 */
function monthGrid(receivedDate: string, dates: readonly string[]): { step: number; periods: number[] } | null {
  const gaps = dates.slice(1).map((d, i) => monthIndex(d) - monthIndex(dates[i]!));
  if (gaps.some((g) => g < 1)) return null;
  const step = gaps.reduce(gcd, 0);
  if (!MONTH_STEPS.includes(step)) return null;
  const anchor = Math.max(...dates.map(dayOfMonth));
  if (dates.some((d) => dayOfMonth(d) !== Math.min(anchor, daysInMonth(d)))) return null;
  const first = Math.max(1, Math.floor(wholeMonths(receivedDate, dates[0]!) / step));
  return { step, periods: dates.map((d) => first + (monthIndex(d) - monthIndex(dates[0]!)) / step) };
}

/** A single payment a whole number of months on: that many months is the step (0 when it is not). */
function wholeMonthsStep(receivedDate: string, date: string): number {
  const m = wholeMonths(receivedDate, date);
  return m > 0 && addMonths(receivedDate, m) === date ? m : 0;
}

/** Period numbers on a grid of `step` days, counted the same way as monthGrid's. */
function dayGrid(receivedDate: string, dates: readonly string[]): { step: number; periods: number[] } | null {
  const offsets = dates.map((d) => daysBetween(receivedDate, d));
  const gaps = offsets.slice(1).map((o, i) => o - offsets[i]!);
  const step = gaps.reduce(gcd, 0);
  // A gcd of one day is a daily loan only when it is paid every day; otherwise no grid.
  if (!DAY_STEPS.includes(step) || (step === 1 && gaps.some((g) => g !== 1))) return null;
  const first = Math.max(1, Math.floor(offsets[0]! / step));
  return { step, periods: offsets.map((o) => first + (o - offsets[0]!) / step) };
}

/** Which grid the payment dates keep, and the period number of each. */
function periodsOf(receivedDate: string, dates: readonly string[]): { period: IrrPeriod; periodsPerYear: number; periods: number[] } {
  if (dates.length === 1) {
    const months = wholeMonthsStep(receivedDate, dates[0]!);
    if (months > 0) return { period: { kind: 'month', months }, periodsPerYear: 12 / months, periods: [1] };
    const days = daysBetween(receivedDate, dates[0]!);
    return { period: { kind: 'term', days }, periodsPerYear: 365 / days, periods: [1] };
  }
  const months = monthGrid(receivedDate, dates);
  if (months) return { period: { kind: 'month', months: months.step }, periodsPerYear: 12 / months.step, periods: months.periods };
  const days = dayGrid(receivedDate, dates);
  if (days) return { period: { kind: 'day', days: days.step }, periodsPerYear: DAY_STEP_PER_YEAR[days.step]!, periods: days.periods };
  // No grid: a day is the period, so each payment falls on its real day.
  return { period: { kind: 'irregular' }, periodsPerYear: 365, periods: dates.map((d) => daysBetween(receivedDate, d)) };
}

/**
 * The IRR-method annual rate of a loan and the figures beside it. Payments on the loan
 * date (a fee paid at signing) lessen what was received in period 0; payments on the same
 * date are added together. Null when no rate can be said: nothing paid after the loan
 * date, a payment dated before the loan, or flows that never balance (the client repays
 * nothing at all). Throws RangeError for an invalid date or an amount that is not a
 * positive safe integer of fen (received) or a safe integer (payments).
 */
export function irrMethodCost(loan: LoanFlows): IrrMethodCost | null {
  const { receivedFen, receivedDate, payments } = loan;
  if (!Number.isSafeInteger(receivedFen) || receivedFen <= 0) throw new RangeError('the amount received must be a positive safe integer of fen');
  if (!isValidIsoDate(receivedDate)) throw new RangeError(`not a real YYYY-MM-DD date: ${receivedDate}`);
  const byDate = new Map<string, number>();
  for (const p of payments) {
    if (!Number.isSafeInteger(p.amountFen)) throw new RangeError(`not a safe integer amount of fen: ${p.amountFen}`);
    if (!isValidIsoDate(p.date)) throw new RangeError(`not a real YYYY-MM-DD date: ${p.date}`);
    byDate.set(p.date, (byDate.get(p.date) ?? 0) + p.amountFen);
  }
  if ([...byDate.keys()].some((d) => d < receivedDate)) return null;
  const atStart = byDate.get(receivedDate) ?? 0;
  byDate.delete(receivedDate);
  const dates = [...byDate.keys()].sort();
  if (dates.length === 0) return null;

  const { period, periodsPerYear, periods } = periodsOf(receivedDate, dates);
  const perPeriod = new Array<number>(periods[periods.length - 1]! + 1).fill(0);
  perPeriod[0] = -receivedFen + atStart;
  dates.forEach((d, i) => (perPeriod[periods[i]!]! += byDate.get(d)!));
  const periodicRate = periodicIrr(perPeriod);
  if (periodicRate === null) return null;

  const flows: PeriodFlow[] = [{ period: 0, date: receivedDate, amountFen: -receivedFen + atStart }];
  dates.forEach((d, i) => flows.push({ period: periods[i]!, date: d, amountFen: byDate.get(d)! }));
  return {
    period,
    periodsPerYear,
    periodicRate,
    annualRate: periodicRate * periodsPerYear,
    effectiveAnnualRate: Math.expm1(periodsPerYear * Math.log1p(periodicRate)),
    xirr: irr([{ date: receivedDate, amountFen: -receivedFen }, ...payments]),
    flows,
  };
}
