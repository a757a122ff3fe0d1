import { pinyinKeys, type PinyinKeys } from '../text/pinyin';

// What the search index stores and how a query is matched against it. SQLite's tokenizers
// do not split Chinese into words, so the app writes the tokens itself:
//   - Chinese runs become single characters and overlapping pairs (张三丰 -> 张 三 丰 张三 三丰),
//     so any fragment matches by its pairs;
//   - names also get their pinyin and initials (zhangsanfeng, zsf), matched by prefix;
//   - Latin words are lower-cased; digit runs of 4+ also index their tails, so the last
//     digits of a phone or card number (5678) find it.

const CJK_RUN = /[\p{Script=Han}]+/gu;
const WORD_RUN = /[\p{L}\p{N}]+/gu;

function cjkGrams(run: string): string[] {
  const chars = [...run];
  const grams = [...chars];
  for (let i = 0; i + 1 < chars.length; i++) grams.push(chars[i]! + chars[i + 1]!);
  return grams;
}

function wordTokens(word: string): string[] {
  const lower = word.toLowerCase();
  if (!/^\d{5,}$/.test(lower)) return [lower];
  const tails: string[] = [lower];
  for (let i = 1; i <= lower.length - 4; i++) tails.push(lower.slice(i));
  return tails;
}

/** Tokens for free text (notes, addresses, account references). */
export function textTokens(text: string | null | undefined): string[] {
  if (!text) return [];
  const out: string[] = [];
  for (const run of text.match(CJK_RUN) ?? []) out.push(...cjkGrams(run));
  for (const word of text.replace(CJK_RUN, ' ').match(WORD_RUN) ?? []) out.push(...wordTokens(word));
  return out;
}

/**
 * Tokens for a person's or a lender's name: the text tokens plus pinyin and initials.
 * `keys` reads the pinyin (lenders read 银行 as yinhang, people read surnames as surnames).
 */
export function nameTokens(name: string | null | undefined, keys: (name: string) => PinyinKeys = pinyinKeys): string[] {
  if (!name) return [];
  const { full, initials } = keys(name);
  return [...textTokens(name), full, initials].filter(Boolean);
}

/**
 * Tokens for a free-text "who" field (客服 王先生 工号 0372): the text tokens, plus the pinyin
 * and initials of each Chinese run in it, so the agent is found as wxs or wangxiansheng.
 */
export function personTokens(text: string | null | undefined): string[] {
  if (!text) return [];
  const out = textTokens(text);
  for (const run of text.match(CJK_RUN) ?? []) {
    const { full, initials } = pinyinKeys(run);
    out.push(...[full, initials].filter(Boolean));
  }
  return out;
}

export function joinTokens(groups: string[][]): string {
  return [...new Set(groups.flat())].join(' ');
}

/**
 * The FTS5 MATCH expression for what the counsellor typed, or null when nothing
 * searchable was typed. Every fragment must match (AND); Latin and digit fragments
 * match as prefixes.
 */
export function matchExpression(query: string): string | null {
  const terms: string[] = [];
  for (const run of query.match(CJK_RUN) ?? []) {
    const chars = [...run];
    if (chars.length === 1) terms.push(`"${run}"`);
    else for (let i = 0; i + 1 < chars.length; i++) terms.push(`"${chars[i]}${chars[i + 1]}"`);
  }
  for (const word of query.replace(CJK_RUN, ' ').match(WORD_RUN) ?? []) terms.push(`"${word.toLowerCase()}"*`);
  return terms.length ? terms.join(' AND ') : null;
}
