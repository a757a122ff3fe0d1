import { formatMoney } from '../domain/money';
import { LOCALES, type Locale } from '../schemas/common';
import type { GeneratedText } from '../schemas/generated-text';
import { REMEDIES } from '../schemas/remedies';
import { lookup, translate } from './index';

// Words a generated entry (shared/schemas/generated-text.ts) in one language: the screens call it
// with the interface language, documents with theirs, the search index with each in turn.

export function generatedText(locale: Locale, g: GeneratedText): string {
  switch (g.kind) {
    case 'offerSent':
      return translate(locale, 'agreements.contactSummary', {
        lender: g.lender,
        remedy: translate(locale, `agreements.remedies.${g.remedy}`),
        total: formatMoney(g.amountFen, { locale, ...(g.currency ? { currency: g.currency } : {}) }),
      });
    case 'offerReply':
      return translate(locale, 'agreements.followup.reply', { lender: g.lender });
    case 'missedInstalment':
      return translate(locale, 'agreements.followup.missed', {
        lender: g.lender,
        seq: g.seq,
        dueDate: g.dueDate,
        amount: formatMoney(g.amountFen, { locale, ...(g.currency ? { currency: g.currency } : {}) }),
      });
  }
}

/** The text to show: the generated entry in `locale` when there is one, else the stored words. */
export function shownText<T extends string | null>(locale: Locale, stored: T, generated: GeneratedText | null): string | T {
  return generated ? generatedText(locale, generated) : stored;
}

/** A catalog sentence as a pattern: each {{name}} captures its value. */
function sentencePattern(template: string): { re: RegExp; names: string[] } {
  const names: string[] = [];
  const source = template
    .split(/(\{\{\w+\}\})/)
    .map((part) => {
      const m = /^\{\{(\w+)\}\}$/.exec(part);
      if (!m) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(m[1]!);
      return '(.+?)';
    })
    .join('');
  return { re: new RegExp(`^${source}$`, 's'), names };
}

function amountOf(text: string): number | null {
  const m = /(-?)[^\d-]*([\d,]+)\.(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const fen = Number(m[2]!.replace(/,/g, '')) * 100 + Number(m[3]);
  return Number.isSafeInteger(fen) ? (m[1] ? -fen : fen) : null;
}

/**
 * Reads back a sentence an earlier version stored in words (in any of the three languages), for
 * the migration that turns them into data; null when the text is not one (the counsellor's own).
 */
export function recogniseGenerated(kind: GeneratedText['kind'], text: string): GeneratedText | null {
  const key = { offerSent: 'agreements.contactSummary', offerReply: 'agreements.followup.reply', missedInstalment: 'agreements.followup.missed' }[kind];
  for (const locale of LOCALES) {
    const { re, names } = sentencePattern(lookup(locale, key) ?? '');
    const m = re.exec(text);
    if (!m) continue;
    const v = Object.fromEntries(names.map((n, i) => [n, m[i + 1]!]));
    if (kind === 'offerReply') return { kind, lender: v.lender! };
    if (kind === 'missedInstalment') {
      const amountFen = amountOf(v.amount!);
      const seq = Number(v.seq);
      if (amountFen === null || !Number.isSafeInteger(seq)) continue;
      return { kind, lender: v.lender!, seq, dueDate: v.dueDate!, amountFen };
    }
    const remedy = REMEDIES.find((r) => lookup(locale, `agreements.remedies.${r}`) === v.remedy);
    const amountFen = amountOf(v.total!);
    if (!remedy || amountFen === null) continue;
    return { kind, lender: v.lender!, remedy, amountFen };
  }
  return null;
}
