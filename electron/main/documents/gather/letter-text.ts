// A letter's text against its case: {{fields}} resolved into spans in the letter's language
// (the text itself is data, never markup), placeholders for fields without a value, the
// amounts table, and a template filled in to make a draft.
import type { Currency } from '../../../../shared/domain/money';
import { translate } from '../../../../shared/i18n';
import type { Locale } from '../../../../shared/schemas/common';
import { MERGE_FIELDS, fieldLabelKey, fieldsUsed, isMergeField, tokenize, type Block, type Body, type MergeFieldPath } from '../../../../shared/schemas/letters';
import { formatAmount } from '../build/format';
import { formatLongDate, formatLongMonthOrDate } from '../../../../shared/format/dates';
import { formatInteger } from '../../../../shared/format/numbers';
import type { MergeSource } from './letter-source';
import type { Region } from '../../../../shared/domain/region';
import { shownName } from '../../../../shared/domain/demo';

const KIND = new Map<string, string>(MERGE_FIELDS.map((f) => [f.path, f.kind]));

/** Fields whose value is the case's region, printed as the catalog's wording for that region. */
const REGION_WORDED: Partial<Record<MergeFieldPath, (region: string, locale: Locale) => string>> = {
  'region.regulator': (region, locale) => translate(locale, `paper.letter.regulator.${region}`),
  'region.creditBureau': (region, locale) => translate(locale, `paper.letter.creditBureau.${region}`),
};

/** A field's value printed in the letter's language, or null when the case has none. */
export function formatField(source: MergeSource, path: MergeFieldPath, locale: Locale): string | null {
  const v = source.raw[path];
  if (v === null || v === undefined || v === '') return null;
  if (path === 'client.hardship') return hardshipSentence(source.hardship, locale);
  if (path === 'client.name') return nameIn(String(v), locale);
  if (path === 'region.route') return regionRoute(String(v) as Region, locale);
  const worded = REGION_WORDED[path];
  if (worded) return worded(String(v), locale);
  if (path === 'debt.annualRate') return translate(locale, 'paper.letter.annualRate', { rate: locale === 'en' ? String(v) : String(v).replaceAll(', ', '、') });
  switch (KIND.get(path)) {
    case 'money':
      return formatAmount(Number(v), source.currency);
    case 'integer':
      return formatInteger(Number(v));
    case 'date':
      return formatLongDate(String(v), locale);
    default:
      return String(v);
  }
}

/** A client's name in a document's language: a demo case's 示例· mark becomes 範例· / Demo ·. */
export function nameIn(name: string, locale: Locale): string {
  return shownName(name, translate(locale, 'demo.namePrefix'));
}

/**
 * The client's hardship in the letter's language, from what the counsellor recorded: the
 * reason and since when as a sentence, then the story as written; a general sentence while
 * nothing is recorded (e.g. 自2025年3月1日起因失业
 * 陷入经济困难。工厂关闭后一直未能找到工作。).
 */
export function hardshipSentence(h: MergeSource['hardship'], locale: Locale): string {
  const parts: string[] = [];
  if (h.reason) {
    const reason = translate(locale, `profile.hardship.${h.reason}`);
    const r = locale === 'en' ? reason.toLowerCase() : reason;
    parts.push(h.since ? translate(locale, 'paper.letter.hardshipSince', { since: formatLongMonthOrDate(h.since, locale), reason: r }) : translate(locale, 'paper.letter.hardshipReason', { reason: r }));
  }
  if (h.details) {
    const closed = /[。．.!！?？]$/.test(h.details) ? h.details : `${h.details}${locale === 'en' ? '.' : '。'}`;
    parts.push(closed);
  }
  return parts.length ? parts.join(locale === 'en' ? ' ' : '') : translate(locale, 'paper.letter.hardshipGeneric');
}

/**
 * The region's debt-negotiation route, as the client tells a lender about it: Taiwan's pre-
 * negotiation through the largest creditor bank (消費者債務清理條例), Hong Kong's debt relief
 * plan and, failing that, an IVA. Empty for the mainland and Macau: the paragraph holding it is
 * then left out of the letter.
 */
export function regionRoute(region: Region, locale: Locale): string {
  return region === 'tw' || region === 'hk' ? translate(locale, `paper.letter.route.${region}`) : '';
}

