import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, daysOverdue, isValidIsoDate, todayIn } from '../../../../shared/domain/dates';

describe('calendar dates', () => {
  it('knows real dates from impossible ones', () => {
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2026-02-30')).toBe(false);
    expect(isValidIsoDate('2026-2-3')).toBe(false);
  });

  it("takes today's date in the counsellor's time zone", () => {
    const instant = new Date('2026-03-01T17:30:00Z'); // 01:30 on 2 March in Shanghai
    expect(todayIn('Asia/Shanghai', instant)).toBe('2026-03-02');
    expect(todayIn('UTC', instant)).toBe('2026-03-01');
    expect(todayIn('America/New_York', instant)).toBe('2026-03-01');
  });

  it('counts calendar days across months, leap days and daylight-saving changes', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetween('2026-01-10', '2026-01-01')).toBe(-9);
  });

  it('counts days overdue from the first missed date: 0 that day, 1 the next, never negative', () => {
    expect(daysOverdue('2026-01-01', '2026-01-01')).toBe(0);
    expect(daysOverdue('2026-01-01', '2026-01-02')).toBe(1);
    expect(daysOverdue('2026-01-01', '2026-04-11')).toBe(100);
    expect(daysOverdue('2026-05-01', '2026-04-11')).toBe(0);
  });

  it('adds days and months, clamping to the end of a shorter month', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });
});
