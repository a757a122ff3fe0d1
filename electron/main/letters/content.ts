// From a case to a letter: the merge values of a client / lender / debt, the amounts table,
// the resolution of {{fields}} into spans (the text itself is data, never markup), and the LetterData the PDF builder
// (electron/main/pdf/documents/letter.ts) takes. letterDocumentFor is what the packet
// assembly (documents capability) calls to put a letter into a packet.
import { daysOverdue, todayIn } from '../../../shared/domain/dates';
import { lenderFigures, type LenderFigures } from '../../../shared/domain/plan-figures';
import { maskPersonalId } from '../../../shared/domain/personal-id';
import type { Currency } from '../../../shared/domain/money';
import { currencyOf, type Region } from '../../../shared/domain/region';
import type { IdType } from '../../../shared/domain/personal-id';
import { translate } from '../../../shared/i18n';
import type { Locale } from '../../../shared/schemas/common';
import {
  MERGE_FIELDS,
  fieldLabelKey,
  fieldsUsed,
  isMergeField,
  tokenize,
  type Block,
  type Body,
  type LetterPreview,
  type MergeFieldPath,
} from '../../../shared/schemas/letters';
import type { HandlerContext } from '../context';
import { debtsOfClientWithLender, getDebt, type DebtRecord } from '../db/debts';
import { irrMethodOf } from '../debts/cost';
import { lenderName as nameOfLender } from '../db/lenders';
import { getClientRow } from '../db/clients';
import { courtFactsOfDebts } from '../db/legal-events';
import { letterBody, letterForResolve } from '../db/letters';
import { latestLiveOffer, parseTerms } from '../db/offers';
import { latestLineFor, lineParams, lineSchedule } from '../db/proposals';
import { notFound } from '../errors';
import { docWords, formatAmount, formatInteger, formatLetterDate, formatRate, inCurrency } from '../pdf/documents/format';
import type { Letterhead, LetterBlock, LetterData, Span } from '../pdf/documents/letter';

export interface LetterTarget {
  clientId: number;
  debtId?: number | null;
  lenderId?: number | null;
}

/** The raw values of every merge field for one target (null = no value for this case). */
export interface MergeSource {
  clientName: string;
  /** The case's currency: amounts print in it, and a template's 人民币…元 / CNY around an amount is dropped for any other. */
  currency: Currency;
  caseRef: string;
  lenderId: number | null;
  lenderName: string | null;
  debtId: number | null;
  raw: Partial<Record<MergeFieldPath, string | number | null>>;
  /** The debt's (or the lender's debts' summed) breakdown, for the amounts table. */
  amounts: { principalFen: number; interestFen: number; penaltyFen: number; feesFen: number; outstandingFen: number } | null;
  /** The client's recorded hardship, for the {{client.hardship}} sentence (worded in the letter's language). */
  hardship: { reason: string | null; since: string | null; details: string | null };
  signature: { name: string; idMasked?: string; contact?: string };
}

interface ClientRow {
  id: number;
  name: string;
  case_ref: string;
  phone: string | null;
  id_number: string | null;
  id_type: IdType;
  region: Region;
  address: string | null;
  hardship_reason: string | null;
  hardship_since: string | null;
  hardship_details: string | null;
}

/** The proposal.* fields of a letter, from a lender's figures (the same object the proposals tab and packets show). */
export function proposalValues(figures: LenderFigures): Partial<Record<MergeFieldPath, number | string | null>> {
  return {
    'proposal.monthly': figures.monthlyFen,
    'proposal.months': figures.monthlyFen === null ? null : figures.instalments,
    'proposal.total': figures.totalFen,
    'proposal.saving': figures.waiverFen,
    'proposal.settlementAmount': figures.remedy === 'settlement' ? figures.totalFen : null,
    'proposal.startDate': figures.firstDueDate,
  };
}

