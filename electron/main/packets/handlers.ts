import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { translate } from '../../../shared/i18n';
import type { PACKETS_CHANNELS } from '../../../shared/ipc/packets.channels';
import type { Locale } from '../../../shared/schemas/common';
import type { BatchStatus, PacketLendersOutput } from '../../../shared/schemas/documents';
import type { HandlerContext } from '../context';
import { clientExists, getClientRow } from '../db/clients';
import { contactCountsByLender } from '../db/contacts';
import { letterLocalesForLender } from '../db/letters';
import { lendersOfClient } from '../db/debts';
import { clientHasStatement } from '../db/statements-queries';
import { openDocument, printDocument, saveDocument } from '../documents/deliver';
import { gatherPacketDocument } from '../documents/assemble';
import { latestProposalId } from '../documents/gather/case-docs';
import { packetAttachments, packetLetter } from '../documents/gather/packet';
import { safeFileName } from '../fs/safe-file-name';
import { fileError, runPacketBatch, type BatchItem } from '../documents/output';
import { AppError, notFound } from '../errors';
import type { HandlerPart } from '../handler-types';

// Negotiation packets: one lender's letter, figures and evidence in one PDF, for one lender
// or as a batch for every lender of one or more cases, written to a folder in the background.

interface Job {
  status: BatchStatus;
  clientIds: number[];
  controller: AbortController;
  finished: Promise<void>;
}

export function packetsHandlers(ctx: HandlerContext): HandlerPart<(typeof PACKETS_CHANNELS)[number]> {
  const { db } = ctx;
  const jobs = new Map<string, Job>();
  const t = (key: string, params: Record<string, string | number> = {}): string => translate(ctx.locale(), key, params);
  const localeOf = (locale: Locale | undefined): Locale => locale ?? ctx.locale();

  function requireClient(clientId: number): void {
    if (!clientExists(db, clientId)) throw notFound();
  }

  function runningJobFor(clientId: number): Job | undefined {
    for (const job of jobs.values()) if (job.status.state === 'running' && job.clientIds.includes(clientId)) return job;
    return undefined;
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

  /** Starts writing every packet of these cases to the folder; the job reports as it goes. */
  function startJob(clientIds: number[], folder: string, locale: Locale): { jobId: string; total: number; folder: string } {
    const items: BatchItem[] = [];
    for (const clientId of clientIds) {
      const caseRef = getClientRow(db, clientId)!.case_ref;
      for (const l of lendersOfClient(db, clientId)) {
        items.push({
          fileName: safeFileName(`${caseRef} ${l.lenderName}`),
          label: `${caseRef} ${l.lenderName}`,
          doc: () => gatherPacketDocument(ctx, { clientId, lenderId: l.lenderId, locale }).doc,
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
      pool: ctx.pdf,
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
  }

  return {
    'packets.lenders': ({ clientId, locale: asked }): PacketLendersOutput => {
      requireClient(clientId);
      const locale = localeOf(asked);
      const counts = contactCountsByLender(db, clientId);
      const items = lendersOfClient(db, clientId).map((l) => {
        const letter = packetLetter(ctx, clientId, l.lenderId, locale);
        return {
          lenderId: l.lenderId,
          lenderName: l.lenderName,
          debts: l.debtCount,
          outstandingFen: l.outstandingFen,
          letter: letter ? { id: letter.id, title: letter.title, status: letter.status } : null,
          letterLocales: letter ? [] : letterLocalesForLender(db, clientId, l.lenderId),
          enclosures: packetAttachments(ctx, clientId, l.lenderId).length,
          contacts: counts.get(l.lenderId)?.contacts ?? 0,
        };
      });
      return { items, hasStatement: clientHasStatement(db, clientId), hasProposal: latestProposalId(ctx, clientId) !== null, runningJobId: runningJobFor(clientId)?.status.jobId ?? null };
    },
    'packets.save': (input) => saveDocument(ctx, gatherPacketDocument(ctx, { ...input, locale: localeOf(input.locale) })),
    'packets.open': (input) => openDocument(ctx, gatherPacketDocument(ctx, { ...input, locale: localeOf(input.locale) })),
    'packets.print': (input) => printDocument(ctx, gatherPacketDocument(ctx, { ...input, locale: localeOf(input.locale) })),

    'packets.batchStart': async (input) => {
      const clientIds = [...new Set(input.clientIds ?? [input.clientId!])];
      const locale = localeOf(input.locale);
      for (const id of clientIds) {
        requireClient(id);
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
      return startJob(clientIds, folder, locale);
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
  };
}
