// Money is integer fen (minor units) in safe JS integers; no float ever holds a stored
// amount. Rounding, where a computation must round, is half away from zero.

export type Currency = 'CNY' | 'HKD' | 'TWD' | 'USD';
export type Frequency = 'weekly' | 'fortnightly' | 'four_weekly' | 'monthly' | 'quarterly' | 'yearly';

const SYMBOLS: Record<Currency, string> = { CNY: '¥', HKD: 'HK$', TWD: 'NT$', USD: '$' };

export function assertFen(value: number): number {
  if (!Number.isSafeInteger(value)) throw new RangeError(`not a safe integer amount of fen: ${value}`);
  return value;
}

/** Rounds half away from zero: 2.5 -> 3, -2.5 -> -3. */
export function roundHalfAwayFromZero(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(x));
}

/**
 * '1,234.56', '¥1 234.5', '１２３．４' (full-width) -> fen. Null for anything else: more
 * than two decimals, letters, an empty string, an amount beyond exact integers, or a
 * minus sign unless `allowNegative`.
 */
export function parseMoney(text: string, options: { allowNegative?: boolean } = {}): number | null {
  const halfWidth = text
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[，]/g, ',')
    .replace(/[－−]/g, '-');
  const clean = halfWidth.replace(/[\s,¥￥]/g, '').replace(/^(-?)(?:CNY|RMB)/i, '$1');
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(clean);
  if (!m) return null;
  if (m[1] && !options.allowNegative) return null;
  const fen = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(fen) || m[2]!.length > 14) return null;
  return m[1] ? -fen : fen;
}

/** ¥1,234.56 with thousands separators and exactly two decimals. */
export function formatMoney(fen: number, options: { locale?: string; currency?: Currency; symbol?: boolean } = {}): string {
  assertFen(fen);
  const { locale = 'zh-CN', currency = 'CNY', symbol = true } = options;
  const abs = Math.abs(fen);
  const whole = new Intl.NumberFormat(locale, { useGrouping: true, maximumFractionDigits: 0 }).format(BigInt(Math.trunc(abs / 100)));
  const cents = String(abs % 100).padStart(2, '0');
  return `${fen < 0 ? '-' : ''}${symbol ? SYMBOLS[currency] : ''}${whole}.${cents}`;
}

/** Adds amounts exactly; throws rather than lose a fen beyond safe integers. */
export function sumFen(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total = assertFen(total + assertFen(v));
  return total;
}

/** `part` as a fraction of `whole` (0.25 for a quarter); null when whole is 0. */
export function percentOf(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** An amount times a rate (interest, a waiver percentage), rounded half away from zero to the fen. */
export function mulRate(fen: number, rate: number): number {
  return assertFen(roundHalfAwayFromZero(fen * rate));
}

/**
 * Monthly equivalent of an amount paid at another frequency, as budgets normalise it:
 * weekly × 52 ÷ 12, fortnightly × 26 ÷ 12, four-weekly × 13 ÷ 12, quarterly ÷ 3, yearly ÷ 12.
 * Multiplies before dividing, so the only rounding is the last step.
 */
export function normaliseToMonthly(fen: number, frequency: Frequency): number {
  assertFen(fen);
  const [num, den] = {
    weekly: [52, 12],
    fortnightly: [26, 12],
    four_weekly: [13, 12],
    monthly: [1, 1],
    quarterly: [1, 3],
    yearly: [1, 12],
  }[frequency] as [number, number];
  return assertFen(roundHalfAwayFromZero((fen * num) / den));
}

/**
 * Shares `totalFen` in proportion to `weights`, exactly: the shares sum to the total.
 * Each share is first rounded down; the fen left over go one each to the largest
 * remainders, ties to the lower index (so the result is deterministic). Zero weights get
 * nothing. When every weight is zero nothing can be shared and every share is 0.
 *
 * DOMAIN.md's example (160.00 over 4,550 / 6,700 / 1,200) prints 58.47 / 86.10 / 15.42,
 * which sums to 159.99; this rule gives the missing fen to the largest remainder:
 * 58.47 / 86.11 / 15.42.
 */
export function allocateProRata(totalFen: number, weights: readonly number[]): number[] {
  assertFen(totalFen);
  if (totalFen < 0) throw new RangeError('cannot share a negative amount');
  if (weights.some((w) => !Number.isSafeInteger(w) || w < 0)) throw new RangeError('weights must be non-negative safe integers');
  const sum = weights.reduce((s, w) => s + BigInt(w), 0n);
  if (sum === 0n) return weights.map(() => 0);
  const total = BigInt(totalFen);
  const floors = weights.map((w) => (total * BigInt(w)) / sum);
  const remainders = weights.map((w, i) => ({ i, r: (total * BigInt(w)) % sum }));
  let left = Number(total - floors.reduce((s, f) => s + f, 0n));
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  const shares = floors.map(Number);
  for (const { i } of remainders) {
    if (left === 0) break;
    shares[i]! += 1;
    left--;
  }
  return shares;
}