/** Reads everything a letter for this target can say, from the case file. Throws NOT_FOUND. */
export function mergeSource(ctx: HandlerContext, target: LetterTarget, todayIso?: string): MergeSource {
  const { db } = ctx;
  const client = getClientRow(db, target.clientId) as ClientRow | undefined;
  if (!client) throw notFound();
  let debts: DebtRecord[];
  let lenderId: number | null = target.lenderId ?? null;
  let lenderName: string | null = null;
  if (target.debtId != null) {
    const d = getDebt(db, target.debtId);
    if (!d || d.clientId !== client.id) throw notFound();
    debts = [d];
    lenderId = d.lenderId;
  } else if (lenderId !== null) {
    debts = debtsOfClientWithLender(db, client.id, lenderId);
  } else {
    debts = [];
  }
  if (lenderId !== null) {
    lenderName = nameOfLender(db, lenderId) ?? null;
    if (lenderName === null) throw notFound();
  }

  // todayIn builds an Intl formatter: batches pass the day in once.
  const today = todayIso ?? todayIn(ctx.timeZone(), ctx.now());
  const raw: MergeSource['raw'] = {
    'client.name': client.name,
    'client.idMasked': client.id_number ? maskPersonalId(client.id_type, client.id_number) : null,
    'client.phone': client.phone,
    'client.address': client.address,
    'client.caseRef': client.case_ref,
    // Worded per language in formatField (the recorded hardship, or a general sentence when none is recorded yet).
    'client.hardship': client.hardship_reason || client.hardship_details?.trim() ? 'recorded' : 'general',
    'lender.name': lenderName,
    'counsellor.name': ctx.settings().counsellorName,
    today,
  };
  let amounts: MergeSource['amounts'] = null;
  if (debts.length > 0) {
    const sum = (f: (d: DebtRecord) => number) => debts.reduce((a, d) => a + f(d), 0);
    amounts = {
      principalFen: sum((d) => d.principalFen),
      interestFen: sum((d) => d.interestFen),
      penaltyFen: sum((d) => d.penaltyFen),
      feesFen: sum((d) => d.lateFeesFen + d.otherFen),
      outstandingFen: sum((d) => d.outstandingFen),
    };
    const refs = debts.map((d) => d.accountRef).filter((r): r is string => !!r);
    const missed = debts.map((d) => d.firstMissedDate).filter((r): r is string => !!r).sort();
    raw['debt.accountRef'] = refs.length === debts.length ? refs.join(', ') : null;
    raw['debt.principal'] = amounts.principalFen;
    raw['debt.interest'] = amounts.interestFen;
    raw['debt.penalty'] = amounts.penaltyFen;
    raw['debt.fees'] = amounts.feesFen;
    raw['debt.outstanding'] = amounts.outstandingFen;
    raw['debt.firstMissedDate'] = missed[0] ?? null;
    raw['debt.daysOverdue'] = missed[0] ? daysOverdue(missed[0], today) : null;
    // The APR by the IRR method of each debt, only when every one of them has it (worded in formatField).
    const rates = debts.map((d) => irrMethodOf(d)?.annualRate ?? null);
    raw['debt.annualRate'] = rates.every((r): r is number => r !== null) ? rates.map(formatRate).join(', ') : null;
    // The court and case number of each debt's latest court step that names them.
    const facts = courtFactsOfDebts(db, debts.map((d) => d.id));
    const distinct = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => !!x))].join(', ') || null;
    raw['debt.court'] = distinct(facts.map((f) => f.court));
    raw['debt.caseNumber'] = distinct(facts.map((f) => f.caseNumber));
  }

  // Proposal terms: the latest live offer for the debt (or lender), else the latest proposal line.
  if (lenderId !== null) {
    const byDebt = target.debtId != null;
    const by = byDebt ? { debtId: target.debtId! } : { lenderId };
    const offer = latestLiveOffer(db, client.id, by);
    const line = offer ? undefined : latestLineFor(db, client.id, by);
    // The same figures the packet and the proposals tab show (lenderFigures): the number of
    // payments in the schedule, and the waiver as the part of the balance given up.
    let figures: LenderFigures | null = null;
    if (offer) {
      const t = parseTerms(offer.terms_json);
      const debt = debts.find((d) => d.id === offer.debt_id);
      const balance = debt ? debt.outstandingFen : (amounts?.outstandingFen ?? offer.total_fen);
      figures = lenderFigures({ outstandingFen: balance, terms: { ...t, totalFen: offer.total_fen, monthlyFen: offer.monthly_fen } }, { startDate: t.schedule[0]?.dueDate ?? today, months: offer.months ?? t.schedule.length });
    } else if (line) {
      figures = lenderFigures(
        { outstandingFen: line.outstanding_fen, terms: { params: lineParams(line), schedule: lineSchedule(line), totalFen: line.total_fen, monthlyFen: line.monthly_fen } },
        { startDate: line.start_date, months: line.months },
      );
    }
    if (figures) Object.assign(raw, proposalValues(figures));
  }

  const signature: MergeSource['signature'] = { name: client.name };
  if (raw['client.idMasked']) signature.idMasked = String(raw['client.idMasked']);
  if (client.phone) signature.contact = client.phone;
  const hardship = { reason: client.hardship_reason, since: client.hardship_since, details: client.hardship_details?.trim() || null };
  return { clientName: client.name, currency: currencyOf(client.region), caseRef: client.case_ref, hardship, lenderId, lenderName, debtId: debts.length === 1 ? debts[0]!.id : (target.debtId ?? null), raw, amounts, signature };
}

