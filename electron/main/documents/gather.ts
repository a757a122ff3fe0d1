// Reads a client's case from the database into the plain data the PDF builders take:
// the latest financial statement, the schedule of all debts, the latest saved proposal,
// the contact log for one lender, and the negotiation packet for one lender (cover,
// letter, statement, debts, proposal, enclosures). Enumerations are translated here into
// the document's language; the builders only lay out what they are given.
import { currencyOf, type Region } from '../../../shared/domain/region';
import { shownText } from '../../../shared/i18n/generated-text';
import { parseGenerated } from '../../../shared/schemas/generated-text';
import { FIXED_EXPENSE_CATEGORIES } from '../../../shared/domain/budget-categories';
import { daysOverdue, todayIn } from '../../../shared/domain/dates';
import { lenderFigures } from '../../../shared/domain/plan-figures';
import { lookup } from '../../../shared/i18n';
import type { Locale } from '../../../shared/schemas/common';
import type { DocumentKind } from '../../../shared/schemas/documents';
import type { RemedyParams } from '../../../shared/schemas/remedies';
import type { HandlerContext } from '../context';
import { countDebtsWithLender, debtsOfClient, type DebtRecord } from '../db/debts';
import { coverCourtLines, stageText } from './court-lines';
import { irrMethodOf } from '../debts/cost';
import { lenderName as nameOfLender } from '../db/lenders';
import { latestStatementRow, listLineRows } from '../db/statements-queries';
import { attachmentsForLender } from '../db/attachments';
import { getClientRow } from '../db/clients';
import { contactsWithLender } from '../db/contacts';
import { letterForPacket } from '../db/letters';
import { documentLineRows, getProposalRow, latestProposalId as latestProposalIdOf } from '../db/proposals';
import { AppError, notFound } from '../errors';
import { letterDocumentFor } from '../letters/content';
import {
  buildContactLogDocument,
  buildDebtScheduleDocument,
  buildProposalDocument,
  buildStatementDocument,
  debtSchedulePart,
  proposalPart,
  statementPart,
  type BudgetLineDoc,
  type CaseDocBase,
  type ContactLogDocData,
  type DebtRowDoc,
  type DebtScheduleDocData,
  type DocPart,
  type ProposalDocData,
  type StatementDocData,
} from '../pdf/documents/case-docs';
import { formatTableDate } from '../pdf/documents/case-docs';
import { docWords } from '../pdf/documents/format';
import { buildPacketDocument, type Enclosure, type PacketData } from '../pdf/documents/packet';
import type { DocDefinition } from '../pdf/types';
import { letterheadFor, readLetterheadSettings } from '../letterhead/settings';
import { buildClientPlanDocument } from '../pdf/documents/client-plan';
import { gatherClientPlan } from './client-plan';
import { gatherEvidenceList } from './evidence-list';
import { buildEvidenceListDocument } from '../pdf/documents/evidence-list';

/** A translated label, or the fallback when the catalog has none. */
function label(locale: Locale, key: string, fallback: string): string {
  return lookup(locale, key) ?? fallback;
}

interface ClientRow {
  id: number;
  name: string;
  case_ref: string;
  region: Region;
  household_adults: number | null;
  household_dependants: number | null;
  employment_status: string | null;
  occupation: string | null;
  assigned_counsellor: string | null;
}

function clientRow(ctx: HandlerContext, clientId: number): ClientRow {
  const row = getClientRow(ctx.db, clientId);
  if (!row) throw notFound();
  return row as ClientRow;
}

function lenderName(ctx: HandlerContext, lenderId: number): string {
  const name = nameOfLender(ctx.db, lenderId);
  if (name === undefined) throw notFound();
  return name;
}

function today(ctx: HandlerContext): string {
  return todayIn(ctx.timeZone(), ctx.now());
}

export function gatherBase(ctx: HandlerContext, clientId: number, language: Locale): CaseDocBase & { client: ClientRow } {
  const client = clientRow(ctx, clientId);
  const letterhead = letterheadFor(readLetterheadSettings(ctx.db), language);
  // The case's amounts are in its region's currency (shared/domain/region.ts).
  return { language, currency: currencyOf(client.region), caseReference: client.case_ref, date: today(ctx), clientName: client.name, client, ...(letterhead ? { letterhead } : {}) };
}

function strip<T extends { client?: unknown }>(data: T): Omit<T, 'client'> {
  const { client: _client, ...rest } = data;
  void _client;
  return rest;
}

// -- statement ---------------------------------------------------------------------------------

