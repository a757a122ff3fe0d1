// Money is integer fen (minor units) held in safe JS integers: no float ever holds a
// stored amount, and anything that would leave the safe range throws instead of silently
// losing a fen. Where a computation must round, it rounds half away from zero
// (0.5 fen -> 1, -0.5 fen -> -1), the way amounts are rounded by hand and on statements,
// and the arithmetic behind it is exact (BigInt), so a product such as 1.00 × 14.5% lands
// on 0.15 and not on the 0.14 that binary floating point would give.

import { groupThousands } from '../format/numbers';

export type Currency = 'CNY' | 'HKD' | 'TWD' | 'MOP' | 'USD';
export type MoneyLocale = 'zh-CN' | 'zh-TW' | 'en';
export type Frequency = 'weekly' | 'fortnightly' | 'four_weekly' | 'monthly' | 'quarterly' | 'yearly';

// The symbol a reader of that locale takes for that currency without a second thought
// (as CLDR has it, except TWD: 'NT$' everywhere, since a bare '$' is ambiguous in print).
// English writes CNY as a bare '¥', decided once here for the UI, the PDFs and the exports:
// every amount in Parley is in the case's currency (no yen ever appears beside it), the
// English screens are the same mainland tool translated, and printed documents name the
// currency in the column header ('Amount (CNY)'), so 'CN¥' would only widen tables that must
// fit a 1280-px laptop. zh-TW keeps CLDR's 'CN¥': there a bare '¥' is read as the yen.
// HKD and MOP are 'HK$' and 'MOP$' in every language (as on Hong Kong and Macau price tags).
const SYMBOLS: Record<Currency, Record<MoneyLocale, string>> = {
  CNY: { 'zh-CN': '¥', 'zh-TW': 'CN¥', en: '¥' },
  HKD: { 'zh-CN': 'HK$', 'zh-TW': 'HK$', en: 'HK$' },
  TWD: { 'zh-CN': 'NT$', 'zh-TW': 'NT$', en: 'NT$' },
  MOP: { 'zh-CN': 'MOP$', 'zh-TW': 'MOP$', en: 'MOP$' },
  USD: { 'zh-CN': 'US$', 'zh-TW': 'US$', en: '$' },
};

const MAX_FEN = BigInt(Number.MAX_SAFE_INTEGER);

/** Returns `value` when it is a safe integer amount of fen; throws RangeError otherwise. */
export function assertFen(value: number): number {
  if (!Number.isSafeInteger(value)) throw new RangeError(`not a safe integer amount of fen: ${value}`);
  return value;
}

/** Rounds half away from zero: 2.5 -> 3, -2.5 -> -3 (Math.round would give -2). */
export function roundHalfAwayFromZero(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(x)) + 0; // + 0 turns -0 into 0
}

/** n ÷ d for BigInts, rounded half away from zero; d must be positive. */
function divRound(n: bigint, d: bigint): bigint {
  const neg = n < 0n;
  const abs = neg ? -n : n;
  let q = abs / d;
  if ((abs % d) * 2n >= d) q += 1n;
  return neg ? -q : q;
}

/** A bigint known to fit, as a number; throws when it does not. */
function toFen(n: bigint): number {
  if (n > MAX_FEN || n < -MAX_FEN) throw new RangeError(`amount beyond safe integer fen: ${n}`);
  return Number(n) || 0; // never -0
}

/**
 * A finite number as the exact decimal it prints as: 0.145 -> 145 / 10^3. A rate typed
 * as 0.145 means 14.5%, not the nearest binary double (0.14499999999999999).
 */
function exactDecimal(x: number): { num: bigint; den: bigint } {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (!m) throw new RangeError(`cannot read ${x} as a decimal`);
  const frac = m[3] ?? '';
  const exp = Number(m[4] ?? 0) - frac.length;
  let num = BigInt(m[2]! + frac) * (m[1] ? -1n : 1n);
  let den = 1n;
  if (exp >= 0) num *= 10n ** BigInt(exp);
  else den = 10n ** BigInt(-exp);
  return { num, den };
}

// Full-width forms (U+FF01..FF5E) map onto ASCII by a fixed offset; a Chinese IME
// produces them for digits, '.', ',', '-', '$' and currency codes.
function halfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\uFFE5/g, '¥') // full-width yen sign
    .replace(/。/g, '.') // an IME full stop typed for the decimal point
    .replace(/[\u2212\u2012\u2013]/g, '-'); // minus sign and dashes pasted from documents
}

