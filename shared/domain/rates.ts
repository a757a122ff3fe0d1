// Interest rates as decimal fractions with an explicit unit, the way Chinese lenders quote
// them: 0.0005 daily is 0.05% a day (日利率万分之五), 0.015 monthly is 月息1.5%, 0.24
// annual is 年化24%. A bare number is never a rate: without its unit, 0.05 could be a day's
// or a year's, and that difference is the whole point of the cost check.

export type RateUnit = 'annual' | 'monthly' | 'daily';
export interface QuotedRate {
  /** Decimal fraction per `unit`: 0.0005 = 0.05%. */
  value: number;
  unit: RateUnit;
}

/**
 * Days in the year used to annualise a daily rate. 365 is the default (as XIRR and most
 * APR disclosures count); 360 is the older bank convention (annual ÷ 360 = daily) that
 * some contracts still use - 0.05%/day compounds to ≈20.02% over 365 days, ≈19.72% over 360.
 */
export type DaysPerYear = 365 | 360;

function periodsPerYear(unit: RateUnit, daysPerYear: DaysPerYear): number {
  return unit === 'daily' ? daysPerYear : unit === 'monthly' ? 12 : 1;
}

function requireRate(rate: QuotedRate): void {
  if (!Number.isFinite(rate.value) || rate.value <= -1) throw new RangeError(`not a usable rate: ${rate.value}`);
}

/** The quoted rate made annual the simple way (no interest on interest): daily × 365, monthly × 12. */
export function toAnnualSimple(rate: QuotedRate, options: { daysPerYear?: DaysPerYear } = {}): number {
  requireRate(rate);
  return rate.value * periodsPerYear(rate.unit, options.daysPerYear ?? 365);
}

/**
 * The quoted rate made annual with compounding - the effective annual rate if interest
 * is added every period: (1 + r)^n − 1 with n = 365 (or 360) for daily, 12 for monthly.
 */
export function toAnnualCompound(rate: QuotedRate, options: { daysPerYear?: DaysPerYear } = {}): number {
  requireRate(rate);
  const n = periodsPerYear(rate.unit, options.daysPerYear ?? 365);
  // expm1/log1p keep small rates exact: 1.0005^365 − 1 without cancellation.
  return n === 1 ? rate.value : Math.expm1(n * Math.log1p(rate.value));
}

// --- Reading rates as written ------------------------------------------------------

const UNITS: { unit: RateUnit; pattern: RegExp }[] = [
  { unit: 'daily', pattern: /[日天]|\/\s*d(?:ay)?\b|\bper day\b|\bdaily\b|\ba day\b/i },
  { unit: 'monthly', pattern: /月|\/\s*mo(?:nth)?\b|\bper month\b|\bmonthly\b|\ba month\b/i },
  { unit: 'annual', pattern: /年|\bAPR\b|\bAPY\b|\bp\.\s?a\.|\bper (?:annum|year)\b|\bannual(?:ly)?\b|\byearly\b|\/\s*y(?:ea)?r\b|\ba year\b/i },
];

const CN_DIGITS: Record<string, string> = { 零: '0', 〇: '0', 一: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const CN_NUMBER = '[零〇一二两三四五六七八九十点]+';
const AR_NUMBER = '\\d+(?:\\.\\d+)?';

/** 五 -> '5', 十五 -> '15', 二十 -> '20', 二点五 -> '2.5', 零点零五 -> '0.05'; null otherwise. Numbers below 100 only. */
function chineseNumber(text: string): string | null {
  const [whole = '', frac, extra] = text.split('点');
  if (extra !== undefined || frac === '') return null;
  let int: string | undefined;
  const tens = /^([一二两三四五六七八九]?)十([一二三四五六七八九]?)$/.exec(whole);
  if (tens) int = String((tens[1] ? Number(CN_DIGITS[tens[1]]) : 1) * 10 + (tens[2] ? Number(CN_DIGITS[tens[2]]) : 0));
  else if (/^[零〇一二两三四五六七八九]$/.test(whole)) int = CN_DIGITS[whole];
  if (int === undefined) return null;
  if (frac === undefined) return int;
  const digits = [...frac].map((c) => CN_DIGITS[c]);
  return digits.every((d) => d !== undefined) ? `${int}.${digits.join('')}` : null;
}

// Each way of writing the number, with the power of ten it is 'out of': % is 10^2,
// ‰ and 千分之 are 10^3, ‱ and 万分之 are 10^4.
const NUMBER_FORMS: { pattern: RegExp; exponent: number; chinese: boolean }[] = [
  { pattern: new RegExp(`万分之\\s*(${AR_NUMBER})`, 'g'), exponent: 4, chinese: false },
  { pattern: new RegExp(`万分之(${CN_NUMBER})`, 'g'), exponent: 4, chinese: true },
  { pattern: new RegExp(`千分之\\s*(${AR_NUMBER})`, 'g'), exponent: 3, chinese: false },
  { pattern: new RegExp(`千分之(${CN_NUMBER})`, 'g'), exponent: 3, chinese: true },
  { pattern: new RegExp(`百分之\\s*(${AR_NUMBER})`, 'g'), exponent: 2, chinese: false },
  { pattern: new RegExp(`百分之(${CN_NUMBER})`, 'g'), exponent: 2, chinese: true },
  { pattern: new RegExp(`(${AR_NUMBER})\\s*‱`, 'g'), exponent: 4, chinese: false },
  { pattern: new RegExp(`(${AR_NUMBER})\\s*‰`, 'g'), exponent: 3, chinese: false },
  { pattern: new RegExp(`(${AR_NUMBER})\\s*%`, 'g'), exponent: 2, chinese: false },
];

/**
 * Reads a rate as written in a contract or an app into a QuotedRate: '0.05%/日',
 * '日利率万分之五', '日息5‱', '月息1.5%', '月利率百分之一点五', '年化24%', 'APR 36%',
 * '0.05% per day'. Null - rather than a guess - when the text names no unit or more
 * than one ('年化18.25%（日0.05%）'), when it holds no rate or more than one, or when a
 * number has no %, ‰, ‱ or 分之 to say what it is out of. Traditional 分/厘 quotes
 * (月息2分) mean different things for different periods and are left to the counsellor.
 */
export function parseQuotedRate(text: string): QuotedRate | null {
  const s = text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) // full-width forms
    .replace(/。/g, '.');
  const units = UNITS.filter((u) => u.pattern.test(s));
  if (units.length !== 1) return null;
  const found: { digits: string; exponent: number }[] = [];
  let rest = s;
  for (const form of NUMBER_FORMS) {
    rest = rest.replace(form.pattern, (_match, n: string) => {
      const digits = form.chinese ? chineseNumber(n) : n;
      found.push({ digits: digits ?? 'NaN', exponent: form.exponent });
      return ' '; // consumed, so a later form cannot count it again
    });
  }
  if (found.length !== 1) return null;
  // Through a decimal string, so '0.05' and 'e-2' give exactly the double nearest 0.0005.
  const value = Number(`${found[0]!.digits}e-${found[0]!.exponent}`);
  return Number.isFinite(value) ? { value, unit: units[0]!.unit } : null;
}