export function gatherStatement(ctx: HandlerContext, clientId: number, language: Locale): StatementDocData | null {
  const base = gatherBase(ctx, clientId, language);
  const statement = latestStatementRow(ctx.db, clientId);
  if (!statement) return null;
  const lines = listLineRows(ctx.db, statement.id);
  const toLine = (l: (typeof lines)[number]): BudgetLineDoc => ({
    category: label(language, `finances.categories.${l.category}`, l.category),
    label: l.label,
    monthlyFen: l.monthly_fen,
  });
  const fixed = new Set<string>(FIXED_EXPENSE_CATEGORIES);
  const c = base.client;
  return {
    ...strip(base),
    statementDate: statement.statement_date,
    household: {
      adults: c.household_adults,
      dependants: c.household_dependants,
      employment: c.employment_status ? label(language, `profile.employment.${c.employment_status}`, c.employment_status) : null,
      occupation: c.occupation,
    },
    income: lines.filter((l) => l.kind === 'income').map(toLine),
    fixed: lines.filter((l) => l.kind === 'expense' && fixed.has(l.category)).map(toLine),
    variable: lines.filter((l) => l.kind === 'expense' && !fixed.has(l.category)).map(toLine),
    totals: {
      incomeFen: statement.income_monthly_fen,
      fixedFen: statement.fixed_monthly_fen,
      variableFen: statement.variable_monthly_fen,
      disposableFen: statement.disposable_monthly_fen,
    },
    notes: null,
  };
}

// -- debts ------------------------------------------------------------------------------------

/** The client's debts, the largest balance first, as the debt schedule lists them. */
function debtsByBalance(ctx: HandlerContext, clientId: number): DebtRecord[] {
  return debtsOfClient(ctx.db, clientId).sort((a, b) => b.outstandingFen - a.outstandingFen || a.id - b.id);
}

export function gatherDebtSchedule(ctx: HandlerContext, clientId: number, language: Locale, lenderId?: number): DebtScheduleDocData {
  const base = gatherBase(ctx, clientId, language);
  const now = today(ctx);
  const rows: DebtRowDoc[] = debtsByBalance(ctx, clientId).map((d) => ({
    lender: d.lenderName,
    product: label(language, `debts.productTypes.${d.productType}`, d.productType),
    accountRef: d.accountRef,
    principalFen: d.principalFen,
    interestFen: d.interestFen,
    feesFen: d.penaltyFen + d.lateFeesFen + d.otherFen,
    outstandingFen: d.outstandingFen,
    daysOverdue: d.firstMissedDate ? Math.max(0, daysOverdue(d.firstMissedDate, now)) : null,
    legalStage: d.legalStage === 'none' ? null : stageText(language, d, 'plain'),
    annualRate: irrMethodOf(d)?.annualRate ?? null,
    addressed: lenderId !== undefined && d.lenderId === lenderId,
  }));
  return { ...strip(base), rows };
}

// -- proposal ---------------------------------------------------------------------------------

/** The stored schedule, read leniently: [{ seq?, dueDate | date, amountFen }]. */
function parseSchedule(json: string): { date: string; amountFen: number }[] {
  try {
    const list = JSON.parse(json) as unknown;
    if (!Array.isArray(list)) return [];
    const out: { date: string; amountFen: number }[] = [];
    for (const item of list) {
      if (!item || typeof item !== 'object') continue;
      const o = item as Record<string, unknown>;
      const date = typeof o.dueDate === 'string' ? o.dueDate : typeof o.date === 'string' ? o.date : null;
      if (date && /^\d{4}-\d{2}-\d{2}$/.test(date) && Number.isSafeInteger(o.amountFen)) out.push({ date, amountFen: o.amountFen as number });
    }
    return out;
  } catch {
    return [];
  }
}

export function latestProposalId(ctx: HandlerContext, clientId: number): number | null {
  return latestProposalIdOf(ctx.db, clientId);
}

