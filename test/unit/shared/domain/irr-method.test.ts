import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rate } from '../../../../shared/domain/cost';
import { irrMethodCost, type IrrMethodCost } from '../../../../shared/domain/irr-method';
import { IRR_LOANS, type FixtureLoan } from './irr-loans.fixture';

// --- independent helpers: their own calendar and a plain bisection on the NPV ------------------

const DAY = 86_400_000;
const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const plusDays = (date: string, n: number) => iso(ms(date) + n * DAY);
const dayCount = (a: string, b: string) => Math.round((ms(b) - ms(a)) / DAY);
/** Day `day` of month `first + k` (YYYY-MM), or that month's last day when it is shorter. */
function monthDay(first: string, k: number, day: number): string {
  const y = Number(first.slice(0, 4));
  const mo = Number(first.slice(5, 7)) - 1 + k;
  const last = new Date(Date.UTC(y, mo + 1, 0)).getUTCDate();
  return iso(Date.UTC(y, mo, Math.min(day, last)));
}

function bisect(npv: (r: number) => number, lo: number, hi: number): number {
  const sLo = Math.sign(npv(lo));
  expect(Math.sign(npv(hi))).not.toBe(sLo); // the bracket holds a root
  for (let i = 0; i < 400; i++) {
    const mid = (lo + hi) / 2;
    if (Math.sign(npv(mid)) === sLo) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

interface Expanded {
  payments: { date: string; amountFen: number }[];
  /** The period each payment falls in, by the fixture's own rule. */
  periods: number[];
}

function expand(loan: FixtureLoan): Expanded {
  const s = loan.schedule;
  if (s.kind === 'dates') {
    const byDays = loan.perYear === 365;
    return { payments: s.payments, periods: s.payments.map((p, i) => (byDays ? dayCount(loan.loanDate, p.date) : i + 1)) };
  }
  const amount = (i: number) => (i === s.count - 1 && s.lastFen !== undefined ? s.lastFen : s.amountFen);
  const payments = Array.from({ length: s.count }, (_, i) => ({
    date: s.kind === 'months' ? monthDay(s.firstMonth, i * s.every, s.day) : plusDays(loan.loanDate, s.firstAfter + i * s.every),
    amountFen: amount(i),
  }));
  // A daily schedule counts every day; every other schedule counts its instalments.
  const periods = payments.map((p, i) => (s.kind === 'days' && s.every === 1 ? dayCount(loan.loanDate, p.date) : i + 1));
  return { payments, periods };
}

function expected(loan: FixtureLoan) {
  const { payments, periods } = expand(loan);
  const start = -loan.receivedFen + (loan.feeAtSigningFen ?? 0);
  const periodic = bisect((r) => payments.reduce((sum, p, i) => sum + p.amountFen / Math.pow(1 + r, periods[i]!), start), -0.9, 5);
  const xirr = bisect(
    (r) => payments.reduce((sum, p) => sum + p.amountFen / Math.pow(1 + r, dayCount(loan.loanDate, p.date) / 365), -loan.receivedFen + (loan.feeAtSigningFen ?? 0)),
    -0.99,
    1e4,
  );
  return { periodic, annual: periodic * loan.perYear, effective: Math.pow(1 + periodic, loan.perYear) - 1, xirr, payments };
}

function computed(loan: FixtureLoan, payments: { date: string; amountFen: number }[]): IrrMethodCost {
  const fee = loan.feeAtSigningFen ? [{ date: loan.loanDate, amountFen: loan.feeAtSigningFen }] : [];
  const cost = irrMethodCost({ receivedFen: loan.receivedFen, receivedDate: loan.loanDate, payments: [...fee, ...payments] });
  expect(cost).not.toBeNull();
  return cost!;
}

const PP = 1e-4; // 0.01 percentage points

describe('the IRR-method rate of 40 loans, against an independent bisection', () => {
  it('holds 40 loans', () => expect(IRR_LOANS).toHaveLength(40));

  it.each(IRR_LOANS.map((l) => [l.id, l] as const))('%s', (_id, loan) => {
    const want = expected(loan);
    const got = computed(loan, want.payments);
    expect(got.periodsPerYear).toBeCloseTo(loan.perYear, 12);
    expect(Math.abs(got.annualRate - want.annual)).toBeLessThan(PP);
    expect(Math.abs(got.effectiveAnnualRate - want.effective)).toBeLessThan(PP);
    expect(Math.abs(got.xirr! - want.xirr)).toBeLessThan(PP);
    if (loan.documented) {
      const { what, percent, decimals } = loan.documented;
      const figure = what === 'apr' ? got.annualRate : what === 'periodic' ? got.periodicRate : got.xirr!;
      // Equal at the precision the documentation prints.
      expect(Math.abs(figure * 100 - percent)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-12);
    }
  });
});

describe('irrMethodCost: the hard cases', () => {
  const monthly = (first: string, day: number, count: number, amountFen: number) => Array.from({ length: count }, (_, k) => ({ date: monthDay(first, k, day), amountFen }));

  it('counts periods, not days: a loan of 31 January is RATE × 12, its February period short or not', () => {
    const payments = monthly('2025-02', 31, 12, 99_300); // 28 Feb, 31 Mar, 30 Apr, …
    const cost = irrMethodCost({ receivedFen: 1_000_000, receivedDate: '2025-01-31', payments })!;
    expect(cost.period).toEqual({ kind: 'month', months: 1 });
    expect(cost.periodicRate).toBeCloseTo(rate(12, -993, 10_000)!, 12);
    expect(cost.annualRate).toBeCloseTo(rate(12, -993, 10_000)! * 12, 12);
    expect(cost.annualRate).toBeGreaterThan(0.319);
    expect(cost.annualRate).toBeLessThan(0.36); // the figure argued is under the 36% line …
    expect(cost.xirr!).toBeGreaterThan(cost.annualRate); // … the compounded figures read higher
    expect(cost.effectiveAnnualRate).toBeGreaterThan(0.36);
    expect(cost.flows.map((f) => f.period)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(cost.flows[1]).toEqual({ period: 1, date: '2025-02-28', amountFen: 99_300 });
  });

  it('gives the same schedule the same rate whatever month it starts in; the XIRR moves with the calendar', () => {
    const january = irrMethodCost({ receivedFen: 900_000, receivedDate: '2026-01-15', payments: monthly('2026-02', 15, 6, 160_000) })!;
    const june = irrMethodCost({ receivedFen: 900_000, receivedDate: '2026-06-15', payments: monthly('2026-07', 15, 6, 160_000) })!;
    expect(january.annualRate).toBeCloseTo(june.annualRate, 12);
    expect(january.annualRate).toBeCloseTo(rate(6, -1600, 9000)! * 12, 12);
    expect(Math.abs(january.xirr! - june.xirr!)).toBeGreaterThan(0.003); // February's short month counts in January's XIRR
  });

  it('makes the first instalment period 1 whether the first period is short or long, and counts a payment holiday', () => {
    const short = irrMethodCost({ receivedFen: 500_000, receivedDate: '2025-03-20', payments: monthly('2025-04', 5, 12, 45_800) })!;
    const long = irrMethodCost({ receivedFen: 500_000, receivedDate: '2025-03-08', payments: monthly('2025-04', 28, 12, 45_800) })!;
    expect(short.annualRate).toBeCloseTo(rate(12, -458, 5_000)! * 12, 12);
    expect(long.annualRate).toBeCloseTo(short.annualRate, 12);
    const holiday = irrMethodCost({ receivedFen: 300_000, receivedDate: '2026-01-10', payments: monthly('2026-03', 10, 3, 105_000) })!;
    expect(holiday.flows.map((f) => f.period)).toEqual([0, 2, 3, 4]);
    const skipped = irrMethodCost({ receivedFen: 300_000, receivedDate: '2026-01-10', payments: monthly('2026-02', 10, 4, 80_000).filter((_, k) => k !== 2) })!;
    expect(skipped.flows.map((f) => f.period)).toEqual([0, 1, 2, 4]);
    // Two payments two months apart are read as a two-monthly schedule.
    const two = irrMethodCost({ receivedFen: 300_000, receivedDate: '2026-01-10', payments: [{ date: '2026-03-10', amountFen: 160_000 }, { date: '2026-05-10', amountFen: 160_000 }] })!;
    expect(two).toMatchObject({ period: { kind: 'month', months: 2 }, periodsPerYear: 6 });
  });

  it('takes the periods a year from the schedule: weekly 52, fortnightly 26, four-weekly 13, daily 365, quarterly 4', () => {
    const every = (step: number, count: number, amountFen: number) => Array.from({ length: count }, (_, k) => ({ date: plusDays('2026-01-05', step * (k + 1)), amountFen }));
    const loan = (payments: { date: string; amountFen: number }[]) => irrMethodCost({ receivedFen: 100_000, receivedDate: '2026-01-05', payments })!;
    expect(loan(every(7, 10, 10_800))).toMatchObject({ period: { kind: 'day', days: 7 }, periodsPerYear: 52 });
    expect(loan(every(14, 10, 10_800))).toMatchObject({ period: { kind: 'day', days: 14 }, periodsPerYear: 26 });
    expect(loan(every(28, 10, 10_800))).toMatchObject({ period: { kind: 'day', days: 28 }, periodsPerYear: 13 });
    expect(loan(every(1, 30, 3_500))).toMatchObject({ period: { kind: 'day', days: 1 }, periodsPerYear: 365 });
    expect(loan(monthly('2026-04', 5, 4, 26_000).map((p, k) => ({ ...p, date: monthDay('2026-04', 3 * k, 5) })))).toMatchObject({ period: { kind: 'month', months: 3 }, periodsPerYear: 4 });
    const weekly = loan(every(7, 10, 10_800));
    expect(weekly.annualRate).toBeCloseTo(weekly.periodicRate * 52, 14);
    // No grid at all: the period is a day, each payment on its own day.
    const odd = loan([
      { date: '2026-02-01', amountFen: 40_000 },
      { date: '2026-03-17', amountFen: 40_000 },
      { date: '2026-04-02', amountFen: 30_000 },
    ]);
    expect(odd).toMatchObject({ period: { kind: 'irregular' }, periodsPerYear: 365 });
    expect(odd.flows.map((f) => f.period)).toEqual([0, 27, 71, 87]);
  });

  it('annualises a single payment over its term, simply', () => {
    const week = irrMethodCost({ receivedFen: 100_000, receivedDate: '2026-03-02', payments: [{ date: '2026-03-09', amountFen: 101_000 }] })!;
    expect(week.period).toEqual({ kind: 'term', days: 7 });
    expect(week.annualRate).toBeCloseTo((0.01 * 365) / 7, 12); // 1% a week is 52.14% a year
    const quarter = irrMethodCost({ receivedFen: 1_000_000, receivedDate: '2025-04-15', payments: [{ date: '2025-07-15', amountFen: 1_060_000 }] })!;
    expect(quarter.period).toEqual({ kind: 'month', months: 3 });
    expect(quarter.annualRate).toBeCloseTo(0.24, 12);
  });

  it('sets a fee deducted up front or paid at signing against the money in hand', () => {
    const payments = monthly('2026-02', 15, 12, 91_667);
    const full = irrMethodCost({ receivedFen: 1_000_000, receivedDate: '2026-01-15', payments })!;
    const deducted = irrMethodCost({ receivedFen: 900_000, receivedDate: '2026-01-15', payments })!;
    const atSigning = irrMethodCost({ receivedFen: 1_000_000, receivedDate: '2026-01-15', payments: [{ date: '2026-01-15', amountFen: 100_000 }, ...payments] })!;
    expect(full.annualRate).toBeCloseTo(rate(12, -916.67, 10_000)! * 12, 12);
    // Worked out by bisection in 40-digit arithmetic: RATE(12, -916.67, 9000) and the XIRR on the calendar.
    expect(deducted.periodicRate).toBeCloseTo(0.03230972259786889, 12);
    expect(deducted.annualRate).toBeCloseTo(0.3877166711744267, 12);
    expect(deducted.xirr).toBeCloseTo(0.4670670522043805, 12);
    expect(deducted.annualRate).toBeGreaterThan(2 * full.annualRate);
    expect(atSigning.annualRate).toBeCloseTo(deducted.annualRate, 12);
    expect(atSigning.flows[0]).toEqual({ period: 0, date: '2026-01-15', amountFen: -900_000 });
  });

  it('has no figure without payments after the loan date or with a payment before it, and refuses bad input', () => {
    expect(irrMethodCost({ receivedFen: 100_000, receivedDate: '2026-01-01', payments: [] })).toBeNull();
    expect(irrMethodCost({ receivedFen: 100_000, receivedDate: '2026-01-01', payments: [{ date: '2026-01-01', amountFen: 100 }] })).toBeNull();
    expect(irrMethodCost({ receivedFen: 100_000, receivedDate: '2026-02-01', payments: [{ date: '2026-01-01', amountFen: 1_000 }, { date: '2026-03-01', amountFen: 110_000 }] })).toBeNull();
    expect(() => irrMethodCost({ receivedFen: 0, receivedDate: '2026-01-01', payments: [] })).toThrow(RangeError);
    expect(() => irrMethodCost({ receivedFen: 100, receivedDate: '2026-02-30', payments: [] })).toThrow(RangeError);
    expect(() => irrMethodCost({ receivedFen: 100, receivedDate: '2026-01-01', payments: [{ date: '2026-02-01', amountFen: 1.5 }] })).toThrow(RangeError);
  });
});

describe('irrMethodCost: the three figures tied together (properties)', () => {
  const grid = fc.oneof(
    fc.record({ kind: fc.constant('months' as const), step: fc.constantFrom(1, 3) }),
    fc.record({ kind: fc.constant('days' as const), step: fc.constantFrom(1, 7, 14, 28) }),
  );
  const loanArb = fc.record({
    grid,
    year: fc.integer({ min: 2015, max: 2030 }),
    month: fc.integer({ min: 1, max: 12 }),
    loanDay: fc.integer({ min: 1, max: 28 }),
    count: fc.integer({ min: 3, max: 48 }),
    receivedFen: fc.integer({ min: 10_000, max: 10_000_000 }),
    // Total repaid as a multiple of what was received: from a tenth lost to four times the loan.
    ratio: fc.double({ min: 0.9, max: 4, noNaN: true }),
  });

  type LoanArb = typeof loanArb extends fc.Arbitrary<infer T> ? T : never;
  function build(l: LoanArb) {
    const loanDate = `${l.year}-${String(l.month).padStart(2, '0')}-${String(l.loanDay).padStart(2, '0')}`;
    const amountFen = Math.max(1, Math.round((l.receivedFen * l.ratio) / l.count));
    // Monthly loans are repaid on the loan's day of the month, from `step` months on.
    const first = iso(Date.UTC(l.year, l.month - 1 + (l.grid.kind === 'months' ? l.grid.step : 0), 1)).slice(0, 7);
    const dates = Array.from({ length: l.count }, (_, k) =>
      l.grid.kind === 'months' ? monthDay(first, k * l.grid.step, l.loanDay) : plusDays(loanDate, l.grid.step * (k + 1)),
    );
    return { loanDate, payments: dates.map((date) => ({ date, amountFen })) };
  }

  it('IRR-method = periodic × n, effective = (1 + periodic)^n − 1, and the periodic rate balances the flows', () => {
    fc.assert(
      fc.property(loanArb, (l) => {
        const { loanDate, payments } = build(l);
        const cost = irrMethodCost({ receivedFen: l.receivedFen, receivedDate: loanDate, payments })!;
        expect(cost).not.toBeNull();
        const n = l.grid.kind === 'months' ? 12 / l.grid.step : { 1: 365, 7: 52, 14: 26, 28: 13 }[l.grid.step]!;
        expect(cost.periodsPerYear).toBe(n);
        expect(cost.annualRate).toBeCloseTo(cost.periodicRate * n, 12);
        expect(Math.abs(cost.effectiveAnnualRate - (Math.pow(1 + cost.periodicRate, n) - 1))).toBeLessThanOrEqual(1e-9 * Math.max(1, cost.effectiveAnnualRate));
        const npv = cost.flows.reduce((s, f) => s + f.amountFen / Math.pow(1 + cost.periodicRate, f.period), 0);
        expect(Math.abs(npv)).toBeLessThan(1e-6 * l.receivedFen);
        // Simple annualising never exceeds compounding (and they meet only at zero).
        if (cost.periodicRate >= 0) expect(cost.annualRate).toBeLessThanOrEqual(cost.effectiveAnnualRate + 1e-12);
      }),
      { numRuns: 300 },
    );
  });

  it('the XIRR agrees with the effective rate for evenly spaced flows: exactly on a day grid, within the month lengths on a month grid', () => {
    fc.assert(
      fc.property(loanArb, (l) => {
        const { loanDate, payments } = build(l);
        const cost = irrMethodCost({ receivedFen: l.receivedFen, receivedDate: loanDate, payments })!;
        const lnX = Math.log1p(cost.xirr!);
        const lnP = Math.log1p(cost.periodicRate);
        if (l.grid.kind === 'days') {
          // Each period is exactly `step` days, so (1 + xirr) = (1 + periodic)^(365 / step).
          expect(Math.abs(lnX - (lnP * 365) / l.grid.step)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(lnX)));
          if (l.grid.step === 1) expect(Math.abs(cost.xirr! - cost.effectiveAnnualRate)).toBeLessThanOrEqual(1e-9 * Math.max(1, cost.xirr!));
        } else {
          // A period of `step` months is 28-31 days a month, so the XIRR lies between the rates
          // those lengths give: within 1/12 of the effective rate's, on the log scale.
          const [lo, hi] = lnP >= 0 ? [(lnP * 365) / (31 * l.grid.step), (lnP * 365) / (28 * l.grid.step)] : [(lnP * 365) / (28 * l.grid.step), (lnP * 365) / (31 * l.grid.step)];
          expect(lnX).toBeGreaterThanOrEqual(lo - 1e-9);
          expect(lnX).toBeLessThanOrEqual(hi + 1e-9);
          const lnE = Math.log1p(cost.effectiveAnnualRate);
          expect(Math.abs(lnX - lnE)).toBeLessThanOrEqual(Math.abs(lnE) / 12 + 1e-9);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a larger payment never lowers the rate', () => {
    fc.assert(
      fc.property(loanArb, fc.nat(), fc.integer({ min: 1, max: 100_000 }), (l, which, extra) => {
        const { loanDate, payments } = build(l);
        const before = irrMethodCost({ receivedFen: l.receivedFen, receivedDate: loanDate, payments })!;
        const i = which % payments.length;
        const more = payments.map((p, k) => (k === i ? { ...p, amountFen: p.amountFen + extra } : p));
        const after = irrMethodCost({ receivedFen: l.receivedFen, receivedDate: loanDate, payments: more })!;
        expect(after.annualRate).toBeGreaterThan(before.annualRate - 1e-12);
      }),
      { numRuns: 200 },
    );
  });
});
