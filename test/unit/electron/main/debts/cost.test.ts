import { describe, expect, it } from 'vitest';
import { amountInHand, debtCost, irrOf } from '../../../../../electron/main/debts/cost';

const base = { rate: null, loanDate: null, borrowedFen: null, receivedFen: null, feesFen: 0, schedule: [] as { date: string; amountFen: number }[] };

describe('debtCost', () => {
  it('takes the amount received, else borrowed less fees, as the money in hand', () => {
    expect(amountInHand({ borrowedFen: 1000, receivedFen: 900, feesFen: 50 })).toBe(900);
    expect(amountInHand({ borrowedFen: 1000, receivedFen: null, feesFen: 50 })).toBe(950);
    expect(amountInHand({ borrowedFen: null, receivedFen: null, feesFen: 50 })).toBeNull();
  });

  it('gives a one-year loan repaid in one payment its plain rate', () => {
    // 1,000 in hand, 1,200 back a year (365 days) later: 20%.
    const r = irrOf({ ...base, loanDate: '2023-01-01', receivedFen: 1000_00, schedule: [{ date: '2024-01-01', amountFen: 1200_00 }] });
    expect(r).toBeCloseTo(0.2, 10);
  });

  it('has no IRR without a loan date, a schedule or money in hand', () => {
    const schedule = [{ date: '2024-01-01', amountFen: 1200_00 }];
    expect(irrOf({ ...base, receivedFen: 1000_00, schedule })).toBeNull();
    expect(irrOf({ ...base, loanDate: '2023-01-01', receivedFen: 1000_00 })).toBeNull();
    expect(irrOf({ ...base, loanDate: '2023-01-01', schedule })).toBeNull();
    expect(irrOf({ ...base, loanDate: '2023-01-01', receivedFen: 0, schedule })).toBeNull();
    // Fees that eat the whole loan leave nothing in hand.
    expect(irrOf({ ...base, loanDate: '2023-01-01', borrowedFen: 100, feesFen: 100, schedule })).toBeNull();
  });

  it('marks the lines the highest known figure is above, lowest line first', () => {
    // Quoted 10% a year, but the flows say 20%.
    const c = debtCost(
      { ...base, rate: { value: 0.1, unit: 'annual' }, loanDate: '2023-01-01', receivedFen: 1000_00, schedule: [{ date: '2024-01-01', amountFen: 1200_00 }] },
      [0.36, 0.15, 0.12],
    );
    expect(c.quotedAnnualSimple).toBe(0.1);
    expect(c.quotedAnnualCompound).toBe(0.1);
    expect(c.irrAnnual).toBeCloseTo(0.2, 10);
    expect(c.aboveLines).toEqual([0.12, 0.15]);
    // Exactly on a line is not above it.
    expect(debtCost({ ...base, rate: { value: 0.24, unit: 'annual' } }, [0.24]).aboveLines).toEqual([]);
    expect(debtCost(base, [0.24]).aboveLines).toEqual([]);
  });
});
