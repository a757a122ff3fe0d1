import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Channel, ParsedInput } from '../../../shared/contract';
import { daysBetween, todayIn } from '../../../shared/domain/dates';
import { translate } from '../../../shared/i18n';
import type { LETTERS_CHANNELS } from '../../../shared/ipc/letters.channels';
import type { TEMPLATES_CHANNELS } from '../../../shared/ipc/templates.channels';
import type { Locale } from '../../../shared/schemas/common';
import {
  MERGE_FIELDS,
  bodyIssues,
  fieldLabelKey,
  type Body,
  type FieldIssue,
  type LetterDetail,
  type LetterStatus,
  type LetterSummary,
  type LetterType,
} from '../../../shared/schemas/letters';
import type { HandlerContext } from '../context';
import { writeAudit } from '../db/audit';
import { stmt } from '../db/statements';
import { AppError, notFound } from '../errors';
import { fileError, writeFileComplete } from '../documents/output';
import { decryptToFile, withStoredFile } from '../attachments/store';
import type { HandlerPart } from '../handler-types';
import { buildLetterDocument } from '../pdf/documents/letter';
import { draftFromTemplate, fillText, mergeSource, missingFields, resolveLetter, resolveStoredLetter, type MergeSource } from './content';
import { sharedPdfPool } from './pdf';
import { ensureDefaultTemplates, listTemplates, saveTemplateVersion, templateDetail, templateFor, templateRow, versionRow } from './templates';
import { defaultTemplate } from './defaults';

type LettersChannel = Extract<Channel, (typeof LETTERS_CHANNELS)[number] | (typeof TEMPLATES_CHANNELS)[number]>;

interface LetterRow {
  id: number;
  client_id: number;
  debt_id: number | null;
  lender_id: number | null;
  offer_id: number | null;
  proposal_id: number | null;
  type: LetterType;
  locale: Locale;
  template_version_id: number | null;
  title: string;
  body_json: string;
  status: LetterStatus;
  pdf_file_id: number | null;
  pdf_sha256: string | null;
  finalised_at: string | null;
  sent_at: string | null;
  sent_contact_id: number | null;
  rev: number;
  created_at: string;
  updated_at: string;
  client_name: string;
  case_ref: string;
  lender_name: string | null;
  template_version: number | null;
}

const SELECT = `SELECT lt.*, c.name AS client_name, c.case_ref, l.name AS lender_name, tv.version AS template_version
  FROM letters lt JOIN clients c ON c.id = lt.client_id LEFT JOIN lenders l ON l.id = lt.lender_id
  LEFT JOIN template_versions tv ON tv.id = lt.template_version_id`;

