import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, daysOverdue, instantOfDate, isValidIsoDate, todayIn } from '../../../../shared/domain/dates';

// Run under a zone with daylight saving, so any slip into local-time arithmetic shows up
// as an hour short of a day around the changes. (Each test file runs in its own process.)
const savedTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'America/New_York';
});
afterAll(() => {
  process.env.TZ = savedTz;
});

const isoDate = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('calendar dates', () => {
  it('knows real dates from impossible ones', () => {
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2026-02-29')).toBe(false);
    expect(isValidIsoDate('1900-02-29')).toBe(false);
    expect(isValidIsoDate('2000-02-29')).toBe(true);
    expect(isValidIsoDate('2026-02-30')).toBe(false);
    expect(isValidIsoDate('2026-13-01')).toBe(false);
    expect(isValidIsoDate('2026-2-3')).toBe(false);
    expect(isValidIsoDate('2026-02-03T00:00')).toBe(false);
    expect(isValidIsoDate('0050-06-15')).toBe(true); // years below 100 stay as written
  });

  it("takes today's date in the counsellor's time zone", () => {
    const instant = new Date('2026-03-01T17:30:00Z'); // 01:30 on 2 March in Shanghai
    expect(todayIn('Asia/Shanghai', instant)).toBe('2026-03-02');
    expect(todayIn('UTC', instant)).toBe('2026-03-01');
    expect(todayIn('America/New_York', instant)).toBe('2026-03-01');
    expect(todayIn('Asia/Shanghai', new Date('2026-03-01T15:59:59Z'))).toBe('2026-03-01');
    expect(todayIn('Asia/Shanghai', new Date('2026-03-01T16:00:00Z'))).toBe('2026-03-02');
    expect(todayIn(undefined, instant)).toBe('2026-03-02'); // Shanghai by default
  });

  it('refuses an unknown time zone or an invalid instant', () => {
    expect(() => todayIn('Mars/Olympus_Mons', new Date())).toThrow(RangeError);
    expect(() => todayIn('Asia/Shanghai', new Date(Number.NaN))).toThrow(RangeError);
  });

  it('counts calendar days across months, leap days and daylight-saving changes', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2); // US clocks spring forward on 8 March
    expect(daysBetween('2026-10-31', '2026-11-02')).toBe(2); // and fall back on 1 November
    expect(daysBetween('2026-01-10', '2026-01-01')).toBe(-9);
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('refuses dates that do not exist rather than roll them over', () => {
    expect(() => daysBetween('2026-02-30', '2026-03-01')).toThrow(RangeError);
    expect(() => addDays('2026-1-1', 1)).toThrow(RangeError);
    expect(() => addMonths('2026-01-31', 1.5)).toThrow(RangeError);
  });

  it('counts days overdue from the first missed date: 0 that day, 1 the next, never negative', () => {
    expect(daysOverdue('2026-01-01', '2026-01-01')).toBe(0);
    expect(daysOverdue('2026-01-01', '2026-01-02')).toBe(1);
    expect(daysOverdue('2026-01-01', '2026-04-11')).toBe(100);
    expect(daysOverdue('2026-05-01', '2026-04-11')).toBe(0);
  });

  it('adds days and months, clamping to the end of a shorter month', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-01-31', 2)).toBe('2026-03-31'); // from the start date, not via 28 Feb
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-05-31', 12)).toBe('2027-05-31');
    expect(addMonths('2026-05-31', 0)).toBe('2026-05-31');
  });

  it('keeps day counts, day steps and month steps consistent with each other', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -20000, max: 20000 }), (date, n) => {
        const later = addDays(date, n);
        expect(isValidIsoDate(later)).toBe(true);
        expect(daysBetween(date, later)).toBe(n);
        expect(daysOverdue(date, later)).toBe(Math.max(0, n));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -600, max: 600 }), (date, n) => {
        const moved = addMonths(date, n);
        const [y, m, d] = date.split('-').map(Number) as [number, number, number];
        const [y2, m2, d2] = moved.split('-').map(Number) as [number, number, number];
        expect(y2 * 12 + m2 - (y * 12 + m)).toBe(n); // lands in the right month
        expect(d2).toBeLessThanOrEqual(d); // same day, or the month's last when shorter
        if (d2 < d) expect(addDays(moved, 1).slice(8)).toBe('01');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('instantOfDate', () => {
  const now = new Date('2025-04-20T01:00:00.000Z'); // 09:00 on 20 April in Shanghai

  it('is now for today in the counsellor’s zone, and noon there for any other day', () => {
    expect(instantOfDate('2025-04-20', 'Asia/Shanghai', now)).toBe(now);
    expect(instantOfDate('2025-04-01', 'Asia/Shanghai', now).toISOString()).toBe('2025-04-01T04:00:00.000Z');
    // Still 19 April in New York: the 20th is another day there.
    expect(instantOfDate('2025-04-19', 'America/New_York', now)).toBe(now);
    expect(instantOfDate('2025-04-20', 'America/New_York', now).toISOString()).toBe('2025-04-20T16:00:00.000Z');
  });

  it('follows summer time on the day the clocks change', () => {
    expect(instantOfDate('2025-03-09', 'America/New_York', now).toISOString()).toBe('2025-03-09T16:00:00.000Z');
    expect(instantOfDate('2025-03-08', 'America/New_York', now).toISOString()).toBe('2025-03-08T17:00:00.000Z');
    expect(instantOfDate('2025-10-26', 'Europe/London', now).toISOString()).toBe('2025-10-26T12:00:00.000Z');
  });

  it('always lands on the same calendar date in that zone', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3_000 }), fc.constantFrom('Asia/Shanghai', 'Asia/Taipei', 'America/New_York', 'Europe/London', 'Pacific/Auckland'), (k, zone) => {
        const date = addDays('2020-01-01', k);
        expect(todayIn(zone, instantOfDate(date, zone, now))).toBe(date);
      }),
    );
  });

  it('refuses a date that is not real', () => {
    expect(() => instantOfDate('2025-02-29', 'Asia/Shanghai', now)).toThrow(RangeError);
  });
});