const PREFIX = /^(?:CN¥|HK\$|NT\$|US\$|MOP\$|[¥$]|CNY|RMB|HKD|TWD|NTD|MOP|USD)\s*/i;
// Digits, either plain or grouped in threes by commas or by spaces (one kind only); then
// at most two decimals. Strict grouping refuses '1234,56', which a lax reader would take
// for 123,456.00 - a hundredfold error.
const AMOUNT = /^(\d+|\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+)(?:\.(\d{1,2}))?$/;

/** Why typed text is not an amount: each gets its own message at the field. */
export type MoneyProblem = 'empty' | 'decimals' | 'grouping' | 'negative' | 'tooLarge' | 'notNumber';

/**
 * Reads an amount as typed or pasted into fen: '1,234.56', '1234.5', '¥1 234.56',
 * '１２３．４', 'RMB 100', '1,000元'. The currency marker, if any, is dropped: the caller
 * knows the currency. Anything else is refused with the reason: nothing typed, more than
 * two decimals ('0.005' is never rounded to 0.01), badly grouped digits ('1234,56', a
 * decimal comma), a minus sign unless `allowNegative`, an amount beyond safe integer fen,
 * and everything that is not a plain amount (letters, exponents, NaN).
 */
export function readMoney(text: string, options: { allowNegative?: boolean } = {}): { fen: number } | { problem: MoneyProblem } {
  let s = halfWidth(text).replace(/\s+/g, ' ').trim();
  if (s === '') return { problem: 'empty' };
  let negative = false;
  const takeSign = () => {
    const m = /^([-+])\s*/.exec(s);
    if (!m) return;
    if (m[1] === '-') negative = !negative;
    s = s.slice(m[0].length);
  };
  takeSign(); // '-¥12.30'
  s = s.replace(PREFIX, '');
  if (!negative) takeSign(); // '¥-12.30'
  s = s.replace(/\s*元$/, '');
  const m = AMOUNT.exec(s);
  if (!m) {
    if (/^[\d, ]*\d\.\d{3,}$/.test(s)) return { problem: 'decimals' };
    if (/^\d[\d, ]*(?:\.\d*)?$/.test(s) && /[, ]/.test(s)) return { problem: 'grouping' };
    return { problem: 'notNumber' };
  }
  if (negative && !options.allowNegative) return { problem: 'negative' };
  const fen = BigInt(m[1]!.replace(/[, ]/g, '')) * 100n + BigInt((m[2] ?? '').padEnd(2, '0'));
  if (fen > MAX_FEN) return { problem: 'tooLarge' };
  return { fen: negative ? toFen(-fen) : toFen(fen) };
}

/** readMoney's amount in fen, or null whatever the reason it was refused. */
export function parseMoney(text: string, options: { allowNegative?: boolean } = {}): number | null {
  const r = readMoney(text, options);
  return 'fen' in r ? r.fen : null;
}

/**
 * '¥1,234.56': thousands grouped by commas and two decimals, in every supported locale
 * (they all write numbers the same way; the locale only picks the symbol, e.g. 'CN¥' for
 * CNY in Traditional Chinese). `currency` is the case's (CNY when left out). New Taiwan
 * dollars are counted in whole dollars in practice: a whole TWD amount prints without
 * decimals ('NT$12,345'), one with cents keeps them ('NT$12,345.50') – a cent is never
 * hidden. `symbol: false` leaves the symbol out. Negative: '-¥1.00'.
 */
export function formatMoney(fen: number, options: { locale?: MoneyLocale; currency?: Currency; symbol?: boolean } = {}): string {
  assertFen(fen);
  const { locale = 'zh-CN', currency = 'CNY', symbol = true } = options;
  const abs = Math.abs(fen);
  // Grouped by hand rather than with Intl so the output cannot drift with ICU versions.
  const whole = groupThousands(String(Math.floor(abs / 100)));
  const cents = abs % 100 === 0 && currency === 'TWD' ? '' : `.${String(abs % 100).padStart(2, '0')}`;
  return `${fen < 0 ? '-' : ''}${symbol ? SYMBOLS[currency][locale] : ''}${whole}${cents}`;
}