/** The latest saved proposal; schedules only for the addressed lender unless `allSchedules` (the client's own plan shows them all). */
export function gatherProposal(ctx: HandlerContext, clientId: number, language: Locale, lenderId?: number, options: { allSchedules?: boolean } = {}): ProposalDocData | null {
  const base = gatherBase(ctx, clientId, language);
  const id = latestProposalId(ctx, clientId);
  if (id === null) return null;
  const p = getProposalRow(ctx.db, id)!;
  const lines = documentLineRows(ctx.db, id);
  return {
    ...strip(base),
    startDate: p.start_date,
    months: p.months,
    disposableFen: p.disposable_fen,
    priorityFen: p.priority_fen,
    contingencyFen: p.contingency_fen,
    budgetFen: p.budget_fen,
    lines: lines.map((l) => {
      const schedule = parseSchedule(l.schedule_json);
      const figures = lenderFigures(
        {
          outstandingFen: l.outstanding_fen,
          terms: { params: JSON.parse(l.params_json) as RemedyParams, schedule: schedule.map((s, i) => ({ seq: i + 1, dueDate: s.date, amountFen: s.amountFen })), totalFen: l.total_fen, monthlyFen: l.monthly_fen },
        },
        { startDate: p.start_date, months: p.months },
      );
      const addressed = lenderId !== undefined && l.lender_id === lenderId;
      return {
        lender: l.lender_name,
        product: l.product_type ? label(language, `debts.productTypes.${l.product_type}`, l.product_type) : null,
        outstandingFen: l.outstanding_fen,
        shareFen: l.share_fen,
        figures,
        remedy: label(language, `documents.remedies.${l.remedy}`, l.remedy),
        priority: l.priority === 1,
        addressed,
        schedule: addressed || options.allSchedules ? schedule : [],
      };
    }),
  };
}

// -- contact log ------------------------------------------------------------------------------

export function gatherContactLog(ctx: HandlerContext, clientId: number, lenderId: number, language: Locale): ContactLogDocData {
  const base = gatherBase(ctx, clientId, language);
  const name = lenderName(ctx, lenderId);
  const rows = contactsWithLender(ctx.db, clientId, lenderId);
  const tz = ctx.timeZone();
  return {
    ...strip(base),
    lenderName: name,
    rows: rows.map((r) => ({
      // occurred_at is a timestamp (or already a calendar date): the day in the counsellor's zone.
      date: /^\d{4}-\d{2}-\d{2}$/.test(r.occurred_at) ? r.occurred_at : todayIn(tz, new Date(r.occurred_at)),
      channel: label(language, `contacts.channels.${r.channel}`, r.channel),
      direction: r.direction,
      person: r.person,
      summary: shownText(language, r.summary, parseGenerated(r.generated_json)),
      outcome: r.outcome,
      incident: r.is_incident === 1,
    })),
  };
}

// -- packet -----------------------------------------------------------------------------------

export interface LetterChoice {
  id: number;
  title: string;
  status: 'draft' | 'final' | 'sent';
}

/**
 * The letter a packet carries: the lender's latest final (or sent) letter, else its latest draft
 * – in the packet's language only. A packet comes out entirely in one language, so a letter
 * written in another stays out (the packets list says which languages it exists in).
 */
export function packetLetter(ctx: HandlerContext, clientId: number, lenderId: number, language: Locale): LetterChoice | null {
  return letterForPacket(ctx.db, clientId, lenderId, language) ?? null;
}

/** Evidence for this lender: the client's general evidence and what belongs to this lender's debts or contacts, never another lender's. */
export function packetAttachments(ctx: HandlerContext, clientId: number, lenderId: number) {
  return attachmentsForLender(ctx.db, clientId, lenderId);
}

/**
 * The packet's enclosure list: the case documents it carries (named as the letter's 附件 would
 * name them), then the evidence files, so a letter that lists "家庭收支明细表" finds it here.
 */
export function packetEnclosures(ctx: HandlerContext, clientId: number, lenderId: number, language: Locale, parts: readonly DocPart[]): Enclosure[] {
  const inPacket = docWords(language).inPacket;
  const own: Enclosure[] = parts.map((p) => ({ name: p.title, note: inPacket }));
  const evidence = packetAttachments(ctx, clientId, lenderId).map((a) => {
    const kind = label(language, `documents.attachmentKinds.${a.kind}`, a.kind);
    const note = [kind, a.doc_date ? formatTableDate(a.doc_date, language) : null, a.description].filter(Boolean).join(language === 'en' ? '; ' : '；');
    return { name: a.file_name, note };
  });
  return [...own, ...evidence];
}

