import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Channel } from '../../../shared/contract';
import { daysBetween, todayIn } from '../../../shared/domain/dates';
import { enclosuresNotIn } from '../../../shared/domain/enclosures';
import { translate } from '../../../shared/i18n';
import type { LETTERS_CHANNELS } from '../../../shared/ipc/letters.channels';
import type { Locale } from '../../../shared/schemas/common';
import {
  fieldLabelKey,
  type Body,
  type LetterDetail,
  type LetterSummary,
  type LetterType,
} from '../../../shared/schemas/letters';
import type { HandlerContext } from '../context';
import { writeAudit } from '../db/audit';
import { clientExists } from '../db/clients';
import { insertLetterContact } from '../db/contacts';
import { indexContact, indexLetter, removeFromIndex } from '../search/index-writer';
import { lendersOfClient } from '../db/debts';
import {
  deleteLetter,
  getLetterRow,
  letterBody,
  listLetterRows,
  openDraftId,
  setLetterFinal,
  setLetterSent,
  toLetterSummary,
  updateLetterText,
  type LetterRow,
} from '../db/letters';
import { attachmentsForLender } from '../db/attachments';
import { packetParts } from '../db/packet-contents';
import { AppError, notFound } from '../errors';
import { fileError, writeFileComplete } from '../documents/output';
import { decryptToFile, withStoredFile } from '../attachments/store';
import type { HandlerPart } from '../handler-types';
import { buildLetterDocument } from '../documents/build/letter';
import { buildLetterDocx } from '../documents/build/letter-docx';
import { paperWords } from '../documents/build/format';
import { resolveLetter, resolveStoredLetter } from '../documents/gather/letter';
import { letterheadFor, readLetterheadSettings } from '../documents/gather/letterhead';
import { mergeSource, type MergeSource } from '../documents/gather/letter-source';
import { fillText, missingFields } from '../documents/gather/letter-text';
import { draftLetter } from './draft';
import { checkFields } from '../templates/fields';

type LettersChannel = Extract<Channel, (typeof LETTERS_CHANNELS)[number]>;

function safeFileName(name: string): string {
  const cleaned = [...name].map((c) => (c.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(c) ? '_' : c)).join('');
  return cleaned.slice(0, 120);
}