/** The symbol formatMoney writes for a currency in a locale ('NT$', 'CN¥', '¥'). */
export function currencySymbolOf(currency: Currency, locale: MoneyLocale = 'zh-CN'): string {
  return SYMBOLS[currency][locale];
}

/** Adds amounts exactly; throws RangeError rather than lose a fen beyond safe integers. */
export function sumFen(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total = assertFen(total + assertFen(v));
  return total;
}

/**
 * `partFen` as a fraction of `wholeFen` - 0.25 for a quarter, in keeping with rates held
 * as decimal fractions everywhere; multiply by 100 only to display. Null when the whole
 * is 0 (no meaningful share).
 */
export function percentOf(partFen: number, wholeFen: number): number | null {
  assertFen(partFen);
  assertFen(wholeFen);
  return wholeFen === 0 ? null : partFen / wholeFen;
}

/**
 * An amount times a rate (interest for a period, a waiver or settlement percentage),
 * rounded half away from zero to the fen. The rate is taken as the decimal it is written
 * as (0.145 is exactly 14.5%) and the product is computed exactly, so the only rounding
 * is this one. Throws RangeError for a non-finite rate or an unsafe result.
 */
export function mulRate(fen: number, rate: number): number {
  assertFen(fen);
  const { num, den } = exactDecimal(rate);
  return toFen(divRound(BigInt(fen) * num, den));
}

// Each frequency as an exact fraction of a month: (amount × num ÷ den).
const PER_MONTH: Record<Frequency, [bigint, bigint]> = {
  weekly: [52n, 12n],
  fortnightly: [26n, 12n],
  four_weekly: [13n, 12n],
  monthly: [1n, 1n],
  quarterly: [1n, 3n],
  yearly: [1n, 12n],
};

/**
 * Monthly equivalent of an amount paid at another frequency, as budgets normalise it:
 * weekly × 52 ÷ 12, fortnightly × 26 ÷ 12, four-weekly × 13 ÷ 12, quarterly ÷ 3,
 * yearly ÷ 12. Exact until one final rounding, half away from zero, to the fen - so 12
 * monthly figures are within 12 fen (1 fen a month) of the yearly total.
 */
export function normaliseToMonthly(fen: number, frequency: Frequency): number {
  assertFen(fen);
  const [num, den] = PER_MONTH[frequency];
  return toFen(divRound(BigInt(fen) * num, den));
}

/**
 * Shares `totalFen` in proportion to `weights` (outstanding balances in fen), exactly:
 * the shares always sum to the total. Largest-remainder method: each share is first the
 * exact quotient rounded down; the fen left over (fewer than there are weights) go one
 * each to the largest remainders, ties to the lower index, so the result is
 * deterministic. A larger weight never gets less than a smaller one. Zero weights get
 * nothing. When every weight is zero (or there are none) no one is owed anything, so
 * every share is 0 and nothing is allocated - the caller sees the sum fall short.
 * Throws RangeError for a negative total or a weight that is not a non-negative safe integer.
 *
 * DOMAIN.md's example (160.00 over 4,550 / 6,700 / 1,200) prints 58.47 / 86.10 / 15.42:
 * each share rounded on its own, which sums to 159.99 and loses a fen. This rule gives the
 * fen to the largest remainder (86.104… beats 58.473… and 15.421…): 58.47 / 86.11 / 15.42.
 */
export function allocateProRata(totalFen: number, weights: readonly number[]): number[] {
  assertFen(totalFen);
  if (totalFen < 0) throw new RangeError('cannot share a negative amount');
  if (weights.some((w) => !Number.isSafeInteger(w) || w < 0)) throw new RangeError('weights must be non-negative safe integers');
  const sum = weights.reduce((s, w) => s + BigInt(w), 0n);
  if (sum === 0n) return weights.map(() => 0);
  const total = BigInt(totalFen);
  const exact = weights.map((w, i) => ({ i, floor: (total * BigInt(w)) / sum, rem: (total * BigInt(w)) % sum }));
  let left = total - exact.reduce((s, e) => s + e.floor, 0n);
  const shares = exact.map((e) => Number(e.floor));
  const order = [...exact].sort((a, b) => (a.rem === b.rem ? a.i - b.i : a.rem > b.rem ? -1 : 1));
  for (const { i } of order) {
    if (left === 0n) break;
    shares[i]! += 1;
    left -= 1n;
  }
  return shares;
}