export function gatherPacket(ctx: HandlerContext, clientId: number, lenderId: number, language: Locale): PacketData {
  const base = gatherBase(ctx, clientId, language);
  const name = lenderName(ctx, lenderId);
  if (countDebtsWithLender(ctx.db, clientId, lenderId) === 0) throw new AppError('NOT_FOUND', 'documents.errors.noDebts');
  const choice = packetLetter(ctx, clientId, lenderId, language);
  let letter: PacketData['letter'] = null;
  if (choice) {
    const data = letterDocumentFor(ctx, choice.id);
    letter = { title: data.title, salutation: data.salutation, body: data.body, signature: data.signature, date: data.date, ...(data.closing ? { closing: data.closing } : {}), ...(data.enclosures ? { enclosures: data.enclosures } : {}) };
  }
  const parts: DocPart[] = [];
  const statement = gatherStatement(ctx, clientId, language);
  if (statement) parts.push(statementPart(statement));
  parts.push(debtSchedulePart(gatherDebtSchedule(ctx, clientId, language, lenderId)));
  const proposal = gatherProposal(ctx, clientId, language, lenderId);
  if (proposal) parts.push(proposalPart(proposal));
  const enclosures = packetEnclosures(ctx, clientId, lenderId, language, parts);
  const counsellor = ctx.settings().counsellorName ?? base.client.assigned_counsellor ?? '';
  return {
    language,
    currency: base.currency,
    ...(base.letterhead ? { letterhead: base.letterhead } : {}),
    caseReference: base.caseReference,
    date: base.date,
    cover: {
      lenderName: name,
      clientName: base.clientName,
      counsellorName: counsellor,
      ...(base.letterhead?.organisation ? { organisation: base.letterhead.organisation } : {}),
      ...coverCourtLines(ctx, clientId, lenderId, language),
    },
    letter,
    sections: [],
    parts,
    enclosures,
  };
}

// -- one call for every kind --------------------------------------------------------------------

export interface BuiltDocument {
  doc: DocDefinition;
  /** A file name without folder: "<case ref> <title>[ <lender>].pdf". */
  fileName: string;
  caseReference: string;
  title: string;
}

export function gatherDocument(ctx: HandlerContext, input: { clientId: number; lenderId?: number; kind: DocumentKind; locale: Locale }): BuiltDocument {
  const { clientId, lenderId, kind, locale } = input;
  let doc: DocDefinition;
  let caseReference: string;
  let lender: string | null = null;
  switch (kind) {
    case 'statement': {
      const data = gatherStatement(ctx, clientId, locale);
      if (!data) throw new AppError('NOT_FOUND', 'documents.errors.noStatement');
      doc = buildStatementDocument(data);
      caseReference = data.caseReference;
      break;
    }
    case 'debtSchedule': {
      const data = gatherDebtSchedule(ctx, clientId, locale, lenderId);
      doc = buildDebtScheduleDocument(data);
      caseReference = data.caseReference;
      break;
    }
    case 'proposal': {
      const data = gatherProposal(ctx, clientId, locale, lenderId);
      if (!data) throw new AppError('NOT_FOUND', 'documents.errors.noProposal');
      doc = buildProposalDocument(data);
      caseReference = data.caseReference;
      if (lenderId !== undefined) lender = lenderName(ctx, lenderId);
      break;
    }
    case 'clientPlan': {
      const data = gatherClientPlan(ctx, clientId, locale);
      if (!data) throw new AppError('NOT_FOUND', 'documents.errors.noProposal');
      doc = buildClientPlanDocument(data);
      caseReference = data.caseReference;
      break;
    }
    case 'evidenceList': {
      const data = gatherEvidenceList(ctx, clientId, locale);
      doc = buildEvidenceListDocument(data);
      caseReference = data.caseReference;
      break;
    }
    case 'contactLog': {
      const data = gatherContactLog(ctx, clientId, lenderId!, locale);
      doc = buildContactLogDocument(data);
      caseReference = data.caseReference;
      lender = data.lenderName;
      break;
    }
  }
  const title = label(locale, `documents.kinds.${kind}`, kind);
  return { doc, caseReference, title, fileName: safeFileName([caseReference, title, lender].filter(Boolean).join(' ')) };
}

export function gatherPacketDocument(ctx: HandlerContext, input: { clientId: number; lenderId: number; locale: Locale }): BuiltDocument & { lenderName: string } {
  const data = gatherPacket(ctx, input.clientId, input.lenderId, input.locale);
  const title = label(input.locale, 'documents.packet', 'packet');
  return {
    doc: buildPacketDocument(data),
    caseReference: data.caseReference,
    title,
    lenderName: data.cover.lenderName,
    fileName: safeFileName(`${data.caseReference} ${data.cover.lenderName}`),
  };
}

// -- file names ---------------------------------------------------------------------------------

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

/**
 * A file name safe on Windows, macOS and Linux: no <>:"/\|?* or control characters, no
 * trailing dot or space, not a reserved device name, at most 120 characters; ".pdf" added.
 */
export function safeFileName(stem: string, ext = '.pdf'): string {
  let name = stem
    .normalize('NFC')
    .replace(/[\t\n\r]+/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"/\\|?*\u0000-\u001f\u007f]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  if (!name || WINDOWS_RESERVED.test(name.split('.')[0]!)) name = `_${name}`;
  if ([...name].length > 120) name = [...name].slice(0, 120).join('').replace(/[. ]+$/, '');
  return `${name}${ext}`;
}
