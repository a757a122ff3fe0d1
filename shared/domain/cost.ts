// The true cost of a loan: the rate at which the money the client actually received and
// every payment they make balance out - an internal rate of return, the figure
// spreadsheets give with XIRR (dated flows), IRR (one flow per period) and RATE (an
// annuity). Online loans can cost thousands of percent a year and some flows lose almost
// everything, so the solver works over rates from just above −100% to astronomically
// high, never overflows, and never returns NaN or Infinity: "no answer" is null.
//
// Signs: any consistent convention works (irrMethodCost counts the money received as
// negative and the payments as positive); a rate exists only when the flows
// hold at least one amount of each sign and some time passes between them.

import { daysBetween } from './dates';

export interface DatedFlow {
  date: string;
  amountFen: number;
}

// The solver's unknown is x = ln(1 + r) rather than r: every r in (−1, ∞) is some real x,
// the discount factor (1 + r)^−t is just e^(−x·t), and far-off rates are not far off in x.
// The range covers r from −1 + 2e-16 (x = −36) to about 1e304 (x = 700, still finite).
const X_MIN = -36;
const X_MAX = 700;
const MAX_ITERATIONS = 300;

/**
 * A root of f in [X_MIN, X_MAX], searched outward from x0. The bracket search walks left
 * and right in doubling steps until f changes sign, so of several roots (flows that change
 * sign more than once can have several rates) it finds the one nearest the guess at that
 * resolution. Then Newton steps, each replaced by a bisection when it would leave the
 * bracket or shrink it too slowly, so it always converges. Null when f never changes sign
 * (or is not finite).
 */
function findRoot(f: (x: number) => number, df: (x: number) => number, x0: number): number | null {
  const start = Math.min(X_MAX, Math.max(X_MIN, x0));
  const f0 = f(start);
  if (!Number.isFinite(f0)) return null;
  if (f0 === 0) return start;
  let left = start;
  let fLeft = f0;
  let right = start;
  let fRight = f0;
  for (let step = 0.05; left > X_MIN || right < X_MAX; step *= 2) {
    if (right < X_MAX) {
      const x = Math.min(X_MAX, start + step);
      const fx = f(x);
      if (!Number.isFinite(fx)) return null;
      if (fx === 0) return x;
      if (Math.sign(fx) !== Math.sign(fRight)) return polish(f, df, right, fRight, x);
      right = x;
      fRight = fx;
    }
    if (left > X_MIN) {
      const x = Math.max(X_MIN, start - step);
      const fx = f(x);
      if (!Number.isFinite(fx)) return null;
      if (fx === 0) return x;
      if (Math.sign(fx) !== Math.sign(fLeft)) return polish(f, df, x, fx, left);
      left = x;
      fLeft = fx;
    }
  }
  return null;
}

/** Safeguarded Newton inside [lo, hi], where f(lo) = fLo and f(hi) has the other sign. */
function polish(f: (x: number) => number, df: (x: number) => number, lo: number, fLo: number, hi: number): number | null {
  let x = (lo + hi) / 2;
  let lastWidth = hi - lo;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    const fx = f(x);
    if (!Number.isFinite(fx)) return null;
    if (fx === 0) return x;
    if (Math.sign(fx) === Math.sign(fLo)) {
      lo = x;
      fLo = fx;
    } else {
      hi = x;
    }
    const tolerance = 4 * Number.EPSILON * Math.max(1, Math.abs(x));
    if (hi - lo <= tolerance) return (lo + hi) / 2;
    let next = x - fx / df(x);
    // Bisect when Newton jumps out of the bracket or the bracket is not at least halving
    // every other step (Newton far from the root can crawl).
    const width = hi - lo;
    if (!Number.isFinite(next) || next <= lo || next >= hi || width > 0.5 * lastWidth) {
      next = (lo + hi) / 2;
      lastWidth = width;
    }
    if (Math.abs(next - x) <= tolerance) return next;
    x = next;
  }
  return null;
}

/** One signed amount at time t (in periods or years from the earliest flow). */
interface Term {
  amount: number;
  t: number;
}

/**
 * For flows Σ a·e^(−x·t), the function g(x) = ln(Σ positive terms) − ln(Σ |negative terms|)
 * and its derivative. g has the same zeros as the net present value but cannot overflow
 * (each sum is taken as a log-sum-exp), and for an ordinary loan - money out first,
 * payments back later - it is strictly decreasing, so the root is unique. Its derivative
 * is the difference of the two sides' present-value-weighted mean times.
 */
function logRatio(terms: readonly Term[]): { g: (x: number) => number; dg: (x: number) => number } {
  const pos = terms.filter((k) => k.amount > 0).map((k) => ({ log: Math.log(k.amount), t: k.t }));
  const neg = terms.filter((k) => k.amount < 0).map((k) => ({ log: Math.log(-k.amount), t: k.t }));
  const side = (list: typeof pos, x: number) => {
    let max = -Infinity;
    for (const k of list) max = Math.max(max, k.log - x * k.t);
    let sum = 0;
    let sumT = 0;
    for (const k of list) {
      const w = Math.exp(k.log - x * k.t - max);
      sum += w;
      sumT += w * k.t;
    }
    return { logSum: max + Math.log(sum), meanT: sumT / sum };
  };
  return {
    g: (x) => side(pos, x).logSum - side(neg, x).logSum,
    dg: (x) => side(neg, x).meanT - side(pos, x).meanT,
  };
}

