import { describe, expect, it } from 'vitest';
import { addMonths, defaultFirstPayment, isMonthOrDate } from '../../../../shared/domain/dates';
import { DEMO_NAME_PREFIX, shownName } from '../../../../shared/domain/demo';
import { translate } from '../../../../shared/i18n';
import { formatLongMonthOrDate } from '../../../../shared/format/dates';

describe('a demo name in the interface language', () => {
  it('shows the stored 示例· mark as 示例· / 範例· / Demo ·, and leaves other names alone', () => {
    const stored = `${DEMO_NAME_PREFIX}陳淑芬`;
    expect(shownName(stored, translate('zh-CN', 'demo.namePrefix'))).toBe('示例·陳淑芬');
    expect(shownName(stored, translate('zh-TW', 'demo.namePrefix'))).toBe('範例·陳淑芬');
    expect(shownName(stored, translate('en', 'demo.namePrefix'))).toBe('Demo · 陳淑芬');
    // Only the leading mark: a real client whose name merely contains the characters keeps them.
    expect(shownName('王示例·明', 'Demo · ')).toBe('王示例·明');
    expect(shownName('林晓燕', 'Demo · ')).toBe('林晓燕');
  });
});

describe('the first payment of a new plan', () => {
  it('is the same day next month, clamped to a shorter month – never today', () => {
    expect(defaultFirstPayment('2025-03-15')).toBe('2025-04-15');
    expect(defaultFirstPayment('2025-01-31')).toBe('2025-02-28');
    expect(defaultFirstPayment('2025-12-05')).toBe('2026-01-05');
    for (const d of ['2024-02-29', '2025-06-30', '2025-07-01']) expect(defaultFirstPayment(d)).toBe(addMonths(d, 1));
  });
});

describe('a date known to the month', () => {
  it('accepts YYYY-MM and real days only, and writes a month out in each language', () => {
    for (const ok of ['2025-03', '2025-12', '2024-02-29']) expect(isMonthOrDate(ok), ok).toBe(true);
    for (const bad of ['2025-13', '2025-00', '2025-3', '2025-02-29', '2025', '']) expect(isMonthOrDate(bad), bad).toBe(false);
    expect(formatLongMonthOrDate('2025-03', 'zh-CN')).toBe('2025年3月');
    expect(formatLongMonthOrDate('2025-03', 'en')).toBe('March 2025');
    expect(formatLongMonthOrDate('2025-03-08', 'en')).toBe('8 March 2025');
  });
});
