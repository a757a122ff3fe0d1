import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocateProRata,
  formatMoney,
  mulRate,
  normaliseToMonthly,
  parseMoney,
  percentOf,
  readMoney,
  sumFen,
  type Currency,
  type Frequency,
  type MoneyLocale,
} from '../../../../shared/domain/money';

const MAX = Number.MAX_SAFE_INTEGER;

/** Reference rounding for the tests: n / d half away from zero, on BigInts. */
function refDivRound(n: bigint, d: bigint): number {
  const neg = n < 0n;
  const a = neg ? -n : n;
  const q = a / d + ((a % d) * 2n >= d ? 1n : 0n);
  return Number(neg ? -q : q);
}

describe('parseMoney', () => {
  it.each([
    ['1,234.56', 123456],
    ['1234.5', 123450],
    ['¥1 234.56', 123456],
    ['¥1\u00a0234.56', 123456], // no-break space, as pasted from a web page
    ['１２３.４', 12340],
    ['１２３．４', 12340],
    ['￥１，２３４．５６', 123456],
    ['RMB 1,234', 123400],
    ['CNY1234.00', 123400],
    ['1,000元', 100000],
    ['CN¥12.00', 1200],
    ['HK$ 5', 500],
    ['US$1,000,000.01', 100000001],
    ['  12 ', 1200],
    ['+5', 500],
    ['0', 0],
    ['0.01', 1],
    ['90071992547409.91', MAX], // the largest amount a safe integer of fen can hold
  ])('reads %j as %d fen', (text, fen) => expect(parseMoney(text)).toBe(fen));

  it.each([
    '1.234', // more than two decimals
    'abc',
    '',
    '  ',
    '-',
    '¥',
    '1e5',
    'NaN',
    'Infinity',
    '0x10',
    '12.3.4',
    '.5',
    '1234,56', // a decimal comma: read laxly it would be 123,456.00
    '1,23',
    '12,345,67',
    '1,234 567', // mixed grouping
    '--5',
    '90071992547409.92', // one fen beyond safe integers
    '99999999999999999',
  ])('refuses %j', (text) => expect(parseMoney(text)).toBeNull());

  it('refuses a negative amount unless asked to allow it', () => {
    expect(parseMoney('-12.30')).toBeNull();
    expect(parseMoney('-12.30', { allowNegative: true })).toBe(-1230);
    expect(parseMoney('−12.30', { allowNegative: true })).toBe(-1230); // U+2212 minus
    expect(parseMoney('－１２.３', { allowNegative: true })).toBe(-1230);
    expect(parseMoney('-¥1,234.56', { allowNegative: true })).toBe(-123456);
    expect(parseMoney('¥-1,234.56', { allowNegative: true })).toBe(-123456);
    expect(Object.is(parseMoney('-0', { allowNegative: true }), 0)).toBe(true); // never -0
  });
});

describe('readMoney: why a typed amount is refused', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['0.005', 'decimals'], // never rounded to 0.01
    ['1.234', 'decimals'],
    ['1,234.567', 'decimals'],
    ['１２.３４５', 'decimals'],
    ['1234,56', 'grouping'], // a decimal comma: never read as 123,456.00
    ['1,23', 'grouping'],
    ['12,345,67', 'grouping'],
    ['1,234 567', 'grouping'],
    ['-5', 'negative'],
    ['-¥1,234.56', 'negative'],
    ['99999999999999999', 'tooLarge'],
    ['abc', 'notNumber'],
    ['1e5', 'notNumber'],
    ['12.3.4', 'notNumber'],
    ['.5', 'notNumber'],
    ['¥', 'notNumber'],
    ['NaN', 'notNumber'],
  ])('%j is refused as %s', (text, problem) => expect(readMoney(text)).toEqual({ problem }));

  it.each([
    ['1,234.56', 123456],
    ['¥1234.56', 123456],
    ['１２３４．５６', 123456],
    ['１,２３４.５６', 123456],
    [' 1 234.56 ', 123456],
    ['\u30001234.56', 123456], // an ideographic space from a Chinese IME
  ])('%j is read as %d fen', (text, fen) => expect(readMoney(text)).toEqual({ fen }));

  it('reads every amount back exactly as formatted, plain, with a symbol and in full-width digits', () => {
    const fullWidth = (s: string) => s.replace(/[0-9.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX }), fc.constantFrom<MoneyLocale>('zh-CN', 'zh-TW', 'en'), (fen, locale) => {
        const text = formatMoney(fen, { locale });
        expect(readMoney(text)).toEqual({ fen });
        expect(readMoney(formatMoney(fen, { symbol: false }))).toEqual({ fen });
        expect(readMoney(fullWidth(formatMoney(fen, { symbol: false })))).toEqual({ fen });
        expect(readMoney(formatMoney(fen, { symbol: false }).replace(/,/g, ''))).toEqual({ fen });
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a third decimal and a decimal comma whatever the amount, and never rounds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: 1, max: 9 }), (fen, third) => {
        const plain = formatMoney(fen, { symbol: false }).replace(/,/g, '');
        expect(readMoney(`${plain}${third}`)).toEqual({ problem: 'decimals' });
        const [whole, cents] = plain.split('.');
        if (whole!.length > 3) expect(readMoney(`${whole},${cents}`)).toEqual({ problem: 'grouping' });
        expect(parseMoney(`${plain}${third}`)).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });
});

