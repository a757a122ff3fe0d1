import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { translate } from '../../../shared/i18n';
import type { DOCUMENTS_CHANNELS } from '../../../shared/ipc/documents.channels';
import type { LETTERHEAD_CHANNELS } from '../../../shared/ipc/letterhead.channels';
import type { PACKETS_CHANNELS } from '../../../shared/ipc/packets.channels';
import type { Locale } from '../../../shared/schemas/common';
import type { BatchStatus, Letterhead, PacketLendersOutput } from '../../../shared/schemas/documents';
import type { HandlerContext } from '../context';
import { writeAudit } from '../db/audit';
import { stmt } from '../db/statements';
import { AppError, notFound } from '../errors';
import type { HandlerPart } from '../handler-types';
import { gatherDocument, gatherPacketDocument, latestProposalId, packetAttachments, packetLetter, safeFileName, type BuiltDocument } from './gather';
import { buildLetterDocument } from '../pdf/documents/letter';
import { sampleLetter } from '../pdf/samples';
import { imageMime, letterheadFor, MAX_LOGO_BYTES, readLetterheadSettings, writeLetterheadSettings } from './letterhead';
import { documentPool, fileError, runPacketBatch, writeFileComplete, type BatchItem } from './output';

type DocumentsChannel = (typeof DOCUMENTS_CHANNELS)[number] | (typeof PACKETS_CHANNELS)[number] | (typeof LETTERHEAD_CHANNELS)[number];

interface Job {
  status: BatchStatus;
  clientIds: number[];
  controller: AbortController;
  finished: Promise<void>;
}

const PDF_FILTER = [{ name: 'PDF', extensions: ['pdf'] }];