function rateOfTerms(terms: readonly Term[], guess: number): number | null {
  if (!terms.some((k) => k.amount > 0) || !terms.some((k) => k.amount < 0)) return null;
  // All on one day, every rate (or none) balances them: there is nothing to measure.
  const live = terms.filter((k) => k.amount !== 0);
  if (live.every((k) => k.t === live[0]!.t)) return null;
  const { g, dg } = logRatio(terms);
  const x = findRoot(g, dg, Math.log1p(Math.max(guess, -0.99)));
  return x === null ? null : Math.expm1(x);
}

function requireFinite(values: readonly number[], what: string): void {
  for (const v of values) if (!Number.isFinite(v)) throw new RangeError(`${what} must be finite numbers: ${v}`);
}

/**
 * The annual effective rate r of dated cash flows, with spreadsheet XIRR semantics:
 * Σ amount_i / (1 + r)^((d_i − d_0) / 365) = 0, where d_0 is the earliest date. Order
 * does not matter. Null when the flows do not hold both a positive and a negative amount
 * or no rate balances them. Throws RangeError for an invalid date or a non-finite amount.
 * `guess` (default 10%) only matters when the flows change sign more than once.
 */
export function irr(flows: readonly DatedFlow[], guess = 0.1): number | null {
  requireFinite(
    flows.map((f) => f.amountFen),
    'amounts',
  );
  if (flows.length < 2) return null;
  const first = flows.reduce((min, f) => (daysBetween(min, f.date) < 0 ? f.date : min), flows[0]!.date);
  return rateOfTerms(
    flows.map((f) => ({ amount: f.amountFen, t: daysBetween(first, f.date) / 365 })),
    guess,
  );
}

/** The same as `irr`, under the spreadsheet's name. */
export const xirr = irr;

/**
 * The rate per period of one flow per period, with spreadsheet IRR semantics:
 * Σ amount_k / (1 + r)^k = 0 for k = 0, 1, 2, … Monthly flows give a monthly rate. Null
 * when there is no rate; throws RangeError for a non-finite amount.
 */
export function periodicIrr(amountsPerPeriod: readonly number[], guess = 0.1): number | null {
  requireFinite(amountsPerPeriod, 'amounts');
  return rateOfTerms(
    amountsPerPeriod.map((amount, t) => ({ amount, t })),
    guess,
  );
}

/**
 * The rate per period of an annuity, with spreadsheet RATE semantics: the r for which
 * pv·(1 + r)^nper + pmt·(1 + r·type)·((1 + r)^nper − 1) / r + fv = 0, with type 0 for
 * payments at the end of each period and 1 for the start. RATE(12, -1000, 10000) ≈ 2.92%.
 * Null when there is no rate; throws RangeError unless nper > 0 and the amounts are finite.
 */
export function rate(nper: number, pmt: number, pv: number, fv = 0, type: 0 | 1 = 0, guess = 0.1): number | null {
  requireFinite([nper, pmt, pv, fv], 'nper, pmt, pv and fv');
  if (nper <= 0) throw new RangeError(`nper must be positive: ${nper}`);
  // As cash flows: pv (and a payment in advance) now, pmt each period between, fv (and a
  // payment in arrears) at the end. Without money going both ways there is no rate - and
  // when it all cancels (say one payment in advance equal to pv) every rate would do.
  const flows = [pv + pmt * type, nper > 1 ? pmt : 0, fv + pmt * (1 - type)];
  if (!flows.some((a) => a > 0) || !flows.some((a) => a < 0)) return null;
  // The equation divided by max(1, (1 + r)^nper) - the same sign, so the same root - which
  // keeps every term finite at both ends of the range. ((1 + r)^n − 1) / r is formed from
  // expm1 so that it stays exact near r = 0, where it tends to n.
  const F = (x: number) => {
    const r = Math.expm1(x);
    const lead = 1 + r * type;
    if (x === 0) return pv + pmt * nper + fv;
    if (x < 0) return pv * Math.exp(nper * x) + pmt * lead * (Math.expm1(nper * x) / r) + fv;
    return pv + pmt * lead * (-Math.expm1(-nper * x) / r) + fv * Math.exp(-nper * x);
  };
  const dF = (x: number) => {
    const h = 1e-6 * Math.max(1, Math.abs(x));
    return (F(x + h) - F(x - h)) / (2 * h);
  };
  const x = findRoot(F, dF, Math.log1p(Math.max(guess, -0.99)));
  return x === null ? null : Math.expm1(x);
}

// A loan's cost from its schedule - the IRR-method annual rate and the figures beside it -
// is irrMethodCost in ./irr-method.

// --- Reference lines -------------------------------------------------------------------

/** The usual reference lines for consumer credit: 24% and 36% a year. Settings may replace them. */
export const DEFAULT_COST_LINES: readonly number[] = [0.24, 0.36];

/**
 * The reference lines (annual rates, e.g. 0.24 and 0.36) that `annualRate` is strictly
 * above, lowest first, without duplicates. A rate exactly on a line is not above it. Data
 * only: the wording ("above the 24% line") belongs to the caller, and never a verdict.
 */
export function costMarks(annualRate: number, thresholds: readonly number[] = DEFAULT_COST_LINES): number[] {
  if (Number.isNaN(annualRate)) return [];
  return [...new Set(thresholds)].filter((t) => Number.isFinite(t) && annualRate > t).sort((a, b) => a - b);
}

/** costMarks with the highest line passed picked out: { above: [0.24], highest: 0.24 }; highest is null when none. */
export function costMarkSummary(annualRate: number, thresholds: readonly number[] = DEFAULT_COST_LINES): { above: number[]; highest: number | null } {
  const above = costMarks(annualRate, thresholds);
  return { above, highest: above.length ? above[above.length - 1]! : null };
}
