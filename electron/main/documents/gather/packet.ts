// The negotiation packet for one lender: cover (with the court lines), the letter it
// carries, the statement, the debt schedule, the proposal and the enclosure list.
import type { Locale } from '../../../../shared/schemas/common';
import type { HandlerContext } from '../../context';
import { attachmentsForLender } from '../../db/attachments';
import { countDebtsWithLender } from '../../db/debts';
import { letterForPacket } from '../../db/letters';
import { AppError } from '../../errors';
import { debtSchedulePart, formatTableDate, proposalPart, statementPart, type DocPart } from '../build/case-docs';
import { paperWords } from '../build/format';
import type { Enclosure, PacketData } from '../build/packet';
import { gatherBase, label, lenderName } from './base';
import { gatherDebtSchedule, gatherProposal, gatherStatement } from './case-docs';
import { coverCourtLines } from './court-lines';
import { letterDocumentFor } from './letter';

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
  const inPacket = paperWords(language).frame.inPacket;
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
