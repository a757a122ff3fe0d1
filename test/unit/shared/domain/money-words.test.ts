import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountInWords, currencyUnit } from '../../../../shared/domain/money-words';
import { formatMoney, parseMoney, type Currency, type MoneyLocale } from '../../../../shared/domain/money';

describe('amountInWords (financial numerals)', () => {
  it.each([
    [1234560, 'CNY', 'zh-CN', '人民币壹万贰仟叁佰肆拾伍元陆角整'],
    [100, 'CNY', 'zh-CN', '人民币壹元整'],
    [0, 'CNY', 'zh-CN', '人民币零元整'],
    [105, 'CNY', 'zh-CN', '人民币壹元零伍分'],
    [55, 'CNY', 'zh-CN', '人民币伍角伍分'],
    [5, 'CNY', 'zh-CN', '人民币伍分'],
    [100500, 'CNY', 'zh-CN', '人民币壹仟零伍元整'],
    [1000500, 'CNY', 'zh-CN', '人民币壹万零伍元整'],
    [1020000, 'CNY', 'zh-CN', '人民币壹万零贰佰元整'],
    [10001000000, 'CNY', 'zh-CN', '人民币壹亿零壹万元整'],
    [1000000000, 'CNY', 'zh-CN', '人民币壹仟万元整'],
    [3000000, 'TWD', 'zh-TW', '新臺幣參萬元整'],
    [1234567, 'HKD', 'zh-TW', '港幣壹萬貳仟參佰肆拾伍元陸角柒分'],
    [260000, 'MOP', 'zh-TW', '澳門幣貳仟陸佰元整'],
    [3000000, 'TWD', 'en', 'Thirty thousand New Taiwan dollars only'],
    [1234567, 'HKD', 'en', 'Twelve thousand three hundred and forty-five Hong Kong dollars and sixty-seven cents'],
  ] as [number, Currency, MoneyLocale, string][])('%i %s %s -> %s', (fen, currency, locale, words) => {
    expect(amountInWords(fen, currency, locale)).toBe(words);
  });

  it('Traditional words use no Simplified-only numeral, Simplified none of the Traditional ones', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999_99 }), (fen) => {
        expect(amountInWords(fen, 'TWD', 'zh-TW')).not.toMatch(/[贰叁陆万亿币台]/);
        expect(amountInWords(fen, 'CNY', 'zh-CN')).not.toMatch(/[貳參陸萬億幣臺]/);
      }),
    );
  });

  it('reads back to the same amount (an independent reader of the numerals)', () => {
    const value: Record<string, number> = { 零: 0, 壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9 };
    const unit: Record<string, number> = { 拾: 10, 佰: 100, 仟: 1000 };
    const read = (words: string): number => {
      const body = words.replace(/^人民币/, '').replace(/整$/, '');
      const [yuanPart, smallPart] = body.includes('元') ? body.split('元') : ['', body];
      let total = 0;
      // Split by 亿 then 万: each section is a number below 10,000.
      const section = (s: string) => {
        let n = 0;
        let digit = 0;
        for (const c of s) {
          if (c in value) digit = value[c]!;
          else if (c in unit) {
            n += digit * unit[c]!;
            digit = 0;
          }
        }
        return n + digit;
      };
      let rest = yuanPart!;
      for (const [mark, scale] of [['亿', 1e8], ['万', 1e4]] as const) {
        const i = rest.indexOf(mark);
        if (i >= 0) {
          total += section(rest.slice(0, i)) * scale;
          rest = rest.slice(i + 1);
        }
      }
      total += section(rest);
      const jiao = /(.)角/.exec(smallPart!);
      const fen = /(.)分/.exec(words);
      return total * 100 + (jiao ? value[jiao[1]!]! * 10 : 0) + (fen ? value[fen[1]!]! : 0);
    };
    fc.assert(fc.property(fc.integer({ min: 0, max: 99_999_999_999_99 }), (fen) => {
      expect(read(amountInWords(fen))).toBe(fen);
    }), { numRuns: 2000 });
  });

  it('has no words for a negative amount', () => {
    expect(() => amountInWords(-1)).toThrow(RangeError);
  });

  it('names the unit in table headers', () => {
    expect(currencyUnit('CNY', 'zh-CN')).toBe('元');
    expect(currencyUnit('TWD', 'zh-TW')).toBe('新臺幣元');
    expect(currencyUnit('HKD', 'en')).toBe('HKD');
  });
});

describe('formatMoney per currency', () => {
  it.each([
    [1234500, 'TWD', 'zh-TW', 'NT$12,345'],
    [1234550, 'TWD', 'zh-TW', 'NT$12,345.50'],
    [1234500, 'HKD', 'zh-TW', 'HK$12,345.00'],
    [1234500, 'MOP', 'en', 'MOP$12,345.00'],
    [1234500, 'CNY', 'zh-CN', '¥12,345.00'],
    [1234500, 'CNY', 'zh-TW', 'CN¥12,345.00'],
  ] as [number, Currency, MoneyLocale, string][])('%i %s %s -> %s', (fen, currency, locale, text) => {
    expect(formatMoney(fen, { currency, locale })).toBe(text);
  });

  it('keeps CNY as the default, so callers without a currency are unchanged', () => {
    expect(formatMoney(1234500)).toBe('¥12,345.00');
  });

  it('round-trips MOP and whole-dollar TWD through the parser', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom<Currency>('TWD', 'MOP'), fc.constantFrom<MoneyLocale>('zh-CN', 'zh-TW', 'en'), (fen, currency, locale) => {
        expect(parseMoney(formatMoney(fen, { currency, locale }), { allowNegative: true })).toBe(fen);
      }),
    );
  });
});
