import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuotedRate, toAnnualCompound, toAnnualSimple, type QuotedRate } from '../../../../shared/domain/rates';

const daily = (value: number): QuotedRate => ({ value, unit: 'daily' });
const monthly = (value: number): QuotedRate => ({ value, unit: 'monthly' });

describe('annualising a quoted rate', () => {
  it('0.05% a day is 18.25% a year simple, about 20.02% compounded over 365 days', () => {
    expect(toAnnualSimple(daily(0.0005))).toBeCloseTo(0.1825, 12);
    // (1.0005)^365 − 1 = 0.200159410677…, worked out to 40 digits elsewhere.
    expect(toAnnualCompound(daily(0.0005))).toBeCloseTo(0.2001594106777109, 12);
  });

  it('over a 360-day year the same rate is 18.00% simple and ≈19.72% compounded', () => {
    // (1.0005)^360 − 1 = 0.197163507503…: the "≈19.72%" often quoted comes from a 360-day year.
    expect(toAnnualSimple(daily(0.0005), { daysPerYear: 360 })).toBeCloseTo(0.18, 12);
    expect(toAnnualCompound(daily(0.0005), { daysPerYear: 360 })).toBeCloseTo(0.1971635075033552, 12);
  });

  it('1.5% a month is 18% simple and ≈19.56% compounded; an annual rate stays as it is', () => {
    expect(toAnnualSimple(monthly(0.015))).toBeCloseTo(0.18, 12);
    expect(toAnnualCompound(monthly(0.015))).toBeCloseTo(Math.pow(1.015, 12) - 1, 12);
    expect(toAnnualCompound(monthly(0.015)) * 100).toBeCloseTo(19.56, 2);
    expect(toAnnualSimple({ value: 0.24, unit: 'annual' })).toBe(0.24);
    expect(toAnnualCompound({ value: 0.24, unit: 'annual' })).toBe(0.24);
    expect(toAnnualCompound(daily(0))).toBe(0);
  });

  it('compounding never gives less than simple for a positive rate', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-9, max: 0.05, noNaN: true }), fc.constantFrom<'daily' | 'monthly'>('daily', 'monthly'), (value, unit) => {
        expect(toAnnualCompound({ value, unit })).toBeGreaterThanOrEqual(toAnnualSimple({ value, unit }) * (1 - 1e-12));
      }),
    );
  });

  it('refuses a rate that is not a number or loses more than everything', () => {
    expect(() => toAnnualSimple(daily(Number.NaN))).toThrow(RangeError);
    expect(() => toAnnualCompound(daily(-1))).toThrow(RangeError);
  });
});

describe('parseQuotedRate', () => {
  it.each([
    ['0.05%/日', 0.0005, 'daily'],
    ['日利率万分之五', 0.0005, 'daily'],
    ['日利率万分之5', 0.0005, 'daily'],
    ['日息5‱', 0.0005, 'daily'],
    ['万分之二点五/天', 0.00025, 'daily'],
    ['日利率千分之一', 0.001, 'daily'],
    ['0.05% per day', 0.0005, 'daily'],
    ['月息1.5%', 0.015, 'monthly'],
    ['月利率百分之一点五', 0.015, 'monthly'],
    ['月利率 2 %', 0.02, 'monthly'],
    ['1.5%/month', 0.015, 'monthly'],
    ['年化24%', 0.24, 'annual'],
    ['年化２４％', 0.24, 'annual'], // full-width, as a Chinese IME types it
    ['年利率百分之三十六', 0.36, 'annual'],
    ['APR 36%', 0.36, 'annual'],
    ['24% p.a.', 0.24, 'annual'],
    ['年化利率 35.99%', 0.3599, 'annual'],
  ] as [string, number, QuotedRate['unit']][])('reads %s', (text, value, unit) => {
    const r = parseQuotedRate(text);
    expect(r).not.toBeNull();
    expect(r!.unit).toBe(unit);
    expect(r!.value).toBeCloseTo(value, 15);
  });

  it.each([
    '24%', // no unit
    '日利率0.05', // no %, ‰ or 万分之: 0.05 of what?
    '年化18.25%（日利率0.05%）', // two units, two rates
    '借款期限1年，日利率0.05%', // one rate, but a year and a day are both named
    '年化24%-36%', // two rates
    '月息2分', // traditional 分/厘: left to the counsellor
    '日利率万分之',
    '',
  ])('says nothing rather than guess for %j', (text) => expect(parseQuotedRate(text)).toBeNull());

  it('reads back a daily rate written as a percentage with two decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.constantFrom('%/日', '% per day', '%/天'), (hundredths, suffix) => {
        const r = parseQuotedRate(`${(hundredths / 100).toFixed(2)}${suffix}`);
        expect(r?.unit).toBe('daily');
        expect(r!.value).toBeCloseTo(hundredths / 10_000, 15);
      }),
    );
  });
});
