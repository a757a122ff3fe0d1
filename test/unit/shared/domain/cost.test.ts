import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  costMarkSummary,
  costMarks,
  DEFAULT_COST_LINES,
  irr,
  periodicIrr,
  rate,
  xirr,
  type DatedFlow,
} from '../../../../shared/domain/cost';
import { addDays } from '../../../../shared/domain/dates';

// Expected values marked "exact" were worked out independently by plain bisection in
// 40-digit arithmetic (Python mpmath); the spreadsheet documentation figures agree with
// them to the digits it prints.

/** A plain, slow, obviously-correct XIRR for simple cases: bisection on the NPV. */
function bruteXirr(flows: readonly { days: number; amount: number }[], lo: number, hi: number): number {
  const npv = (r: number) => flows.reduce((s, f) => s + f.amount / Math.pow(1 + r, f.days / 365), 0);
  const sLo = Math.sign(npv(lo));
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (Math.sign(npv(mid)) === sLo) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

const on = (date: string, amountFen: number): DatedFlow => ({ date, amountFen });

describe('RATE (spreadsheet semantics)', () => {
  it('RATE(12, -1000, 10000) ≈ 2.9229% a month', () => {
    expect(rate(12, -1000, 10000)).toBeCloseTo(0.02922854076913369, 12); // exact
    expect(rate(12, -1000, 10000)! * 100).toBeCloseTo(2.9229, 4);
  });

  it('RATE(36, -332.14, 10000) ≈ 1% a month', () => {
    expect(rate(36, -332.14, 10000)).toBeCloseTo(0.009999459448427063, 12); // exact
  });

  it("Excel's documented RATE(48, -200, 8000): 0.77% a month, 9.24% a year", () => {
    const r = rate(48, -200, 8000)!;
    expect(r).toBeCloseTo(0.007701472488202044, 12); // exact
    expect(r * 100).toBeCloseTo(0.77, 2);
    expect(r * 12 * 100).toBeCloseTo(9.24, 2);
  });

  it('handles a future value, payments in advance, a zero rate and a negative rate', () => {
    expect(rate(10, 0, -1000, 2000)).toBeCloseTo(Math.pow(2, 0.1) - 1, 13); // doubling in 10 periods
    expect(rate(12, -1000, 10000, 0, 1)).toBeCloseTo(0.03503153036227694, 12); // exact
    // In advance is the same as IRR of 10,000 − 1,000 now, then 11 payments of 1,000.
    expect(rate(12, -1000, 10000, 0, 1)).toBeCloseTo(periodicIrr([9000, ...Array<number>(11).fill(-1000)])!, 12);
    expect(Math.abs(rate(12, -1000, 12000)!)).toBeLessThan(1e-12);
    // 360 payments of 1 against 1,000: a long schedule with a negative rate (exact).
    expect(rate(360, -1, 1000)).toBeCloseTo(-0.004934321160373936, 12);
  });

  it('has no answer when every amount has the same sign, and refuses a non-positive term', () => {
    expect(rate(12, 1000, 10000)).toBeNull();
    expect(rate(12, 0, 0)).toBeNull();
    expect(() => rate(0, -1000, 10000)).toThrow(RangeError);
    expect(() => rate(12, Number.NaN, 10000)).toThrow(RangeError);
  });

  it('inverts the annuity payment formula', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 600 }),
        fc.oneof(fc.double({ min: 0.0001, max: 0.5, noNaN: true }), fc.double({ min: -0.05, max: -0.0001, noNaN: true })),
        fc.integer({ min: 100, max: 1e9 }),
        fc.constantFrom<0 | 1>(0, 1),
        (n, r, pv, type) => {
          const g = Math.pow(1 + r, n);
          const pmt = -(pv * g * r) / ((1 + r * type) * (g - 1));
          // One payment in advance equal to the loan cancels it: no rate to find.
          if (n === 1 && type === 1) expect(rate(n, pmt, pv, 0, type)).toBeNull();
          else expect(Math.abs(rate(n, pmt, pv, 0, type)! - r)).toBeLessThan(1e-6);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('periodicIrr (spreadsheet IRR semantics)', () => {
  it('IRR(-10000, 3000, 4200, 6800) ≈ 16.34%', () => {
    expect(periodicIrr([-10000, 3000, 4200, 6800])).toBeCloseTo(0.1634056006889893, 12); // exact
  });

  it("Excel's documented examples: 8.66% over five years, −2.12% over four, −44.35% over two", () => {
    expect(periodicIrr([-70000, 12000, 15000, 18000, 21000, 26000])).toBeCloseTo(0.08663094803653161, 12);
    expect(periodicIrr([-70000, 12000, 15000, 18000, 21000])).toBeCloseTo(-0.02124484827341099, 12);
    expect(periodicIrr([-70000, 12000, 15000], -0.1)).toBeCloseTo(-0.4435069413347405, 12);
  });

  it('stays finite over long schedules and close to −100%', () => {
    expect(periodicIrr([-1000, ...Array<number>(400).fill(1)])).toBeCloseTo(-0.004030803889724012, 12); // exact
    expect(periodicIrr([-1e9, 1])).toBeCloseTo(-0.999999999, 15);
    expect(periodicIrr([-1, 1e6])).toBeCloseTo(999_999, 6);
  });

  it('has no answer without both signs or without time between them', () => {
    expect(periodicIrr([100, 200])).toBeNull();
    expect(periodicIrr([-100])).toBeNull();
    expect(periodicIrr([])).toBeNull();
    expect(periodicIrr([-100, 100, 0])).toBeCloseTo(0, 14);
    expect(rate(1, -100, 100, 0, 1)).toBeNull(); // paid back in advance: every rate fits, so none is given
    expect(() => periodicIrr([-100, Infinity])).toThrow(RangeError);
  });

  it('recovers the rate the flows were built with', () => {
    fc.assert(
      fc.property(fc.double({ min: -0.9, max: 3, noNaN: true }), fc.array(fc.integer({ min: 1, max: 240 }), { minLength: 1, maxLength: 24 }), (r, periods) => {
        const flows = Array<number>(Math.max(...periods) + 1).fill(0);
        flows[0] = -1_000_000;
        // Each later flow is worth 1/n of the loan at rate r: together they repay it exactly.
        for (const k of periods) flows[k]! += (1_000_000 / periods.length) * Math.pow(1 + r, k);
        expect(Math.abs(periodicIrr(flows)! - r)).toBeLessThan(1e-6);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('irr on dated cash flows (spreadsheet XIRR semantics)', () => {
  it("Excel's documented XIRR example: 0.373362535", () => {
    const flows = [on('2008-01-01', -10000), on('2008-03-01', 2750), on('2008-10-30', 4250), on('2009-02-15', 3250), on('2009-04-01', 2750)];
    expect(irr(flows)).toBeCloseTo(0.3733625335188315, 12); // exact
    // As the documentation prints it: Excel stops iterating at 0.000001%, so its ninth digit is off by one.
    expect(irr(flows)).toBeCloseTo(0.373362535, 8);
    expect(irr([...flows].reverse())).toBeCloseTo(0.3733625335188315, 12); // order does not matter
    expect(xirr).toBe(irr);
  });

  it('agrees with a brute-force bisection', () => {
    const flows = [
      { days: 0, amount: -500_000 },
      { days: 45, amount: 100_000 },
      { days: 200, amount: 250_000 },
      { days: 400, amount: 300_000 },
    ];
    const expected = bruteXirr(flows, -0.99, 10);
    expect(irr(flows.map((f) => on(addDays('2026-01-01', f.days), f.amount)))).toBeCloseTo(expected, 10);
  });

  it('counts a 365-day year: 10% over 2025, and a shade under 10% over the leap year 2024', () => {
    expect(irr([on('2025-01-01', -10000), on('2026-01-01', 11000)])).toBeCloseTo(0.1, 12);
    expect(irr([on('2024-01-01', -10000), on('2025-01-01', 11000)])).toBeCloseTo(Math.pow(1.1, 365 / 366) - 1, 12);
  });

  it('copes with the extreme costs of online loans and with losing almost everything', () => {
    // 1,000 received, 1,500 repaid 30 days later: about 13,782% a year.
    expect(irr([on('2026-01-01', -100_000), on('2026-01-31', 150_000)])).toBeCloseTo(Math.pow(1.5, 365 / 30) - 1, 8);
    // Doubling in a week: 2^(365/7) − 1 ≈ 5.0e15, still a finite number.
    const week = irr([on('2026-01-01', -100_000), on('2026-01-08', 200_000)])!;
    expect(Math.abs(week / 4972377122365052 - 1)).toBeLessThan(1e-9);
    // 1 fen back a year later on 10,000.00: −99.9999%.
    expect(irr([on('2026-01-01', -1_000_000), on('2027-01-01', 1)])).toBeCloseTo(-0.999999, 12);
  });

  it('has no answer without both signs or without time between them, and refuses invalid dates', () => {
    expect(irr([on('2026-01-01', -100)])).toBeNull();
    expect(irr([on('2026-01-01', -100), on('2026-02-01', -100)])).toBeNull();
    expect(irr([on('2026-01-01', -100), on('2026-01-01', 100)])).toBeNull();
    expect(() => irr([on('2026-02-30', -100), on('2026-03-01', 100)])).toThrow(RangeError);
  });

  it('recovers the rate the flows were built with, from −90% to 5,000% a year', () => {
    fc.assert(
      fc.property(fc.double({ min: -0.9, max: 50, noNaN: true }), fc.array(fc.integer({ min: 1, max: 2000 }), { minLength: 1, maxLength: 24 }), (r, days) => {
        const flows = [on('2025-01-01', -1_000_000)];
        for (const d of days) flows.push(on(addDays('2025-01-01', d), (1_000_000 / days.length) * Math.pow(1 + r, d / 365)));
        expect(Math.abs(irr(flows)! - r)).toBeLessThan(1e-6 * Math.max(1, r));
      }),
      { numRuns: 1000 },
    );
  });

  it('never returns NaN or Infinity, and any answer balances the flows', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ days: fc.integer({ min: 0, max: 3000 }), amount: fc.integer({ min: -1e9, max: 1e9 }) }), { minLength: 2, maxLength: 20 }), (raw) => {
        const r = irr(raw.map((f) => on(addDays('2025-01-01', f.days), f.amount)));
        if (r === null) return;
        expect(Number.isFinite(r) && r > -1).toBe(true);
        // Within a hair of −100% a double cannot hold 1 + r precisely enough to re-check the balance.
        if (1 + r < 1e-6) return;
        // NPV at r, as a share of the flows' total present value, is zero to rounding.
        const d0 = Math.min(...raw.map((f) => f.days));
        const pv = raw.map((f) => f.amount * Math.exp(-Math.log1p(r) * ((f.days - d0) / 365)));
        const scale = pv.reduce((s, x) => s + Math.abs(x), 0);
        expect(Math.abs(pv.reduce((s, x) => s + x, 0)) / scale).toBeLessThan(1e-9);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('cost marks', () => {
  it('lists the reference lines a rate is above, lowest first, and no more', () => {
    expect(DEFAULT_COST_LINES).toEqual([0.24, 0.36]);
    expect(costMarks(0.2)).toEqual([]);
    expect(costMarks(0.3)).toEqual([0.24]);
    expect(costMarks(0.5)).toEqual([0.24, 0.36]);
    expect(costMarks(0.24)).toEqual([]); // on the line is not above it
    expect(costMarks(0.5, [0.36, 0.24, 0.36])).toEqual([0.24, 0.36]);
    expect(costMarks(0.2, [0.148])).toEqual([0.148]); // e.g. 4 × a one-year LPR of 3.7%
    expect(costMarks(Number.NaN)).toEqual([]);
  });

  it('picks out the highest line passed', () => {
    expect(costMarkSummary(0.3)).toEqual({ above: [0.24], highest: 0.24 });
    expect(costMarkSummary(137.8)).toEqual({ above: [0.24, 0.36], highest: 0.36 });
    expect(costMarkSummary(0.1)).toEqual({ above: [], highest: null });
  });
});