/** The visible placeholder of a field with no value: 【缺：客户地址】 / [missing: address]. */
export function placeholder(path: string, locale: Locale): string {
  return translate(locale, 'paper.letter.missing', { field: translate(locale, fieldLabelKey(path)) });
}

export interface ResolvedSpan {
  text: string;
  bold?: boolean;
  missing?: boolean;
}

/**
 * Text with {{fields}} -> spans; fields without a value become (bold) placeholders. The text
 * is data, not markup: asterisks, underscores and angle brackets print exactly as typed.
 */
export function resolveText(text: string, source: MergeSource, locale: Locale, missing: Set<string>): ResolvedSpan[] {
  const out: ResolvedSpan[] = [];
  for (const t of tokenize(inCaseCurrency(text, source.currency))) {
    if (t.kind === 'text') {
      out.push({ text: t.text });
      continue;
    }
    const value = isMergeField(t.path) ? formatField(source, t.path, locale) : null;
    if (value === null) {
      missing.add(t.path);
      out.push({ text: placeholder(t.path, locale), bold: true, missing: true });
    } else out.push({ text: value });
  }
  return out;
}

/** Replaces every field that has a value by its text, keeping the fields without a value. */
export function fillText(text: string, source: MergeSource, locale: Locale): string {
  return tokenize(inCaseCurrency(text, source.currency))
    .map((t) => {
      if (t.kind === 'text') return t.text;
      const value = isMergeField(t.path) ? formatField(source, t.path, locale) : null;
      return value ?? `{{${t.path}}}`;
    })
    .join('');
}

/** The rows of the amounts table for this target, labelled in the letter's language. */
export function amountRows(source: MergeSource, locale: Locale): { label: string; amountFen: number }[] {
  const a = source.amounts;
  if (!a) return [];
  return [
    { label: translate(locale, 'paper.letter.principal'), amountFen: a.principalFen },
    { label: translate(locale, 'paper.letter.interest'), amountFen: a.interestFen },
    { label: translate(locale, 'paper.letter.penalty'), amountFen: a.penaltyFen },
    { label: translate(locale, 'paper.letter.fees'), amountFen: a.feesFen },
  ];
}

/** A template's title and body made into a draft's: fields with values filled in, amounts tables generated. */
export function draftFromTemplate(title: string, body: Body, source: MergeSource, locale: Locale): { title: string; body: Body } {
  const fill = (t: string) => fillText(t, source, locale);
  const blocks: Block[] = body.blocks
    .map((b): Block => {
      if (b.kind === 'paragraph') return { kind: 'paragraph', text: fill(b.text) };
      if (b.kind === 'list') return { kind: 'list', ordered: b.ordered, items: b.items.map(fill) };
      return { kind: 'amounts', rows: b.rows ?? amountRows(source, locale), total: b.total ?? true };
    })
    .filter((b) => !isEmptyParagraph(b)); // a paragraph that only held a field worded as nothing here ({{region.route}} on the mainland)
  return { title: fill(title), body: { salutation: fill(body.salutation), blocks, enclosures: body.enclosures.map(fill) } };
}

function isEmptyParagraph(b: Block): boolean {
  return b.kind === 'paragraph' && b.text.trim() === '';
}

/** Fields the title and body refer to that have no value for this case. */
export function missingFields(title: string, body: Body, source: MergeSource, locale: Locale): string[] {
  return fieldsUsed(title, body).filter((p) => formatField(source, p as MergeFieldPath, locale) === null);
}

const MONEY_FIELDS = MERGE_FIELDS.filter((f) => f.kind === 'money').map((f) => f.path.replace('.', '\\.')).join('|');
const RENMINBI_AROUND_AMOUNT = new RegExp(`(?:人民币|人民幣|(?:CNY|RMB)\\s*)?(\\{\\{(?:${MONEY_FIELDS})\\}\\})元?`, 'g');

/**
 * The templates were written for renminbi (人民币{{proposal.monthly}}元, CNY {{proposal.monthly}}).
 * In a case of another currency the amount itself carries its symbol (NT$12,345), so the
 * renminbi words around an amount field are dropped rather than printed beside it.
 */
export function inCaseCurrency(text: string, currency: Currency): string {
  return currency === 'CNY' ? text : text.replace(RENMINBI_AROUND_AMOUNT, '$1');
}