const KIND = new Map<string, string>(MERGE_FIELDS.map((f) => [f.path, f.kind]));

/** A field's value printed in the letter's language, or null when the case has none. */
export function formatField(source: MergeSource, path: MergeFieldPath, locale: Locale): string | null {
  const v = source.raw[path];
  if (v === null || v === undefined || v === '') return null;
  if (path === 'client.hardship') return hardshipSentence(source.hardship, locale);
  if (path === 'debt.annualRate') return translate(locale, 'letters.doc.annualRate', { rate: locale === 'en' ? String(v) : String(v).replaceAll(', ', '、') });
  switch (KIND.get(path)) {
    case 'money':
      return formatAmount(Number(v), source.currency);
    case 'integer':
      return formatInteger(Number(v));
    case 'date':
      return formatLetterDate(String(v), locale);
    default:
      return String(v);
  }
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
    parts.push(h.since ? translate(locale, 'letters.doc.hardshipSince', { since: formatLetterDate(h.since, locale), reason: r }) : translate(locale, 'letters.doc.hardshipReason', { reason: r }));
  }
  if (h.details) {
    const closed = /[。．.!！?？]$/.test(h.details) ? h.details : `${h.details}${locale === 'en' ? '.' : '。'}`;
    parts.push(closed);
  }
  return parts.length ? parts.join(locale === 'en' ? ' ' : '') : translate(locale, 'letters.doc.hardshipGeneric');
}

/** The visible placeholder of a field with no value: 【缺：客户地址】 / [missing: address]. */
export function placeholder(path: string, locale: Locale): string {
  return translate(locale, 'letters.doc.missing', { field: translate(locale, fieldLabelKey(path)) });
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
    { label: translate(locale, 'letters.doc.principal'), amountFen: a.principalFen },
    { label: translate(locale, 'letters.doc.interest'), amountFen: a.interestFen },
    { label: translate(locale, 'letters.doc.penalty'), amountFen: a.penaltyFen },
    { label: translate(locale, 'letters.doc.fees'), amountFen: a.feesFen },
  ];
}

/** A template's title and body made into a draft's: fields with values filled in, amounts tables generated. */
export function draftFromTemplate(title: string, body: Body, source: MergeSource, locale: Locale): { title: string; body: Body } {
  const fill = (t: string) => fillText(t, source, locale);
  const blocks: Block[] = body.blocks.map((b) => {
    if (b.kind === 'paragraph') return { kind: 'paragraph', text: fill(b.text) };
    if (b.kind === 'list') return { kind: 'list', ordered: b.ordered, items: b.items.map(fill) };
    return { kind: 'amounts', rows: b.rows ?? amountRows(source, locale), total: b.total ?? true };
  });
  return { title: fill(title), body: { salutation: fill(body.salutation), blocks, enclosures: body.enclosures.map(fill) } };
}

/** Fields the title and body refer to that have no value for this case. */
export function missingFields(title: string, body: Body, source: MergeSource, locale: Locale): string[] {
  return fieldsUsed(title, body).filter((p) => formatField(source, p as MergeFieldPath, locale) === null);
}

function toSpans(spans: ResolvedSpan[]): Span[] {
  return spans.map((s) => (s.bold ? { text: s.text, bold: true } : s.text));
}
const plain = (spans: ResolvedSpan[]) => spans.map((s) => s.text).join('');

export interface ResolvedLetter {
  preview: LetterPreview;
  data: LetterData;
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
        headers: [docWords(locale).item, docWords(locale).amountHeader],
        rows: rows.map((x) => ({ label: x.label, amount: formatAmount(x.amountFen) })),
        totalLabel: docWords(locale).total,
        total: total === null ? null : formatAmount(total),
      });
      blocks.push({ kind: 'amounts', rows, ...(total === null ? {} : { total: { amountFen: total } }) });
    }
  }
  const enclosures = input.body.enclosures.map(r);
  const words = docWords(locale);
  const signature = input.signature ?? source.signature;
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
    date: formatLetterDate(input.date, locale),
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
