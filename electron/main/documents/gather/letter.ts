// From a case to a letter: a title and body resolved against the case into the preview the
// letter page shows and the LetterData the builders (build/letter.ts, build/letter-docx.ts)
// take. letterDocumentFor is what the packet (gather/packet.ts) calls to carry a letter.
import { todayIn } from '../../../../shared/domain/dates';
import type { Locale } from '../../../../shared/schemas/common';
import type { Body, LetterPreview } from '../../../../shared/schemas/letters';
import type { HandlerContext } from '../../context';
import { letterBody, letterForResolve } from '../../db/letters';
import { notFound } from '../../errors';
import { formatAmount, inCurrency, paperWords } from '../build/format';
import { formatLongDate } from '../../../../shared/format/dates';
import type { LetterBlock, LetterData, Letterhead, Span } from '../build/letter';
import { mergeSource, type MergeSource } from './letter-source';
import { amountRows, nameIn, resolveText, type ResolvedSpan } from './letter-text';

function toSpans(spans: ResolvedSpan[]): Span[] {
  return spans.map((s) => (s.bold ? { text: s.text, bold: true } : s.text));
}
const plain = (spans: ResolvedSpan[]) => spans.map((s) => s.text).join('');

export interface ResolvedLetter {
  preview: LetterPreview;
  data: LetterData;
}

/** Resolves a title and body against the case: the preview (spans) and the PDF builder's data. */
export function resolveLetter(input: Parameters<typeof resolveLetterIn>[0]): ResolvedLetter {
  return inCurrency(input.source.currency, () => resolveLetterIn(input));
}

function resolveLetterIn(input: {
  title: string;
  body: Body;
  source: MergeSource;
  locale: Locale;
  date: string;
  signature?: Body['signature'];
  letterhead?: Letterhead;
}): ResolvedLetter {
  const { source, locale } = input;
  const missing = new Set<string>();
  const r = (t: string) => resolveText(t, source, locale, missing);
  const title = r(input.title);
  const salutation = r(input.body.salutation);
  const previewBlocks: LetterPreview['blocks'] = [];
  const blocks: LetterBlock[] = [];
  for (const b of input.body.blocks) {
    if (b.kind === 'paragraph') {
      const spans = r(b.text);
      if (spans.every((s) => s.text.trim() === '')) continue; // worded as nothing for this case (see draftFromTemplate)
      previewBlocks.push({ kind: 'paragraph', spans });
      blocks.push({ kind: 'paragraph', spans: toSpans(spans) });
    } else if (b.kind === 'list') {
      const items = b.items.map(r);
      previewBlocks.push({ kind: 'list', ordered: b.ordered, items });
      blocks.push({ kind: 'list', ordered: b.ordered, items: items.map(toSpans) });
    } else {
      const rows = (b.rows ?? amountRows(source, locale)).map((row) => ({ label: plain(r(row.label)), amountFen: row.amountFen }));
      const total = b.total === false ? null : rows.reduce((a, x) => a + x.amountFen, 0);
      previewBlocks.push({
        kind: 'amounts',
        headers: [paperWords(locale).frame.item, paperWords(locale).frame.amountHeader],
        rows: rows.map((x) => ({ label: x.label, amount: formatAmount(x.amountFen) })),
        totalLabel: paperWords(locale).frame.total,
        total: total === null ? null : formatAmount(total),
      });
      blocks.push({ kind: 'amounts', rows, ...(total === null ? {} : { total: { amountFen: total } }) });
    }
  }
  const enclosures = input.body.enclosures.map(r);
  const words = paperWords(locale).frame;
  const stored = input.signature ?? source.signature;
  const signature = { ...stored, name: nameIn(stored.name, locale) };
  const zh = locale !== 'en';
  const sep = zh ? '：' : ': ';
  const sigLines = [zh ? `${words.applicant}${sep}${signature.name}` : signature.name];
  if (signature.idMasked) sigLines.push(`${words.idNumber}${sep}${signature.idMasked}`);
  if (signature.contact) sigLines.push(`${words.contact}${sep}${signature.contact}`);
  const data: LetterData = {
    language: locale,
    title: plain(title),
    salutation: plain(salutation),
    body: blocks,
    signature: { name: signature.name, ...(signature.idMasked ? { idMasked: signature.idMasked } : {}), ...(signature.contact ? { contact: signature.contact } : {}) },
    date: input.date,
    enclosures: enclosures.map(plain),
    caseReference: source.caseRef,
    currency: source.currency,
    ...(input.letterhead ? { letterhead: input.letterhead } : {}),
  };
  const preview: LetterPreview = {
    locale,
    title,
    salutation,
    blocks: previewBlocks,
    closing: { lead: words.closingLead, salute: words.closingSalute },
    enclosuresLabel: zh ? `${words.enclosures}：` : `${words.enclosures}:`,
    signature: sigLines,
    date: formatLongDate(input.date, locale),
    enclosures,
    caseReference: source.caseRef,
    missingFields: [...missing],
  };
  return { preview, data };
}


/**
 * The data the letter builder (buildLetterDocument) takes for a stored letter. A final or sent
 * letter gives its frozen text, signature and date; a draft is resolved against the case now,
 * with visible placeholders for fields that have no value. Throws NOT_FOUND.
 */
export function letterDocumentFor(ctx: HandlerContext, letterId: number, options: { letterhead?: Letterhead } = {}): LetterData {
  return resolveStoredLetter(ctx, letterId, options).data;
}

export function resolveStoredLetter(ctx: HandlerContext, letterId: number, options: { letterhead?: Letterhead } = {}): ResolvedLetter {
  const row = letterForResolve(ctx.db, letterId);
  if (!row) throw notFound();
  const body = letterBody(row);
  const source = mergeSource(ctx, { clientId: row.client_id, debtId: row.debt_id, lenderId: row.lender_id });
  const date = body.date ?? todayIn(ctx.timeZone(), ctx.now());
  return resolveLetter({ title: row.title, body, source, locale: row.locale, date, signature: body.signature, ...(options.letterhead ? { letterhead: options.letterhead } : {}) });
}
