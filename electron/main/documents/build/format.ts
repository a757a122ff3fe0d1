// Formatting for printed documents: amounts, dates and the accessor of their fixed words.
// Pure functions; no locale data from the runtime, so output is the same on every machine.

import { formatMoney, type Currency } from '../../../../shared/domain/money';
import { documentUnit } from '../../../../shared/domain/money-words';
import { catalogs, type Catalog } from '../../../../shared/i18n';

export type DocLanguage = 'zh-CN' | 'zh-TW' | 'en';

export const DOC_LANGUAGES: readonly DocLanguage[] = ['zh-CN', 'zh-TW', 'en'];

// The currency of the document being built. Every builder takes it with its data (a case's
// amounts are in its region's currency) and sets it for the length of its own synchronous
// run with inCurrency, so the small helpers that print an amount or a column header need no
// extra parameter. Builders are pure and synchronous: nothing else runs in between.
let activeCurrency: Currency = 'CNY';

/** Runs a (synchronous) builder with `currency` as the currency of every amount it prints. */
export function inCurrency<T>(currency: Currency | undefined, build: () => T): T {
  const before = activeCurrency;
  activeCurrency = currency ?? 'CNY';
  try {
    return build();
  } finally {
    activeCurrency = before;
  }
}

/**
 * Integer minor units (fen) -> "12,345.67" (thousands separators, two decimals, ASCII
 * minus): the shared formatter, so the documents print what the UI shows. Renminbi amounts
 * carry no symbol (headers say 元, as before); any other currency carries its symbol on
 * every amount ("NT$12,345", "HK$1,234.50"), since a bare figure beside a region's dollar
 * is the first thing a reader could misread.
 */
export function formatAmount(fen: number, currency: Currency = activeCurrency): string {
  if (!Number.isSafeInteger(fen)) throw new Error(`Amount must be an integer number of fen, got ${fen}`);
  return formatMoney(fen, { currency, symbol: currency !== 'CNY' });
}

/** The currency of the document being built (see inCurrency). */
export function documentCurrency(): Currency {
  return activeCurrency;
}

/** The printed documents' words in one language: the `paper` namespace of the shared catalogs. */
export type PaperWords = Catalog['paper'];

const withUnits = new Map<string, PaperWords>();

/**
 * The one way a builder reads its fixed words: the `paper` namespace of the shared catalogs
 * in the document's language, with the active currency's unit. The words are written for
 * renminbi (金额（元）, 金额单位：元, Amount (CNY)); a Taiwan case reads 金額（新臺幣）, a
 * Hong Kong one 金額（港幣）, in English (TWD) / (HKD).
 */
export function paperWords(language: DocLanguage): PaperWords {
  const words = catalogs[language].paper;
  if (activeCurrency === 'CNY') return words;
  const key = `${language}|${activeCurrency}`;
  const cached = withUnits.get(key);
  if (cached) return cached;
  const unit = documentUnit(activeCurrency, language);
  const swap = (node: unknown): unknown =>
    typeof node === 'string'
      ? node
          .replace(/（元）/g, `（${unit}）`)
          .replace(/(单位|單位)：元/g, `$1：${unit}`)
          .replace(/\(CNY\)/g, `(${unit})`)
          .replace(/in CNY\b/g, `in ${unit}`)
      : Object.fromEntries(Object.entries(node as object).map(([k, v]) => [k, swap(v)]));
  const swapped = swap(words) as PaperWords;
  withUnits.set(key, swapped);
  return swapped;
}

/** Every fixed word the letter and packet frame can print in a language (for glyph-coverage checks). */
export function fixedWords(language: DocLanguage): string {
  return Object.values(catalogs[language].paper.frame).join('') + '：:，。、（）0123456789.,-';
}

/** Every fixed word of the case documents in a language (for glyph-coverage checks). */
export function caseFixedWords(language: DocLanguage): string {
  return Object.values(catalogs[language].paper.case).join('') + '★%';
}
