import { describe, expect, it } from 'vitest';
import { daysBetween, median, monthsBetween, share, waiverPctOf } from '../../../../shared/domain/insights';

describe('insights arithmetic', () => {
  it('takes the middle value, or the mean of the middle two, and says how many it stands on', () => {
    expect(median([])).toEqual({ value: null, n: 0 });
    expect(median([62])).toEqual({ value: 62, n: 1 });
    expect(median([60, 5, 30, 10, 30])).toEqual({ value: 30, n: 5 });
    expect(median([40, 20, 60, 30])).toEqual({ value: 35, n: 4 });
  });

  it('gives a percentage only from five cases up', () => {
    expect(share(3, 4)).toEqual({ n: 3, of: 4, pct: null, tooFew: true });
    expect(share(0, 0)).toEqual({ n: 0, of: 0, pct: null, tooFew: true });
    expect(share(7, 9)).toEqual({ n: 7, of: 9, pct: 78, tooFew: false });
    expect(share(3, 5)).toEqual({ n: 3, of: 5, pct: 60, tooFew: false });
  });

  it('counts days and months between calendar dates', () => {
    expect(daysBetween('2025-01-10', '2025-03-11')).toBe(60);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(monthsBetween('2025-01-01', '2025-03-01')).toBe(1.9);
    expect(monthsBetween('2025-01-01', '2026-01-01')).toBe(12);
    expect(monthsBetween('2025-03-01', '2025-01-01')).toBe(0);
  });

  it('reads the waiver against the balance owed at acceptance (agreed total + waiver)', () => {
    expect(waiverPctOf({ agreedTotalFen: 100_000, waivedFen: 30_000 })).toBe(23.1);
    expect(waiverPctOf({ agreedTotalFen: 100_000, waivedFen: 0 })).toBe(0);
    expect(waiverPctOf({ agreedTotalFen: null, waivedFen: null })).toBeNull();
  });
});
