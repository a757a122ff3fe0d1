// Amounts in words for letters, and each currency's name as a document prints it.
//
// Chinese letters write a sum in the financial numerals (大写) after the figures, the way
// cheques and bank forms do, so a figure cannot be altered: 人民币壹万贰仟叁佰肆拾伍元陆角整.
// The rules followed are those of the mainland's payment-settlement measures (支付结算办法),
// which Taiwan and Hong Kong forms share in substance: 整 after 元 or 角 when nothing smaller
// follows, none after 分; a zero inside the number is written once (壹仟零伍元), and a missing
// 角 before a 分 is written 零 (壹元零伍分). Traditional Chinese uses 貳 參 陸 萬 億 and the
// currency names of Taiwan (新臺幣) and Hong Kong (港幣).

import { assertFen, type Currency, type MoneyLocale } from './money';

const DIGITS: Record<'zh-CN' | 'zh-TW', string> = { 'zh-CN': '零壹贰叁肆伍陆柒捌玖', 'zh-TW': '零壹貳參肆伍陸柒捌玖' };
const SMALL_UNITS = ['', '拾', '佰', '仟'];
const BIG_UNITS: Record<'zh-CN' | 'zh-TW', string[]> = { 'zh-CN': ['', '万', '亿', '万亿'], 'zh-TW': ['', '萬', '億', '萬億'] };

/** How a document names the currency: in headers ('金额（元）') and before the words. */
const NAMES: Record<Currency, Record<MoneyLocale, { unit: string; words: string }>> = {
  CNY: { 'zh-CN': { unit: '元', words: '人民币' }, 'zh-TW': { unit: '人民幣元', words: '人民幣' }, en: { unit: 'CNY', words: 'Renminbi' } },
  TWD: { 'zh-CN': { unit: '新台币元', words: '新台币' }, 'zh-TW': { unit: '新臺幣元', words: '新臺幣' }, en: { unit: 'TWD', words: 'New Taiwan dollars' } },
  HKD: { 'zh-CN': { unit: '港元', words: '港币' }, 'zh-TW': { unit: '港元', words: '港幣' }, en: { unit: 'HKD', words: 'Hong Kong dollars' } },
  MOP: { 'zh-CN': { unit: '澳门元', words: '澳门币' }, 'zh-TW': { unit: '澳門元', words: '澳門幣' }, en: { unit: 'MOP', words: 'Macau patacas' } },
  USD: { 'zh-CN': { unit: '美元', words: '美元' }, 'zh-TW': { unit: '美元', words: '美元' }, en: { unit: 'USD', words: 'US dollars' } },
};

/** The unit a table header names: '元' for CNY in Simplified Chinese (as before), '新臺幣元', 'HKD'. */
export function currencyUnit(currency: Currency, locale: MoneyLocale): string {
  return NAMES[currency][locale].unit;
}

/**
 * The unit a document's headers name (金额（元）, 金額（新臺幣）, Amount (HKD)): 元 for
 * renminbi as Parley always printed it; for the others the currency's name, never 元, so a
 * Taiwan or Hong Kong document cannot be read as renminbi.
 */
export function documentUnit(currency: Currency, locale: MoneyLocale): string {
  if (locale === 'en') return NAMES[currency].en.unit;
  return currency === 'CNY' ? '元' : NAMES[currency][locale].words;
}

/** A group of up to four digits in financial numerals, with the zeros inside it. */
function group(n: number, digits: string): string {
  let out = '';
  let zero = false;
  for (let pos = 3; pos >= 0; pos--) {
    const d = Math.floor(n / 10 ** pos) % 10;
    if (d === 0) {
      if (out) zero = true;
      continue;
    }
    if (zero) out += digits[0];
    zero = false;
    out += digits[d]! + SMALL_UNITS[pos]!;
  }
  return out;
}

/** A whole number of yuan/dollars in financial numerals: 10005 -> 壹万零伍. */
function integerWords(n: number, locale: 'zh-CN' | 'zh-TW'): string {
  const digits = DIGITS[locale];
  if (n === 0) return digits[0]!;
  const groups: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 10_000)) groups.push(rest % 10_000);
  if (groups.length > BIG_UNITS[locale].length) throw new RangeError('amount too large to write in words');
  let out = '';
  let pendingZero = false;
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    if (g === 0) {
      if (out) pendingZero = true;
      continue;
    }
    // A gap before this group (a zero group, or fewer than four digits in it) reads as one 零.
    if (out && (pendingZero || g < 1000)) out += digits[0];
    pendingZero = false;
    out += group(g, digits) + BIG_UNITS[locale][i]!;
  }
  return out;
}

const EN_ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const EN_SCALES = ['', ' thousand', ' million', ' billion', ' trillion'];

function enBelowThousand(n: number): string {
  const parts: string[] = [];
  if (n >= 100) parts.push(`${EN_ONES[Math.floor(n / 100)]} hundred`);
  const rest = n % 100;
  if (rest > 0) {
    const words = rest < 20 ? EN_ONES[rest]! : EN_TENS[Math.floor(rest / 10)]! + (rest % 10 ? `-${EN_ONES[rest % 10]}` : '');
    parts.push(parts.length ? `and ${words}` : words);
  }
  return parts.join(' ');
}

function enInteger(n: number): string {
  if (n === 0) return 'zero';
  const chunks: string[] = [];
  let i = 0;
  for (let rest = n; rest > 0; rest = Math.floor(rest / 1000), i++) {
    const c = rest % 1000;
    if (c) chunks.unshift(enBelowThousand(c) + EN_SCALES[i]!);
  }
  return chunks.join(' ');
}

/**
 * An amount in words for a letter: '人民币壹万贰仟叁佰肆拾伍元陆角整', '新臺幣參萬元整',
 * 'Thirty thousand New Taiwan dollars only'. Negative amounts have no words (a letter
 * never asks for one): RangeError.
 */
export function amountInWords(fen: number, currency: Currency = 'CNY', locale: MoneyLocale = 'zh-CN'): string {
  assertFen(fen);
  if (fen < 0) throw new RangeError('no words for a negative amount');
  const whole = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  const name = NAMES[currency][locale].words;
  if (locale === 'en') {
    const main = `${enInteger(whole)} ${name}`;
    const text = fen % 100 ? `${main} and ${enInteger(fen % 100)} cents` : `${main} only`;
    return text[0]!.toUpperCase() + text.slice(1);
  }
  const digits = DIGITS[locale];
  let out = whole > 0 || fen === 0 ? `${integerWords(whole, locale)}元` : '';
  if (jiao > 0) out += `${digits[jiao]}角`;
  else if (cents > 0 && whole > 0) out += digits[0];
  if (cents > 0) out += `${digits[cents]}分`;
  else out += '整';
  return name + out;
}
