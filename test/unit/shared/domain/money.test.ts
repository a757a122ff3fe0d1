import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateProRata, formatMoney, mulRate, normaliseToMonthly, parseMoney, sumFen } from '../../../../shared/domain/money';

describe('parseMoney', () => {
  it.each([
    ['1,234.56', 123456],
    ['1234.5', 123450],
    ['¥1 234.56', 123456],
    ['１２３．４', 12340],
    ['0', 0],
    ['0.01', 1],
  ])('reads %s as %d fen', (text, fen) => expect(parseMoney(text)).toBe(fen));

  it.each(['1.234', 'abc', '', '-', '1e5', 'NaN', '12.3.4', '99999999999999999'])('refuses %j', (text) => expect(parseMoney(text)).toBeNull());

  it('refuses a negative amount unless asked to allow it', () => {
    expect(parseMoney('-12.30')).toBeNull();
    expect(parseMoney('-12.30', { allowNegative: true })).toBe(-1230);
  });
});

describe('formatMoney', () => {
  it('groups thousands and always shows two decimals', () => {
    expect(formatMoney(123456)).toBe('¥1,234.56');
    expect(formatMoney(5)).toBe('¥0.05');
    expect(formatMoney(-100000, { symbol: false })).toBe('-1,000.00');
    expect(formatMoney(100, { currency: 'HKD', locale: 'zh-TW' })).toBe('HK$1.00');
  });

  it('round-trips through parseMoney', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e13 }), (fen) => {
        expect(parseMoney(formatMoney(fen))).toBe(fen);
      }),
    );
  });
});

describe('arithmetic', () => {
  it('sums exactly and refuses to lose precision', () => {
    expect(sumFen([1, 2, 3])).toBe(6);
    expect(() => sumFen([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
    expect(() => sumFen([0.5])).toThrow(RangeError);
  });

  it('rounds a rate half away from zero', () => {
    expect(mulRate(1001, 0.5)).toBe(501);
    expect(mulRate(-1001, 0.5)).toBe(-501);
    expect(mulRate(10000, 0.0005)).toBe(5);
  });
});

describe('normaliseToMonthly', () => {
  it('uses weekly × 52 ÷ 12, four-weekly × 13 ÷ 12, quarterly ÷ 3 and yearly ÷ 12', () => {
    expect(normaliseToMonthly(12000, 'weekly')).toBe(52000);
    expect(normaliseToMonthly(12000, 'fortnightly')).toBe(26000);
    expect(normaliseToMonthly(12000, 'four_weekly')).toBe(13000);
    expect(normaliseToMonthly(12000, 'monthly')).toBe(12000);
    expect(normaliseToMonthly(12000, 'quarterly')).toBe(4000);
    expect(normaliseToMonthly(480000, 'yearly')).toBe(40000);
    expect(normaliseToMonthly(100, 'yearly')).toBe(8); // 8.33 rounds to 8
    expect(normaliseToMonthly(1000, 'weekly')).toBe(4333); // 4333.33
  });

  it('is within one fen a month of the exact yearly amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e11 }), (fen) => {
        expect(Math.abs(normaliseToMonthly(fen, 'weekly') * 12 - fen * 52)).toBeLessThanOrEqual(12);
        expect(Math.abs(normaliseToMonthly(fen, 'yearly') * 12 - fen)).toBeLessThanOrEqual(12);
      }),
    );
  });
});

describe('allocateProRata', () => {
  it('shares 160.00 over balances of 4,550 / 6,700 / 1,200 exactly, the odd fen to the largest remainder', () => {
    // DOMAIN.md prints 58.47 / 86.10 / 15.42, which sums to 159.99: the missing fen goes to 86.10.
    expect(allocateProRata(16000, [455000, 670000, 120000])).toEqual([5847, 8611, 1542]);
  });

  it('gives ties to the lower index and nothing to zero weights', () => {
    expect(allocateProRata(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocateProRata(100, [0, 5, 0])).toEqual([0, 100, 0]);
    expect(allocateProRata(100, [0, 0])).toEqual([0, 0]);
  });

  it('always sums to the total, never goes negative, and follows the weights', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.array(fc.integer({ min: 0, max: 1e12 }), { minLength: 1, maxLength: 30 }), (total, weights) => {
        const shares = allocateProRata(total, weights);
        const anyWeight = weights.some((w) => w > 0);
        expect(shares.reduce((s, x) => s + x, 0)).toBe(anyWeight ? total : 0);
        shares.forEach((s, i) => {
          expect(s).toBeGreaterThanOrEqual(0);
          if (weights[i] === 0) expect(s).toBe(0);
        });
        for (let i = 0; i < weights.length; i++)
          for (let j = 0; j < weights.length; j++) if (weights[i]! > weights[j]!) expect(shares[i]!).toBeGreaterThanOrEqual(shares[j]!);
      }),
    );
  });
});
