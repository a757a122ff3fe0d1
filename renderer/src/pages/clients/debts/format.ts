import type { LegalStage } from '../../../../../shared/schemas/debts';

// Small, pure helpers of the debt screens: the rate as typed (percent) vs as stored
// (decimal), percentages on screen, and the colours of overdue days and legal stages.

/**
 * Moves the decimal point of a plain decimal number written as text: shiftDecimal('0.05', -2)
 * is '0.0005'. Done on the digits, so no binary float rounding creeps in (0.07 / 100 in
 * floating point is 0.0007000000000000001). Accepts exponent notation as String(number) gives it.
 */
export function shiftDecimal(text: string, places: number): string | null {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text.trim());
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return null;
  const sign = m[1] === '-' ? '-' : '';
  const intPart = m[2] ?? '';
  const frac = m[3] ?? '';
  const digits = intPart + frac;
  const point = intPart.length + Number(m[4] ?? 0) + places;
  let whole: string;
  let fraction: string;
  if (point <= 0) {
    whole = '0';
    fraction = '0'.repeat(-point) + digits;
  } else if (point >= digits.length) {
    whole = digits + '0'.repeat(point - digits.length);
    fraction = '';
  } else {
    whole = digits.slice(0, point);
    fraction = digits.slice(point);
  }
  whole = whole.replace(/^0+(?=\d)/, '') || '0';
  fraction = fraction.replace(/0+$/, '');
  const out = fraction ? `${whole}.${fraction}` : whole;
  return out === '0' ? '0' : sign + out;
}

/** What the counsellor typed as a percentage ('0.05' for 0.05%) to the stored decimal (0.0005). */
export function percentTextToDecimal(text: string | null | undefined): number | null {
  if (text === null || text === undefined || String(text).trim() === '') return null;
  const shifted = shiftDecimal(String(text), -2);
  if (shifted === null) return null;
  const n = Number(shifted);
  return Number.isFinite(n) ? n : null;
}

/** A stored decimal rate (0.0005) as the percentage text the counsellor typed ('0.05'). */
export function decimalToPercentText(decimal: number | null | undefined): string | null {
  if (decimal === null || decimal === undefined || !Number.isFinite(decimal)) return null;
  return shiftDecimal(String(decimal), 2);
}

/** 0.1825 -> '18.25%' in the UI language; up to `digits` decimals, trailing zeros kept to `minDigits`. */
export function formatPercent(decimal: number, locale: string, digits = 2, minDigits = digits): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: minDigits }).format(decimal);
}

/** A reference line as people say it: 0.24 -> '24%'. */
export const formatLine = (line: number, locale: string) => formatPercent(line, locale, 2, 0);

/** A colour that deepens with the arrears: a month, a quarter, half a year, more. */
export function overdueColor(days: number | null): string | undefined {
  if (days === null || days <= 0) return undefined;
  if (days <= 30) return 'gold';
  if (days <= 90) return 'orange';
  if (days <= 180) return 'volcano';
  return 'red';
}

export function legalStageColor(stage: LegalStage): string | undefined {
  switch (stage) {
    case 'none':
      return undefined;
    case 'lawsuit_filed':
    case 'mediation':
      return 'orange';
    case 'judgment':
      return 'volcano';
    default:
      return 'red';
  }
}
