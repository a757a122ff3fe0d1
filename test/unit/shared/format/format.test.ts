import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../../../shared/domain/money';
import { formatLongDate } from '../../../../shared/format/dates';
import { formatInteger, formatRate, groupThousands } from '../../../../shared/format/numbers';

// The one way numbers and dates are written, on screen and on paper (shared/format/).

describe('numbers', () => {
  it('groups thousands with commas', () => {
    expect(groupThousands('1')).toBe('1');
    expect(groupThousands('1234')).toBe('1,234');
    expect(groupThousands('1234567')).toBe('1,234,567');
    expect(formatInteger(1234567)).toBe('1,234,567');
    expect(formatInteger(-1000)).toBe('-1,000');
    expect(formatInteger(0)).toBe('0');
  });

  it('refuses what is not a whole number or a finite rate', () => {
    expect(() => formatInteger(1.5)).toThrow(/integer/);
    expect(() => formatRate(Number.NaN)).toThrow(/finite/);
  });

  it('writes rates as percentages with two decimals', () => {
    expect(formatRate(0.33675)).toBe('33.68%');
    expect(formatRate(0.24)).toBe('24.00%');
    expect(formatRate(0)).toBe('0.00%');
  });

  it('groups money the same way', () => {
    expect(formatMoney(123_456_789, { symbol: false })).toBe(`${formatInteger(1_234_567)}.89`);
  });
});

describe('dates', () => {
  it('writes calendar dates as 年月日 in Chinese and D Month YYYY in English', () => {
    expect(formatLongDate('2025-03-08', 'zh-CN')).toBe('2025年3月8日');
    expect(formatLongDate('2025-12-31', 'zh-TW')).toBe('2025年12月31日');
    expect(formatLongDate('2025-03-08', 'en')).toBe('8 March 2025');
  });

  it('refuses a date that is not real, through the one ISO date check (shared/domain/dates.ts)', () => {
    expect(() => formatLongDate('2025-02-30', 'en')).toThrow(/not a real YYYY-MM-DD date/);
    expect(() => formatLongDate('8/3/2025', 'zh-CN')).toThrow(/not a real YYYY-MM-DD date/);
  });
});