function toSummary(r: LetterRow): LetterSummary {
  return {
    id: r.id,
    clientId: r.client_id,
    clientName: r.client_name,
    caseRef: r.case_ref,
    debtId: r.debt_id,
    lenderId: r.lender_id,
    lenderName: r.lender_name,
    type: r.type,
    locale: r.locale,
    title: r.title,
    status: r.status,
    templateVersionId: r.template_version_id,
    finalisedAt: r.finalised_at,
    sentAt: r.sent_at,
    rev: r.rev,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The first unknown field (or stray braces) as a VALIDATION error naming the field and where it is. */
export function fieldIssueError(issues: FieldIssue[]): AppError {
  const first = issues[0]!;
  const key = first.problem === 'unknown' ? 'letters.errors.unknownField' : 'letters.errors.unclosedField';
  return new AppError('VALIDATION', key, { field: first.field, location: first.location, line: first.line, column: first.column, count: issues.length }, { [first.location]: key });
}

function safeFileName(name: string): string {
  const cleaned = [...name].map((c) => (c.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(c) ? '_' : c)).join('');
  return cleaned.slice(0, 120);
}

export function lettersHandlers(ctx: HandlerContext): HandlerPart<LettersChannel> {
  const { db } = ctx;
  const today = () => todayIn(ctx.timeZone(), ctx.now());

  function row(id: number): LetterRow {
    const r = stmt(db, `${SELECT} WHERE lt.id = ?`).get(id) as LetterRow | undefined;
    if (!r) throw notFound();
    return r;
  }

  function detail(r: LetterRow): LetterDetail {
    const body = JSON.parse(r.body_json) as Body;
    let missing: string[] = [];
    if (r.status === 'draft') {
      const source = mergeSource(ctx, { clientId: r.client_id, debtId: r.debt_id, lenderId: r.lender_id });
      missing = missingFields(r.title, body, source, r.locale);
    }
    return { ...toSummary(r), body, pdfFileId: r.pdf_file_id, pdfSha256: r.pdf_sha256, sentContactId: r.sent_contact_id, missingFields: missing, templateVersion: r.template_version };
  }

  function requireRev(r: LetterRow, rev: number): void {
    if (r.rev !== rev) throw new AppError('CONFLICT', 'letters.errors.conflict');
  }
  function requireDraft(r: LetterRow): void {
    if (r.status !== 'draft') throw new AppError('CONFLICT', 'letters.errors.notDraft');
  }

  function checkFields(title: string, body: Body): void {
    const issues = bodyIssues(title, body);
    if (issues.length) throw fieldIssueError(issues);
  }

  /** Inserts a draft for the target from the template of that type and language. Inside a transaction. */
  function insertDraft(input: { clientId: number; debtId: number | null; lenderId: number | null; type: LetterType; locale: Locale }, source?: MergeSource, todayIso?: string): number {
    ensureDefaultTemplates(ctx);
    const src = source ?? mergeSource(ctx, { clientId: input.clientId, debtId: input.debtId, lenderId: input.lenderId }, todayIso);
    if (src.lenderId === null) throw new AppError('VALIDATION', 'errors.VALIDATION', {}, { lenderId: 'validation.required' });
    const t = templateFor(db, input.type, input.locale);
    const v = versionRow(db, t.id, t.current_version);
    const filled = draftFromTemplate(v.title, JSON.parse(v.body_json) as Body, src, input.locale);
    const at = ctx.now().toISOString();
    const id = Number(
      stmt(
        db,
        `INSERT INTO letters (client_id, debt_id, lender_id, type, locale, template_version_id, title, body_json, status, rev, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'draft', 1, ?, ?)`,
      ).run(input.clientId, input.debtId, src.lenderId, input.type, input.locale, v.id, filled.title, JSON.stringify(filled.body), at, at).lastInsertRowid,
    );
    writeAudit(db, {
      actor: ctx.actor(),
      at: ctx.now(),
      entity: 'letter',
      entityId: id,
      action: 'create',
      after: { clientId: input.clientId, debtId: input.debtId, lenderId: src.lenderId, type: input.type, locale: input.locale, templateVersionId: v.id, title: filled.title },
    });
    return id;
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
    return sharedPdfPool().render(buildLetterDocument(data));
  }

  /** A decrypted (or freshly rendered) copy in the platform's private temp folder. */
  async function tempCopy(r: LetterRow): Promise<string> {
    const file = path.join(ctx.platform.tempDir(), safeFileName(`${r.case_ref}-${r.title}-${r.id}.pdf`));
    if (r.status !== 'draft' && r.pdf_file_id !== null) decryptToFile(ctx, r.pdf_file_id, file);
    else fs.writeFileSync(file, await pdfOf(r), { mode: 0o600 });
    return file;
  }

  return {
    'templates.list': (filter) =>
      db.transaction(() => {
        ensureDefaultTemplates(ctx);
        return listTemplates(db, filter ?? {});
      })(),

    'templates.get': ({ id, version }) =>
      db.transaction(() => {
        ensureDefaultTemplates(ctx);
        return templateDetail(db, id, version);
      })(),

    'templates.save': (input: ParsedInput<'templates.save'>) =>
      db.transaction(() => {
        checkFields(input.title, input.body);
        const body: Body = { salutation: input.body.salutation, blocks: input.body.blocks, enclosures: input.body.enclosures };
        return saveTemplateVersion(ctx, { ...input, body }, false);
      })(),

    'templates.restoreDefault': ({ id, rev }) =>
      db.transaction(() => {
        const t = templateRow(db, id);
        const d = defaultTemplate(t.type, t.locale);
        return saveTemplateVersion(ctx, { id, rev, name: d.name, title: d.title, body: d.body }, true);
      })(),

    'templates.fields': () => MERGE_FIELDS.map((f) => ({ path: f.path, group: f.path.split('.')[0]!, kind: f.kind })),

    'letters.list': (filter) => {
      const f = filter ?? {};
      const rows = stmt(
        db,
        `${SELECT} WHERE (? IS NULL OR lt.client_id = ?) AND (? IS NULL OR lt.status = ?) AND (? IS NULL OR lt.type = ?) AND (? IS NULL OR lt.lender_id = ?)
         ORDER BY lt.updated_at DESC, lt.id DESC LIMIT 2000`,
      ).all(f.clientId ?? null, f.clientId ?? null, f.status ?? null, f.status ?? null, f.type ?? null, f.type ?? null, f.lenderId ?? null, f.lenderId ?? null) as LetterRow[];
      return rows.map(toSummary);
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
        if (!stmt(db, `SELECT 1 FROM clients WHERE id = ?`).get(clientId)) throw notFound();
        const lenders = stmt(
          db,
          `SELECT d.lender_id, l.name, count(*) AS n, min(d.id) AS debt_id, sum(d.outstanding_fen) AS total
           FROM debts d JOIN lenders l ON l.id = d.lender_id WHERE d.client_id = ? GROUP BY d.lender_id ORDER BY total DESC, l.name`,
        ).all(clientId) as { lender_id: number; name: string; n: number; debt_id: number }[];
        if (lenders.length === 0) throw new AppError('VALIDATION', 'letters.errors.noDebts');
        const todayIso = today();
        const created: LetterSummary[] = [];
        const skipped: { lenderId: number; lenderName: string; letterId: number }[] = [];
        for (const l of lenders) {
          const open = stmt(db, `SELECT id FROM letters WHERE client_id = ? AND lender_id = ? AND type = ? AND status = 'draft' ORDER BY id LIMIT 1`).get(clientId, l.lender_id, type) as
            | { id: number }
            | undefined;
          if (open && !includeExisting) {
            skipped.push({ lenderId: l.lender_id, lenderName: l.name, letterId: open.id });
            continue;
          }
          const id = insertDraft({ clientId, debtId: l.n === 1 ? l.debt_id : null, lenderId: l.lender_id, type, locale }, undefined, todayIso);
          created.push(toSummary(row(id)));
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
        stmt(db, `UPDATE letters SET title = ?, body_json = ?, rev = rev + 1, updated_at = ? WHERE id = ?`).run(title, JSON.stringify(clean), at, id);
        writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'letter', entityId: id, action: 'update', before: { title: r.title, body: JSON.parse(r.body_json) }, after: { title, body: clean } });
        return detail(row(id));
      })(),

    'letters.finalise': async ({ id, rev }) => {
      const r = row(id);
      requireDraft(r);
      requireRev(r, rev);
      const body = JSON.parse(r.body_json) as Body;
      checkFields(r.title, body);
      const source = mergeSource(ctx, { clientId: r.client_id, debtId: r.debt_id, lenderId: r.lender_id });
      const missing = missingFields(r.title, body, source, r.locale);
      if (missing.length) {
        const names = missing.map((p) => translate(ctx.locale(), fieldLabelKey(p))).join(translate(ctx.locale(), 'letters.doc.listSeparator'));
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
      const pdf = await sharedPdfPool().render(buildLetterDocument(data));
      const sha256 = crypto.createHash('sha256').update(pdf).digest('hex');
      return withStoredFile(ctx, { bytes: pdf }, 'application/pdf', (stored) => {
        // The letter may have changed while the PDF rendered.
        const now = row(id);
        requireDraft(now);
        requireRev(now, rev);
        if (stored.sha256 !== sha256) throw new Error('stored PDF digest differs from the rendered one');
        const at = ctx.now().toISOString();
        stmt(
          db,
          `UPDATE letters SET status = 'final', title = ?, body_json = ?, pdf_file_id = ?, pdf_sha256 = ?, finalised_at = ?, rev = rev + 1, updated_at = ? WHERE id = ?`,
        ).run(title, JSON.stringify(frozen), stored.fileId, sha256, at, at, id);
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
          stmt(
            db,
            `INSERT INTO contacts (client_id, debt_id, lender_id, occurred_at, channel, direction, summary, source, rev, created_at, updated_at)
             VALUES (?, ?, ?, ?, 'letter', 'out', ?, 'letter', 1, ?, ?)`,
          ).run(r.client_id, r.debt_id, r.lender_id, occurred, r.title, at, at).lastInsertRowid,
        );
        // sent_at is a timestamp like the other steps (the timeline orders by it): the contact's time.
        stmt(db, `UPDATE letters SET status = 'sent', sent_at = ?, sent_contact_id = ?, rev = rev + 1, updated_at = ? WHERE id = ?`).run(occurred, contactId, at, id);
        writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'contact', entityId: contactId, action: 'create', after: { clientId: r.client_id, lenderId: r.lender_id, channel: 'letter', direction: 'out', source: 'letter', summary: r.title, occurredAt: occurred } });
        writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'letter', entityId: id, action: 'update', before: { status: 'final' }, after: { status: 'sent', sentAt: occurred, sentContactId: contactId } });
        return detail(row(id));
      })(),

    'letters.delete': ({ id }) =>
      db.transaction(() => {
        const r = row(id);
        if (r.status !== 'draft') throw new AppError('CONFLICT', 'letters.errors.deleteFinal');
        stmt(db, `DELETE FROM letters WHERE id = ?`).run(id);
        writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'letter', entityId: id, action: 'delete', before: { clientId: r.client_id, lenderId: r.lender_id, type: r.type, title: r.title, body: JSON.parse(r.body_json) } });
        return { deleted: true as const };
      })(),

    'letters.preview': ({ id, title, body }) => {
      const r = row(id);
      if (title === undefined && body === undefined) return resolveStoredLetter(ctx, id).preview;
      const stored = JSON.parse(r.body_json) as Body;
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
