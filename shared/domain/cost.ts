// The true cost of a loan: the rate at which the money actually received and every
// payment balance out (IRR), the same figures spreadsheets give with XIRR, IRR and RATE.
// Online loans can cost thousands of percent a year, so the solver brackets its root
// over a wide range and never returns NaN or Infinity: no answer is null.

export interface DatedFlow {
  date: string;
  amountFen: number;
}

const MIN_RATE = -0.999999;
const MAX_RATE = 1e7;

/**
 * Newton steps kept inside a bracket that always holds a sign change; a step that would
 * leave it is replaced by bisection. Returns null when the bracket has no sign change.
 */
function solve(f: (r: number) => number, df: (r: number) => number, guess: number): number | null {
  let lo = MIN_RATE;
  let flo = f(lo);
  let hi = 1;
  let fhi = f(hi);
  while (Math.sign(flo) === Math.sign(fhi) && hi < MAX_RATE) {
    lo = hi;
    flo = fhi;
    hi *= 10;
    fhi = f(hi);
  }
  if (!Number.isFinite(flo) || !Number.isFinite(fhi) || Math.sign(flo) === Math.sign(fhi)) {
    // Retry from the bottom of the range: the sign change may lie below the first guess.
    lo = MIN_RATE;
    flo = f(lo);
    if (Math.sign(flo) === Math.sign(fhi) || !Number.isFinite(flo)) return null;
  }
  if (flo === 0) return lo;
  if (fhi === 0) return hi;
  let x = guess > lo && guess < hi ? guess : (lo + hi) / 2;
  for (let i = 0; i < 200; i++) {
    const fx = f(x);
    if (fx === 0) return x;
    if (Math.sign(fx) === Math.sign(flo)) {
      lo = x;
      flo = fx;
    } else {
      hi = x;
    }
    const d = df(x);
    let next = x - fx / d;
    if (!Number.isFinite(next) || next <= lo || next >= hi) next = (lo + hi) / 2;
    if (Math.abs(next - x) <= 1e-13 * Math.max(1, Math.abs(x))) return next;
    x = next;
  }
  return hi - lo <= 1e-9 * Math.max(1, Math.abs(x)) ? x : null;
}

function utcDays(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/**
 * The annual effective rate r at which Σ amount_i / (1 + r)^((d_i − d_0) / 365) = 0
 * (spreadsheet XIRR). Flows need at least one negative and one positive amount.
 */
export function xirr(flows: readonly DatedFlow[]): number | null {
  if (flows.length < 2 || !flows.some((f) => f.amountFen < 0) || !flows.some((f) => f.amountFen > 0)) return null;
  const d0 = Math.min(...flows.map((f) => utcDays(f.date)));
  const terms = flows.map((f) => ({ a: f.amountFen, t: (utcDays(f.date) - d0) / 365 }));
  const f = (r: number) => terms.reduce((s, { a, t }) => s + a * Math.pow(1 + r, -t), 0);
  const df = (r: number) => terms.reduce((s, { a, t }) => s - t * a * Math.pow(1 + r, -t - 1), 0);
  return solve(f, df, 0.1);
}

/** The rate per period at which Σ amount_k / (1 + r)^k = 0 (spreadsheet IRR). */
export function irr(amounts: readonly number[]): number | null {
  if (!amounts.some((a) => a < 0) || !amounts.some((a) => a > 0)) return null;
  const f = (r: number) => amounts.reduce((s, a, k) => s + a * Math.pow(1 + r, -k), 0);
  const df = (r: number) => amounts.reduce((s, a, k) => s - k * a * Math.pow(1 + r, -k - 1), 0);
  return solve(f, df, 0.1);
}

/**
 * The rate per period of an annuity (spreadsheet RATE): nper payments of pmt against a
 * present value pv and future value fv; type 1 when payments fall at the start of a period.
 */
export function rate(nper: number, pmt: number, pv: number, fv = 0, type: 0 | 1 = 0): number | null {
  if (!Number.isInteger(nper) || nper <= 0) return null;
  const f = (r: number) => {
    if (Math.abs(r) < 1e-12) return pv + pmt * nper + fv;
    const g = Math.pow(1 + r, nper);
    return pv * g + (pmt * (1 + r * type) * (g - 1)) / r + fv;
  };
  const df = (r: number) => {
    const h = Math.max(1e-7, Math.abs(r) * 1e-6);
    return (f(r + h) - f(r - h)) / (2 * h);
  };
  return solve(f, df, 0.01);
}

/** The reference lines (e.g. 24% and 36% a year) that an annual rate is above, lowest first. */
export function costMarks(annualRate: number, thresholds: readonly number[]): number[] {
  return [...thresholds].filter((t) => annualRate > t).sort((a, b) => a - b);
}
