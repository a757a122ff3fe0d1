import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { costMarks, irr, rate, xirr } from '../../../../shared/domain/cost';
import { parseQuotedRate, toAnnualCompound, toAnnualSimple } from '../../../../shared/domain/rates';

const pp = (x: number | null) => (x === null ? null : Math.round(x * 1e6) / 1e4); // percent, 2 decimals of a basis point

describe('quoted rates', () => {
  it('turns 0.05% a day into 18.25% simple and about 20% compound', () => {
    expect(toAnnualSimple({ value: 0.0005, unit: 'daily' })).toBeCloseTo(0.1825, 10);
    expect(toAnnualCompound({ value: 0.0005, unit: 'daily' })).toBeCloseTo(Math.pow(1.0005, 365) - 1, 12);
    expect(pp(toAnnualCompound({ value: 0.0005, unit: 'daily' }))).toBeCloseTo(20.01, 1);
    expect(toAnnualSimple({ value: 0.015, unit: 'monthly' })).toBeCloseTo(0.18, 12);
    expect(toAnnualCompound({ value: 0.24, unit: 'annual' })).toBe(0.24);
  });

  it.each([
    ['0.05%/日', { value: 0.0005, unit: 'daily' }],
    ['日利率万分之五', { value: 0.0005, unit: 'daily' }],
    ['月息1.5%', { value: 0.015, unit: 'monthly' }],
    ['年化24%', { value: 0.24, unit: 'annual' }],
    ['APR 36%', { value: 0.36, unit: 'annual' }],
  ])('reads %s', (text, expected) => {
    const r = parseQuotedRate(text)!;
    expect(r.unit).toBe(expected.unit);
    expect(r.value).toBeCloseTo(expected.value, 12);
  });

  it('says nothing when the unit is missing', () => expect(parseQuotedRate('24%')).toBeNull());
});

describe('spreadsheet RATE and IRR', () => {
  it('RATE(12, -1000, 10000) is about 2.9229% a month', () => expect(rate(12, -1000, 10000)! * 100).toBeCloseTo(2.9229, 4));
  it('RATE(36, -332.14, 10000) is about 1% a month', () => expect(rate(36, -332.14, 10000)! * 100).toBeCloseTo(1.0, 3));
  it('IRR(-10000, 3000, 4200, 6800) is about 16.34%', () => expect(irr([-10000, 3000, 4200, 6800])! * 100).toBeCloseTo(16.34, 2));
  it('has no answer without both signs', () => {
    expect(irr([100, 200])).toBeNull();
    expect(xirr([{ date: '2026-01-01', amountFen: -100 }])).toBeNull();
  });

  it('RATE inverts the annuity payment formula', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 360 }), fc.double({ min: 0.0001, max: 0.2, noNaN: true }), (n, r) => {
        const pv = 1_000_000;
        const pmt = (pv * r) / (1 - Math.pow(1 + r, -n));
        expect(Math.abs(rate(n, -pmt, pv)! - r)).toBeLessThan(1e-6);
      }),
    );
  });
});

describe('XIRR on dated cash flows', () => {
  it('finds 10% for one year exactly', () => {
    expect(xirr([{ date: '2025-01-01', amountFen: -10000 }, { date: '2026-01-01', amountFen: 11000 }])).toBeCloseTo(0.1, 9);
  });

  it('shows the real cost of a fee deducted up front: far above the nominal rate', () => {
    // 10,000 borrowed, 1,000 deducted, 9,000 received; 12 monthly payments of 916.67.
    const flows = [{ date: '2026-01-01', amountFen: -900_000 }];
    for (let m = 1; m <= 12; m++) {
      const date = m === 12 ? '2027-01-01' : `2026-${String(m + 1).padStart(2, '0')}-01`;
      flows.push({ date, amountFen: 91_667 });
    }
    // The same loan as a spreadsheet would see it: RATE(12, 916.67, -9000) per month.
    const monthly = rate(12, 91_667, -900_000)!;
    expect(monthly * 100).toBeCloseTo(3.23, 2);
    expect((91_667 * (1 - Math.pow(1 + monthly, -12))) / monthly).toBeCloseTo(900_000, 0);
    const cost = xirr(flows)!;
    // Calendar months differ in length, so XIRR and the compounded monthly RATE agree closely, not exactly.
    expect(Math.abs(cost - (Math.pow(1 + monthly, 12) - 1))).toBeLessThan(0.01);
    expect(cost).toBeGreaterThan(0.35); // against a nominal 10% the lender advertises
  });

  it('copes with the extreme costs of online loans', () => {
    // 1,000 received, 1,500 repaid 30 days later.
    const r = xirr([{ date: '2026-01-01', amountFen: -100_000 }, { date: '2026-01-31', amountFen: 150_000 }])!;
    expect(r).toBeCloseTo(Math.pow(1.5, 365 / 30) - 1, 3);
  });

  it('recovers the rate the flows were built with', () => {
    fc.assert(
      fc.property(fc.double({ min: -0.5, max: 20, noNaN: true }), fc.array(fc.integer({ min: 1, max: 2000 }), { minLength: 1, maxLength: 24 }), (r, days) => {
        const start = Date.UTC(2025, 0, 1);
        const iso = (d: number) => new Date(start + d * 86_400_000).toISOString().slice(0, 10);
        const flows = [{ date: iso(0), amountFen: -1_000_000 }];
        // Each later flow is worth 1/n of the loan at rate r: together they repay it exactly.
        for (const d of days) flows.push({ date: iso(d), amountFen: (1_000_000 / days.length) * Math.pow(1 + r, d / 365) });
        expect(Math.abs(xirr(flows)! - r)).toBeLessThan(1e-6 * Math.max(1, Math.abs(r)));
      }),
    );
  });
});

describe('cost marks', () => {
  it('lists the reference lines a rate is above, never judging it', () => {
    expect(costMarks(0.2, [0.24, 0.36])).toEqual([]);
    expect(costMarks(0.3, [0.24, 0.36])).toEqual([0.24]);
    expect(costMarks(0.5, [0.36, 0.24])).toEqual([0.24, 0.36]);
    expect(costMarks(0.24, [0.24])).toEqual([]);
  });
});
