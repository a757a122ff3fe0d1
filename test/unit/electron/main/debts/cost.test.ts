import { describe, expect, it } from 'vitest';
import { amountInHand, debtCost, irrMethodOf, referenceLines, type CostLine } from '../../../../../electron/main/debts/cost';
import { rate } from '../../../../../shared/domain/cost';

const base = { rate: null, loanDate: null, borrowedFen: null, receivedFen: null, feesFen: 0, schedule: [] as { date: string; amountFen: number }[] };
const lines = (...rates: number[]): CostLine[] => rates.map((r) => ({ rate: r, kind: 'line' }));

describe('debtCost', () => {
  it('takes the amount received, else borrowed less fees, as the money in hand', () => {
    expect(amountInHand({ borrowedFen: 1000, receivedFen: 900, feesFen: 50 })).toBe(900);
    expect(amountInHand({ borrowedFen: 1000, receivedFen: null, feesFen: 50 })).toBe(950);
    expect(amountInHand({ borrowedFen: null, receivedFen: null, feesFen: 50 })).toBeNull();
  });

  it('gives a one-year loan repaid in one payment its plain rate', () => {
    // 1,000 in hand, 1,200 back a year later: 20% by every measure.
    const r = irrMethodOf({ ...base, loanDate: '2023-01-01', receivedFen: 1000_00, schedule: [{ date: '2024-01-01', amountFen: 1200_00 }] })!;
    expect(r.annualRate).toBeCloseTo(0.2, 10);
    expect(r.effectiveAnnualRate).toBeCloseTo(0.2, 10);
    expect(r.xirr).toBeCloseTo(0.2, 10);
  });

  it('has no IRR without a loan date, a schedule or money in hand', () => {
    const schedule = [{ date: '2024-01-01', amountFen: 1200_00 }];
    expect(irrMethodOf({ ...base, receivedFen: 1000_00, schedule })).toBeNull();
    expect(irrMethodOf({ ...base, loanDate: '2023-01-01', receivedFen: 1000_00 })).toBeNull();
    expect(irrMethodOf({ ...base, loanDate: '2023-01-01', schedule })).toBeNull();
    expect(irrMethodOf({ ...base, loanDate: '2023-01-01', receivedFen: 0, schedule })).toBeNull();
    // Fees that eat the whole loan leave nothing in hand.
    expect(irrMethodOf({ ...base, loanDate: '2023-01-01', borrowedFen: 100, feesFen: 100, schedule })).toBeNull();
  });

  it('marks the lines against the IRR-method rate, never the compounded figures', () => {
    // 10,000 in hand, 12 × 993 on the last day of each month from 31 January: the IRR-method
    // rate is RATE(12, −993, 10000) × 12 ≈ 33%, the effective rate and the XIRR above 36%.
    const schedule = ['02-28', '03-31', '04-30', '05-31', '06-30', '07-31', '08-31', '09-30', '10-31', '11-30', '12-31'].map((md) => ({ date: `2025-${md}`, amountFen: 993_00 }));
    schedule.push({ date: '2026-01-31', amountFen: 993_00 });
    const c = debtCost({ ...base, loanDate: '2025-01-31', receivedFen: 10_000_00, schedule }, lines(0.36, 0.24));
    expect(c.basis).toBe('irrMethod');
    expect(c.primary).toBeCloseTo(rate(12, -993, 10_000)! * 12, 12);
    expect(c.irrMethod!.effectiveAnnualRate).toBeGreaterThan(0.36);
    expect(c.irrMethod!.xirr!).toBeGreaterThan(0.36);
    expect(c.aboveLines).toEqual([{ rate: 0.24, kind: 'line' }]);
  });

  it('without a schedule, marks against the quoted rate made annual simply', () => {
    // 2% a month is 24% simple (on the line, so not above it) and 26.8% compounded.
    const c = debtCost({ ...base, rate: { value: 0.02, unit: 'monthly' } }, lines(0.24));
    expect(c.basis).toBe('quoted');
    expect(c.primary).toBeCloseTo(0.24, 12);
    expect(c.aboveLines).toEqual([]);
    // Quoted 10% a year, but the flows say 20%: the flows win.
    const flows = debtCost(
      { ...base, rate: { value: 0.1, unit: 'annual' }, loanDate: '2023-01-01', receivedFen: 1000_00, schedule: [{ date: '2024-01-01', amountFen: 1200_00 }] },
      lines(0.36, 0.15, 0.12),
    );
    expect(flows.aboveLines.map((l) => l.rate)).toEqual([0.12, 0.15]);
    expect(debtCost(base, lines(0.24))).toMatchObject({ primary: null, basis: null, aboveLines: [] });
  });

  it('adds 4 × the one-year LPR as a line of its own when the counsellor has entered it', () => {
    expect(referenceLines({ costThresholds: [0.24, 0.36], lpr: null })).toEqual(lines(0.24, 0.36));
    const withLpr = referenceLines({ costThresholds: [0.24, 0.36], lpr: { rate: 0.03, date: '2025-10-20' } });
    expect(withLpr).toEqual([...lines(0.24, 0.36), { rate: 0.12, kind: 'lpr4' }]);
    // 0.05% a day is 18.25% simple: above 4 × 3% = 12%, under 24%.
    const c = debtCost({ ...base, rate: { value: 0.0005, unit: 'daily' } }, withLpr);
    expect(c.aboveLines).toEqual([{ rate: 0.12, kind: 'lpr4' }]);
  });
});
