// The debt form's pure helpers (renderer/src/pages/clients/debts/format.ts): the rate the
// counsellor types as a percentage vs the decimal the contract stores, and screen formats.
// They live in the renderer but are plain functions, so they are tested here with the handlers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decimalToPercentText,
  formatLine,
  formatPercent,
  overdueColor,
  percentTextToDecimal,
  shiftDecimal,
} from '../../../../../renderer/src/pages/clients/debts/format';

describe('percent as typed <-> decimal as stored', () => {
  it('reads 0.05 (% a day) as 0.0005, exactly as the literal would be', () => {
    expect(percentTextToDecimal('0.05')).toBe(0.0005);
    expect(percentTextToDecimal('18')).toBe(0.18);
    expect(percentTextToDecimal('24.0')).toBe(0.24);
    expect(percentTextToDecimal('1.5')).toBe(0.015);
    expect(percentTextToDecimal('0')).toBe(0);
    expect(percentTextToDecimal('.5')).toBe(0.005);
    expect(percentTextToDecimal('100')).toBe(1);
  });

  it('avoids the float error of dividing by 100', () => {
    // 0.07 / 100 === 0.0007000000000000001 in binary floating point.
    expect(0.07 / 100).not.toBe(0.0007);
    expect(percentTextToDecimal('0.07')).toBe(0.0007);
    expect(percentTextToDecimal('0.0657')).toBe(0.000657);
  });

  it('answers null for empty or non-numeric text', () => {
    for (const bad of [null, undefined, '', ' ', 'abc', '1..2', '.', '5%']) expect(percentTextToDecimal(bad), String(bad)).toBeNull();
  });

  it('shows a stored decimal as the percentage typed, without float noise', () => {
    // 0.0007 * 100 === 0.06999999999999999 in floating point.
    expect(0.0007 * 100).not.toBe(0.07);
    expect(decimalToPercentText(0.0007)).toBe('0.07');
    expect(decimalToPercentText(0.0005)).toBe('0.05');
    expect(decimalToPercentText(0.18)).toBe('18');
    expect(decimalToPercentText(0.015)).toBe('1.5');
    expect(decimalToPercentText(1e-7)).toBe('0.00001');
    expect(decimalToPercentText(10)).toBe('1000');
    expect(decimalToPercentText(null)).toBeNull();
    expect(decimalToPercentText(Number.NaN)).toBeNull();
  });

  it('round-trips any percentage with up to 6 decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), fc.integer({ min: 0, max: 6 }), (digits, scale) => {
        const typed = shiftDecimal(String(digits), -scale)!;
        const stored = percentTextToDecimal(typed)!;
        expect(stored).toBe(Number(shiftDecimal(typed, -2)));
        expect(decimalToPercentText(stored)).toBe(typed);
      }),
    );
  });

  it('moves the decimal point on the digits', () => {
    expect(shiftDecimal('123.45', 1)).toBe('1234.5');
    expect(shiftDecimal('123.45', -4)).toBe('0.012345');
    expect(shiftDecimal('5e-4', 2)).toBe('0.05');
    expect(shiftDecimal('-1.5', 2)).toBe('-150');
    expect(shiftDecimal('0.000', 2)).toBe('0');
  });
});

describe('screen formats', () => {
  it('formats percentages and reference lines', () => {
    expect(formatPercent(0.1825, 'zh-CN')).toBe('18.25%');
    expect(formatPercent(0.2, 'en')).toBe('20.00%');
    expect(formatLine(0.24, 'zh-CN')).toBe('24%');
    expect(formatLine(0.365, 'en')).toBe('36.5%');
  });

  it('deepens the overdue colour with the arrears', () => {
    expect([null, 0, 1, 30, 31, 90, 91, 180, 181, 2000].map(overdueColor)).toEqual([
      undefined,
      undefined,
      'gold',
      'gold',
      'orange',
      'orange',
      'volcano',
      'volcano',
      'red',
      'red',
    ]);
  });
});