export function documentsHandlers(ctx: HandlerContext): HandlerPart<DocumentsChannel> {
  const { db } = ctx;
  const jobs = new Map<string, Job>();
  const t = (key: string, params: Record<string, string | number> = {}): string => translate(ctx.locale(), key, params);

  async function render(built: BuiltDocument): Promise<Buffer> {
    return documentPool().render(built.doc);
  }

  async function save(built: BuiltDocument): Promise<{ path: string | null }> {
    // Render first, so a failure shows before the counsellor picks a place.
    const pdf = await render(built);
    const target = await ctx.platform.pickSavePath({ title: t('documents.dialogs.save'), defaultName: built.fileName, filters: PDF_FILTER });
    if (!target) return { path: null };
    writeFileComplete(target, pdf);
    return { path: target };
  }

  /** A copy in the app's private temp folder, for the viewer or the printer. */
  async function tempCopy(built: BuiltDocument): Promise<string> {
    const pdf = await render(built);
    const dir = path.join(ctx.platform.tempDir(), `documents-${randomUUID().slice(0, 8)}`);
    try {
      fs.mkdirSync(dir, { recursive: true });
    } catch (err) {
      throw fileError(err, dir);
    }
    const file = path.join(dir, built.fileName);
    writeFileComplete(file, pdf);
    return file;
  }

  const localeOf = (locale: Locale | undefined): Locale => locale ?? ctx.locale();

  function clientExists(clientId: number): void {
    if (!stmt(db, 'SELECT 1 FROM clients WHERE id = ?').get(clientId)) throw notFound();
  }

  function runningJobFor(clientId: number): Job | undefined {
    for (const job of jobs.values()) if (job.status.state === 'running' && job.clientIds.includes(clientId)) return job;
    return undefined;
  }

  function lendersOf(clientId: number): { lender_id: number; lender_name: string; debts: number; outstanding: number }[] {
    return stmt(
      db,
      `SELECT d.lender_id, l.name AS lender_name, COUNT(*) AS debts, SUM(d.outstanding_fen) AS outstanding
       FROM debts d JOIN lenders l ON l.id = d.lender_id WHERE d.client_id = ?
       GROUP BY d.lender_id ORDER BY outstanding DESC, l.name`,
    ).all(clientId) as { lender_id: number; lender_name: string; debts: number; outstanding: number }[];
  }

  function statusOf(jobId: string): Job {
    const job = jobs.get(jobId);
    if (!job) throw new AppError('NOT_FOUND', 'documents.errors.batchNotFound');
    return job;
  }

  const copy = (job: Job): BatchStatus => ({ ...job.status, files: [...job.status.files], errors: [...job.status.errors] });

  function errorText(err: unknown): string {
    if (err instanceof AppError) return translate(ctx.locale(), err.messageKey, err.params);
    return t('documents.errors.renderFailed');
  }

  return {
    'documents.save': (input) => save(gatherDocument(ctx, { ...input, locale: localeOf(input.locale) })),
    'documents.open': async (input) => {
      const file = await tempCopy(gatherDocument(ctx, { ...input, locale: localeOf(input.locale) }));
      await ctx.platform.openPath(file);
      return { path: file };
    },
    'documents.print': async (input) => {
      const file = await tempCopy(gatherDocument(ctx, { ...input, locale: localeOf(input.locale) }));
      await ctx.platform.printPdf(file);
      return { path: file };
    },

    'packets.lenders': ({ clientId }): PacketLendersOutput => {
      clientExists(clientId);
      const items = lendersOf(clientId).map((l) => {
        const letter = packetLetter(ctx, clientId, l.lender_id, ctx.locale());
        const contacts = stmt(db, 'SELECT COUNT(*) AS n FROM contacts WHERE client_id = ? AND lender_id = ?').get(clientId, l.lender_id) as { n: number };
        return {
          lenderId: l.lender_id,
          lenderName: l.lender_name,
          debts: l.debts,
          outstandingFen: l.outstanding,
          letter: letter ? { id: letter.id, title: letter.title, status: letter.status } : null,
          enclosures: packetAttachments(ctx, clientId, l.lender_id).length,
          contacts: contacts.n,
        };
      });
      const hasStatement = stmt(db, 'SELECT 1 FROM statements WHERE client_id = ? LIMIT 1').get(clientId) !== undefined;
      return { items, hasStatement, hasProposal: latestProposalId(ctx, clientId) !== null, runningJobId: runningJobFor(clientId)?.status.jobId ?? null };
    },
    'packets.save': (input) => save(gatherPacketDocument(ctx, { ...input, locale: localeOf(input.locale) })),
    'packets.open': async (input) => {
      const file = await tempCopy(gatherPacketDocument(ctx, { ...input, locale: localeOf(input.locale) }));
      await ctx.platform.openPath(file);
      return { path: file };
    },
    'packets.print': async (input) => {
      const file = await tempCopy(gatherPacketDocument(ctx, { ...input, locale: localeOf(input.locale) }));
      await ctx.platform.printPdf(file);
      return { path: file };
    },

    'packets.batchStart': async (input) => {
      const clientIds = [...new Set(input.clientIds ?? [input.clientId!])];
      const locale = localeOf(input.locale);
      for (const id of clientIds) {
        clientExists(id);
        if (runningJobFor(id)) throw new AppError('CONFLICT', 'documents.errors.batchRunning');
      }
      const folder = await ctx.platform.pickFolder({ title: t('documents.dialogs.folder') });
      if (!folder) return null;
      // Checked again: a second start may have slipped in while the dialog was open.
      for (const id of clientIds) if (runningJobFor(id)) throw new AppError('CONFLICT', 'documents.errors.batchRunning');
      try {
        fs.accessSync(folder, fs.constants.W_OK);
        if (!fs.statSync(folder).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
      } catch (err) {
        throw fileError(err, folder);
      }
      const items: BatchItem[] = [];
      for (const clientId of clientIds) {
        const caseRef = (stmt(db, 'SELECT case_ref FROM clients WHERE id = ?').get(clientId) as { case_ref: string }).case_ref;
        for (const l of lendersOf(clientId)) {
          items.push({
            fileName: safeFileName(`${caseRef} ${l.lender_name}`),
            label: `${caseRef} ${l.lender_name}`,
            doc: () => gatherPacketDocument(ctx, { clientId, lenderId: l.lender_id, locale }).doc,
          });
        }
      }
      const jobId = randomUUID();
      const controller = new AbortController();
      const job: Job = {
        status: { jobId, state: 'running', done: 0, total: items.length, current: null, folder, files: [], errors: [] },
        clientIds,
        controller,
        finished: Promise.resolve(),
      };
      jobs.set(jobId, job);
      job.finished = runPacketBatch({
        folder,
        items,
        pool: documentPool(),
        signal: controller.signal,
        onProgress: (p) => {
          if (job.status.state !== 'running') return;
          Object.assign(job.status, { done: p.done, current: p.current, files: p.files, errors: p.errors.map((e) => ({ name: e.name, message: errorText(e.error) })) });
        },
      }).then(
        (p) => {
          job.status.current = null;
          job.status.state = controller.signal.aborted ? 'cancelled' : p.errors.length > 0 && p.files.length === 0 ? 'failed' : 'done';
          if (job.status.state === 'done') ctx.platform.notify(t('documents.panel.title'), t('documents.batch.done', { done: p.files.length, folder }));
        },
        (err: unknown) => {
          job.status.current = null;
          job.status.state = controller.signal.aborted ? 'cancelled' : 'failed';
          if (!controller.signal.aborted) job.status.errors.push({ name: folder, message: errorText(err) });
        },
      );
      return { jobId, total: items.length, folder };
    },
    'packets.batchStatus': ({ jobId }) => copy(statusOf(jobId)),
    'packets.batchCancel': async ({ jobId }) => {
      const job = statusOf(jobId);
      if (job.status.state === 'running') {
        job.controller.abort();
        await job.finished;
      }
      return copy(job);
    },

    'letterhead.get': () => readLetterheadSettings(db),
    'letterhead.preview': async () => {
      const locale = ctx.locale();
      const letter = sampleLetter(locale);
      const letterhead = letterheadFor(readLetterheadSettings(db), locale);
      const doc = buildLetterDocument(letterhead ? { ...letter, letterhead } : { ...letter, letterhead: undefined });
      const file = await tempCopy({ doc, fileName: safeFileName(t('documents.letterhead.title')), caseReference: letter.caseReference, title: letter.title });
      await ctx.platform.openPath(file);
      return { path: file };
    },
    'letterhead.update': (input) => {
      const before = readLetterheadSettings(db);
      const after: Letterhead = { ...before, ...input };
      db.transaction(() => {
        writeLetterheadSettings(db, after);
        writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'letterhead', entityId: null, action: 'settings', before: withoutLogo(before), after: withoutLogo(after) });
      })();
      return after;
    },
    'letterhead.pickLogo': async () => {
      const before = readLetterheadSettings(db);
      const [file] = await ctx.platform.pickFiles({ title: t('documents.dialogs.logo'), filters: [{ name: 'PNG / JPEG', extensions: ['png', 'jpg', 'jpeg'] }], multiple: false });
      if (!file) return before;
      const size = fs.statSync(file).size;
      if (size > MAX_LOGO_BYTES) throw new AppError('VALIDATION', 'documents.errors.logoTooLarge');
      const bytes = fs.readFileSync(file);
      const mime = imageMime(bytes);
      if (!mime) throw new AppError('VALIDATION', 'documents.errors.logoType');
      const after: Letterhead = { ...before, logoDataUrl: `data:${mime};base64,${bytes.toString('base64')}` };
      db.transaction(() => {
        writeLetterheadSettings(db, after);
        writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'letterhead', entityId: null, action: 'settings', before: withoutLogo(before), after: { ...withoutLogo(after), logoBytes: bytes.length } });
      })();
      return after;
    },
  };
}

/** The audit log records whether there is a logo, not the image. */
function withoutLogo(l: Letterhead): Omit<Letterhead, 'logoDataUrl'> & { logo: boolean } {
  const { logoDataUrl, ...rest } = l;
  return { ...rest, logo: logoDataUrl !== null };
}