export function lettersHandlers(ctx: HandlerContext): HandlerPart<LettersChannel> {
  const { db } = ctx;
  const today = () => todayIn(ctx.timeZone(), ctx.now());

  function row(id: number): LetterRow {
    const r = getLetterRow(db, id);
    if (!r) throw notFound();
    return r;
  }

  function detail(r: LetterRow): LetterDetail {
    const body = letterBody(r);
    let missing: string[] = [];
    let notInPacket: string[] = [];
    if (r.status === 'draft') {
      const source = mergeSource(ctx, { clientId: r.client_id, debtId: r.debt_id, lenderId: r.lender_id });
      missing = missingFields(r.title, body, source, r.locale);
      if (source.lenderId !== null) notInPacket = enclosuresNotIn(body.enclosures, packetHoldings(r.client_id, source.lenderId, r.locale));
    }
    return {
      ...toLetterSummary(r),
      body,
      pdfFileId: r.pdf_file_id,
      pdfSha256: r.pdf_sha256,
      sentContactId: r.sent_contact_id,
      missingFields: missing,
      enclosuresNotInPacket: notInPacket,
      templateVersion: r.template_version,
    };
  }

  /** Names of what the lender's packet would hold: its case documents and the evidence for this lender. */
  function packetHoldings(clientId: number, lenderId: number, locale: Locale): string[] {
    const w = paperWords(locale).case;
    const parts = packetParts(db, clientId);
    const names = [w.debtScheduleTitle, ...(parts.statement ? [w.statementTitle] : []), ...(parts.proposal ? [w.proposalTitle] : [])];
    for (const a of attachmentsForLender(db, clientId, lenderId)) {
      names.push(a.file_name, translate(locale, `documents.attachmentKinds.${a.kind}`));
      if (a.description) names.push(a.description);
    }
    return names;
  }

  function requireRev(r: LetterRow, rev: number): void {
    if (r.rev !== rev) throw new AppError('CONFLICT', 'letters.errors.conflict');
  }
  function requireDraft(r: LetterRow): void {
    if (r.status !== 'draft') throw new AppError('CONFLICT', 'letters.errors.notDraft');
  }

  /** Inserts a draft for the target from the template of that type and language. Inside a transaction. */
  function insertDraft(input: { clientId: number; debtId: number | null; lenderId: number | null; type: LetterType; locale: Locale }, source?: MergeSource, todayIso?: string): number {
    return draftLetter(ctx, input, { source, todayIso });
  }

  async function pdfOf(r: LetterRow): Promise<Buffer> {
    if (r.status !== 'draft' && r.pdf_file_id !== null) {
      const file = path.join(ctx.platform.tempDir(), `letter-${r.id}-${crypto.randomBytes(4).toString('hex')}.pdf`);
      decryptToFile(ctx, r.pdf_file_id, file);
      try {
        return fs.readFileSync(file);
      } finally {
        fs.rmSync(file, { force: true });
      }
    }
    const { data } = resolveStoredLetter(ctx, r.id);
    return ctx.pdf.render(buildLetterDocument(data));
  }

  /** A decrypted (or freshly rendered) copy in the platform's private temp folder. */
  async function tempCopy(r: LetterRow): Promise<string> {
    const file = path.join(ctx.platform.tempDir(), safeFileName(`${r.case_ref}-${r.title}-${r.id}.pdf`));
    if (r.status !== 'draft' && r.pdf_file_id !== null) decryptToFile(ctx, r.pdf_file_id, file);
    else fs.writeFileSync(file, await pdfOf(r), { mode: 0o600 });
    return file;
  }

  return {
    'letters.list': (filter) => {
      const f = filter ?? {};
      return listLetterRows(db, f).map(toLetterSummary);
    },

    'letters.get': ({ id }) => detail(row(id)),

    'letters.draft': (input) =>
      db.transaction(() => {
        const source = mergeSource(ctx, { clientId: input.clientId, debtId: input.debtId ?? null, lenderId: input.lenderId ?? null });
        if (input.debtId !== undefined && input.lenderId !== undefined && source.lenderId !== input.lenderId) {
          throw new AppError('VALIDATION', 'errors.VALIDATION', {}, { lenderId: 'letters.errors.lenderMismatch' });
        }
        const id = insertDraft({ clientId: input.clientId, debtId: input.debtId ?? null, lenderId: source.lenderId, type: input.type, locale: input.locale }, source);
        return detail(row(id));
      })(),

    // One transaction: a draft is a few small inserts (about a millisecond each), so even
    // 20 lenders finish well inside one frame of the UI; the renderer shows progress while it runs.
    'letters.draftAll': ({ clientId, type, locale, includeExisting }) =>
      db.transaction(() => {
        if (!clientExists(db, clientId)) throw notFound();
        const lenders = lendersOfClient(db, clientId);
        if (lenders.length === 0) throw new AppError('VALIDATION', 'letters.errors.noDebts');
        const todayIso = today();
        const created: LetterSummary[] = [];
        const skipped: { lenderId: number; lenderName: string; letterId: number }[] = [];
        for (const l of lenders) {
          const open = openDraftId(db, clientId, l.lenderId, type);
          if (open !== undefined && !includeExisting) {
            skipped.push({ lenderId: l.lenderId, lenderName: l.lenderName, letterId: open });
            continue;
          }
          const id = insertDraft({ clientId, debtId: l.debtCount === 1 ? l.firstDebtId : null, lenderId: l.lenderId, type, locale }, undefined, todayIso);
          created.push(toLetterSummary(row(id)));
        }
        return { created, skipped };
      })(),

    'letters.update': ({ id, rev, title, body }) =>
      db.transaction(() => {
        const r = row(id);
        requireDraft(r);
        requireRev(r, rev);
        checkFields(title, body);
        const clean: Body = { salutation: body.salutation, blocks: body.blocks, enclosures: body.enclosures };
        const at = ctx.now().toISOString();
        updateLetterText(db, id, title, clean, at);
        indexLetter(db, id);
        writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'letter', entityId: id, action: 'update', before: { title: r.title, body: letterBody(r) }, after: { title, body: clean } });
        return detail(row(id));
      })(),

    'letters.finalise': async ({ id, rev }) => {
      const r = row(id);
      requireDraft(r);
      requireRev(r, rev);
      const body = letterBody(r);
      checkFields(r.title, body);
      const source = mergeSource(ctx, { clientId: r.client_id, debtId: r.debt_id, lenderId: r.lender_id });
      const missing = missingFields(r.title, body, source, r.locale);
      if (missing.length) {
        const names = missing.map((p) => translate(ctx.locale(), fieldLabelKey(p))).join(translate(ctx.locale(), 'common.listSeparator'));
        throw new AppError('VALIDATION', 'letters.errors.missingFields', { fields: names, count: missing.length });
      }
      // Freeze: every field replaced by its text, the signature and the date as signed.
      const date = today();
      const fill = (t: string) => fillText(t, source, r.locale);
      const frozen: Body = {
        salutation: fill(body.salutation),
        blocks: body.blocks.map((b) => (b.kind === 'paragraph' ? { kind: 'paragraph', text: fill(b.text) } : b.kind === 'list' ? { ...b, items: b.items.map(fill) } : b)),
        enclosures: body.enclosures.map(fill),
        signature: source.signature,
        date,
      };
      const title = fill(r.title);
      const { data } = resolveLetter({ title, body: frozen, source, locale: r.locale, date, signature: frozen.signature });
      const pdf = await ctx.pdf.render(buildLetterDocument(data));
      const sha256 = crypto.createHash('sha256').update(pdf).digest('hex');
      return withStoredFile(ctx, { bytes: pdf }, 'application/pdf', (stored) => {
        // The letter may have changed while the PDF rendered.
        const now = row(id);
        requireDraft(now);
        requireRev(now, rev);
        if (stored.sha256 !== sha256) throw new Error('stored PDF digest differs from the rendered one');
        const at = ctx.now().toISOString();
        setLetterFinal(db, id, { title, body: frozen, pdfFileId: stored.fileId, pdfSha256: sha256 }, at);
        indexLetter(db, id);
        writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'letter', entityId: id, action: 'update', before: { status: 'draft' }, after: { status: 'final', title, pdfFileId: stored.fileId, pdfSha256: sha256 } });
        return detail(row(id));
      });
    },

    'letters.markSent': ({ id, rev, date }) =>
      db.transaction(() => {
        const r = row(id);
        if (r.status !== 'final') throw new AppError('CONFLICT', r.status === 'sent' ? 'letters.errors.alreadySent' : 'letters.errors.notFinal');
        requireRev(r, rev);
        const todayIso = today();
        const sentOn = date ?? todayIso;
        if (sentOn > todayIso) throw new AppError('VALIDATION', 'errors.VALIDATION', {}, { date: 'validation.dateInFuture' });
        const finalisedOn = r.finalised_at ? todayIn(ctx.timeZone(), new Date(r.finalised_at)) : sentOn;
        if (sentOn < finalisedOn) throw new AppError('VALIDATION', 'errors.VALIDATION', {}, { date: 'letters.errors.sentBeforeFinal' });
        // The contact's time: now, moved back to the day it was sent (same time of day).
        const occurred = new Date(ctx.now().getTime() + daysBetween(todayIso, sentOn) * 86_400_000).toISOString();
        const at = ctx.now().toISOString();
        const contactId = Number(
          insertLetterContact(db, { clientId: r.client_id, debtId: r.debt_id, lenderId: r.lender_id, occurredAt: occurred, summary: r.title }, at),
        );
        // sent_at is a timestamp like the other steps (the timeline orders by it): the contact's time.
        setLetterSent(db, id, occurred, contactId, at);
        indexContact(db, contactId);
        writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'contact', entityId: contactId, action: 'create', after: { clientId: r.client_id, lenderId: r.lender_id, channel: 'letter', direction: 'out', source: 'letter', summary: r.title, occurredAt: occurred } });
        writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'letter', entityId: id, action: 'update', before: { status: 'final' }, after: { status: 'sent', sentAt: occurred, sentContactId: contactId } });
        return detail(row(id));
      })(),

    'letters.delete': ({ id }) =>
      db.transaction(() => {
        const r = row(id);
        if (r.status !== 'draft') throw new AppError('CONFLICT', 'letters.errors.deleteFinal');
        deleteLetter(db, id);
        removeFromIndex(db, 'letter', id);
        writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'letter', entityId: id, action: 'delete', before: { clientId: r.client_id, lenderId: r.lender_id, type: r.type, title: r.title, body: letterBody(r) } });
        return { deleted: true as const };
      })(),

    'letters.preview': ({ id, title, body }) => {
      const r = row(id);
      if (title === undefined && body === undefined) return resolveStoredLetter(ctx, id).preview;
      const stored = letterBody(r);
      const t = title ?? r.title;
      const b = body ?? stored;
      checkFields(t, b);
      const source = mergeSource(ctx, { clientId: r.client_id, debtId: r.debt_id, lenderId: r.lender_id });
      return resolveLetter({ title: t, body: b, source, locale: r.locale, date: stored.date ?? today(), signature: stored.signature }).preview;
    },

    'letters.savePdf': async ({ id }) => {
      const r = row(id);
      const target = await ctx.platform.pickSavePath({
        title: translate(ctx.locale(), 'letters.dialogs.save'),
        defaultName: safeFileName(`${r.case_ref}-${r.title}.pdf`),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (!target) return { done: false, path: null };
      const pdf = await pdfOf(r);
      try {
        writeFileComplete(target, pdf);
      } catch (err) {
        throw fileError(err, target);
      }
      return { done: true, path: target };
    },

    'letters.saveDocx': async ({ id }) => {
      const r = row(id);
      // The same content the PDF is built from (a final letter's frozen text), with the letterhead.
      const letterhead = letterheadFor(readLetterheadSettings(db), r.locale);
      const { data } = resolveStoredLetter(ctx, r.id, letterhead ? { letterhead } : {});
      const docx = await buildLetterDocx(data);
      const target = await ctx.platform.pickSavePath({
        title: translate(ctx.locale(), 'letters.dialogs.saveDocx'),
        defaultName: safeFileName(`${r.case_ref}-${r.title}.docx`),
        filters: [{ name: 'Word', extensions: ['docx'] }],
      });
      if (!target) return { done: false, path: null };
      writeFileComplete(target, docx);
      return { done: true, path: target };
    },

    'letters.openPdf': async ({ id }) => {
      const file = await tempCopy(row(id));
      await ctx.platform.openPath(file);
      return { done: true, path: file };
    },

    'letters.printPdf': async ({ id }) => {
      const file = await tempCopy(row(id));
      await ctx.platform.printPdf(file);
      return { done: true, path: file };
    },
  };
}