describe('formatMoney', () => {
  it('groups thousands and always shows two decimals', () => {
    expect(formatMoney(123456)).toBe('¥1,234.56');
    expect(formatMoney(5)).toBe('¥0.05');
    expect(formatMoney(0)).toBe('¥0.00');
    expect(formatMoney(100000000)).toBe('¥1,000,000.00');
    expect(formatMoney(-100000, { symbol: false })).toBe('-1,000.00');
    expect(formatMoney(-123456)).toBe('-¥1,234.56');
    expect(formatMoney(MAX)).toBe('¥90,071,992,547,409.91');
  });

  it.each([
    ['zh-CN', 'CNY', '¥1,234.50'],
    ['zh-TW', 'CNY', 'CN¥1,234.50'],
    ['en', 'CNY', '¥1,234.50'],
    ['zh-TW', 'HKD', 'HK$1,234.50'],
    ['zh-TW', 'TWD', 'NT$1,234.50'],
    ['en', 'USD', '$1,234.50'],
    ['zh-CN', 'USD', 'US$1,234.50'],
  ] as [MoneyLocale, Currency, string][])('%s %s -> %s', (locale, currency, text) => expect(formatMoney(123450, { locale, currency })).toBe(text));

  it('refuses an amount that is not a safe integer of fen', () => {
    expect(() => formatMoney(1.5)).toThrow(RangeError);
    expect(() => formatMoney(MAX + 1)).toThrow(RangeError);
  });

  it('round-trips through parseMoney in every locale and currency', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -MAX, max: MAX }),
        fc.constantFrom<MoneyLocale>('zh-CN', 'zh-TW', 'en'),
        fc.constantFrom<Currency>('CNY', 'HKD', 'TWD', 'USD'),
        fc.boolean(),
        (fen, locale, currency, symbol) => {
          expect(parseMoney(formatMoney(fen, { locale, currency, symbol }), { allowNegative: true })).toBe(fen);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('sumFen and percentOf', () => {
  it('sums exactly and refuses to lose precision', () => {
    expect(sumFen([])).toBe(0);
    expect(sumFen([1, 2, 3])).toBe(6);
    expect(sumFen([MAX, -MAX, 7])).toBe(7);
    expect(() => sumFen([MAX, 1])).toThrow(RangeError);
    expect(() => sumFen([-MAX, -1])).toThrow(RangeError);
    expect(() => sumFen([0.5])).toThrow(RangeError);
    expect(() => sumFen([Number.NaN])).toThrow(RangeError);
  });

  it('gives a part as a fraction of the whole, and nothing of nothing', () => {
    expect(percentOf(2500, 10000)).toBe(0.25);
    expect(percentOf(15000, 10000)).toBe(1.5);
    expect(percentOf(100, 0)).toBeNull();
    expect(() => percentOf(0.5, 100)).toThrow(RangeError);
  });
});

describe('mulRate', () => {
  it('rounds half away from zero, on the exact decimal product', () => {
    expect(mulRate(1001, 0.5)).toBe(501);
    expect(mulRate(-1001, 0.5)).toBe(-501);
    expect(mulRate(3, 0.5)).toBe(2);
    expect(mulRate(1, -0.5)).toBe(-1);
    expect(mulRate(10000, 0.0005)).toBe(5);
    expect(mulRate(100, 1e-7)).toBe(0);
    // 1.00 × 14.5% is 0.145 → 0.15; in binary floating point 100 × 0.145 is 14.499999999999998.
    expect(mulRate(100, 0.145)).toBe(15);
    expect(mulRate(375, 0.036)).toBe(14); // 13.5, float gives 13.499999999999998
    expect(mulRate(123456, 1.5)).toBe(185184);
    expect(Object.is(mulRate(-1, 0.4), 0)).toBe(true);
  });

  it('throws for a rate that is not finite or a result beyond safe integers', () => {
    expect(() => mulRate(100, Number.NaN)).toThrow(RangeError);
    expect(() => mulRate(100, Infinity)).toThrow(RangeError);
    expect(() => mulRate(MAX, 2)).toThrow(RangeError);
  });

  it('agrees with exact decimal arithmetic for rates of up to six decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: -2_000_000, max: 2_000_000 }), (fen, micro) => {
        expect(mulRate(fen, micro / 1e6)).toBe(refDivRound(BigInt(fen) * BigInt(micro), 1_000_000n));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('normaliseToMonthly', () => {
  it('uses weekly × 52 ÷ 12, fortnightly × 26 ÷ 12, four-weekly × 13 ÷ 12, quarterly ÷ 3 and yearly ÷ 12', () => {
    expect(normaliseToMonthly(12000, 'weekly')).toBe(52000);
    expect(normaliseToMonthly(12000, 'fortnightly')).toBe(26000);
    expect(normaliseToMonthly(12000, 'four_weekly')).toBe(13000);
    expect(normaliseToMonthly(12000, 'monthly')).toBe(12000);
    expect(normaliseToMonthly(12000, 'quarterly')).toBe(4000);
    expect(normaliseToMonthly(480000, 'yearly')).toBe(40000);
    expect(normaliseToMonthly(100, 'yearly')).toBe(8); // 8.33 rounds to 8
    expect(normaliseToMonthly(1000, 'weekly')).toBe(4333); // 4333.33
    expect(normaliseToMonthly(3, 'fortnightly')).toBe(7); // 6.5 rounds away from zero
    expect(normaliseToMonthly(-3, 'fortnightly')).toBe(-7);
  });

  it('throws rather than overflow', () => {
    expect(() => normaliseToMonthly(MAX, 'weekly')).toThrow(RangeError);
    expect(normaliseToMonthly(MAX, 'yearly')).toBe(Math.round(MAX / 12));
  });

  it('is within half a fen of the exact monthly amount, so 12 months are within 1 fen a month of the year', () => {
    const perYear: Record<Frequency, number> = { weekly: 52, fortnightly: 26, four_weekly: 13, monthly: 12, quarterly: 4, yearly: 1 };
    fc.assert(
      fc.property(
        fc.integer({ min: -1e14, max: 1e14 }),
        fc.constantFrom<Frequency>('weekly', 'fortnightly', 'four_weekly', 'monthly', 'quarterly', 'yearly'),
        (fen, frequency) => {
          const monthly = BigInt(normaliseToMonthly(fen, frequency));
          const yearly = BigInt(fen) * BigInt(perYear[frequency]);
          // |monthly − yearly / 12| ≤ 1/2, in whole numbers.
          const gap = monthly * 12n - yearly;
          expect((gap < 0n ? -gap : gap) * 2n).toBeLessThanOrEqual(12n);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('allocateProRata', () => {
  it("DOMAIN.md's example: 160.00 over 4,550 / 6,700 / 1,200", () => {
    const weights = [455000, 670000, 120000];
    // DOMAIN.md prints 58.47 / 86.10 / 15.42: each share rounded on its own, which loses a fen.
    const roundedAlone = weights.map((w) => Math.round((16000 * w) / 1245000));
    expect(roundedAlone).toEqual([5847, 8610, 1542]);
    expect(roundedAlone.reduce((s, x) => s + x, 0)).toBe(15999);
    // Largest remainder gives the missing fen to 86.104…, the largest remainder.
    expect(allocateProRata(16000, weights)).toEqual([5847, 8611, 1542]);
  });

  it('gives ties to the lower index and nothing to zero weights', () => {
    expect(allocateProRata(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocateProRata(101, [1, 1, 1])).toEqual([34, 34, 33]);
    expect(allocateProRata(100, [0, 5, 0])).toEqual([0, 100, 0]);
    expect(allocateProRata(0, [3, 4])).toEqual([0, 0]);
  });

  it('allocates nothing when no one is owed anything', () => {
    expect(allocateProRata(100, [0, 0])).toEqual([0, 0]);
    expect(allocateProRata(100, [])).toEqual([]);
  });

  it('refuses a negative total and weights that are not non-negative whole fen', () => {
    expect(() => allocateProRata(-1, [1])).toThrow(RangeError);
    expect(() => allocateProRata(100, [1, -1])).toThrow(RangeError);
    expect(() => allocateProRata(100, [1.5])).toThrow(RangeError);
    expect(() => allocateProRata(1.5, [1])).toThrow(RangeError);
  });

  it('always sums to the total, never goes negative, stays within a fen of the exact share, and follows the weights', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX }), fc.array(fc.integer({ min: 0, max: 1e13 }), { minLength: 1, maxLength: 30 }), (total, weights) => {
        const shares = allocateProRata(total, weights);
        const sum = weights.reduce((s, w) => s + BigInt(w), 0n);
        expect(shares.reduce((s, x) => s + BigInt(x), 0n)).toBe(sum === 0n ? 0n : BigInt(total));
        shares.forEach((s, i) => {
          expect(Number.isSafeInteger(s) && s >= 0).toBe(true);
          if (weights[i] === 0) expect(s).toBe(0);
          if (sum > 0n) {
            // floor(exact) ≤ share ≤ floor(exact) + 1
            const floor = (BigInt(total) * BigInt(weights[i]!)) / sum;
            expect(BigInt(s) - floor === 0n || BigInt(s) - floor === 1n).toBe(true);
          }
        });
        for (let i = 0; i < weights.length; i++)
          for (let j = 0; j < weights.length; j++) if (weights[i]! > weights[j]!) expect(shares[i]!).toBeGreaterThanOrEqual(shares[j]!);
      }),
      { numRuns: 2000 },
    );
  });
});
