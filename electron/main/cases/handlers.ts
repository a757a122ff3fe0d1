import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { translate } from '../../../shared/i18n';
import type { CASES_CHANNELS } from '../../../shared/ipc/cases.channels';
import type { HandlerContext } from '../context';
import { writeAudit } from '../db/audit';
import { writeSetting } from '../db/settings';
import { clientExists, getClientRow } from '../db/clients';
import { AppError, notFound } from '../errors';
import type { HandlerPart } from '../handler-types';
import { runJob } from '../jobs/runner';
import { defaultExportName } from './export';
import { CASE_FILE_EXTENSION } from './format';
import { fileDigest } from './preview';
import { RETENTION_SETTING, casesDueForPurge, closedCase, purgeReach, retentionYears } from './purge';

const WRITE_ERRORS = new Set(['ENOSPC', 'EACCES', 'EPERM', 'EROFS', 'ENOENT', 'EIO', 'ENOTDIR', 'EDQUOT']);

/** How long a previewed file may wait for the counsellor's decision. */
const PREVIEW_TTL_MS = 60 * 60 * 1000;

interface Pending {
  file: string;
  /** The file's bytes when previewed: a file changed since is refused. */
  sha256: string;
  at: number;
}

export function casesHandlers(ctx: HandlerContext): HandlerPart<(typeof CASES_CHANNELS)[number]> {
  const { db } = ctx;
  const pending = new Map<string, Pending>();
  const t = (key: string) => translate(ctx.locale(), key);
  const filters = () => [{ name: t('cases.fileType'), extensions: [CASE_FILE_EXTENSION] }];

  const retention = () => ({ years: retentionYears(ctx), due: casesDueForPurge(ctx) });

  return {
    'cases.export': async ({ clientId, passphrase }) => {
      const row = getClientRow(db, clientId);
      if (!row) throw notFound();
      const dest = await ctx.platform.pickSavePath({ title: t('cases.export.dialogTitle'), filters: filters(), defaultName: defaultExportName(row.case_ref, CASE_FILE_EXTENSION) });
      if (!dest) return { saved: false, fileName: null, counts: {}, files: 0, bytes: 0 };
      let result;
      try {
        // Reading every stored file and sealing them: in a worker, so this thread keeps answering.
        result = await runJob(ctx, 'cases.export', { clientId, passphrase, dest });
      } catch (err) {
        // A full stick, a read-only folder, a stick pulled out: the sealed file was not kept.
        if (WRITE_ERRORS.has(String((err as NodeJS.ErrnoException).code))) throw new AppError('STORAGE', 'cases.errors.cannotWrite');
        throw err;
      }
      db.transaction(() =>
        writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'client', entityId: clientId, action: 'update', after: { handedOver: path.basename(dest), counts: result.counts } }),
      )();
      return { saved: true, fileName: path.basename(dest), ...result };
    },

    'cases.importPreview': async ({ passphrase }) => {
      const [file] = await ctx.platform.pickFiles({ title: t('cases.import.dialogTitle'), filters: filters(), multiple: false });
      if (!file) return { picked: false as const };
      // Decrypting and checking every part of a large case takes seconds: in the job worker.
      const { preview, sha256 } = await runJob(ctx, 'cases.preview', { file, passphrase });
      const now = Date.now();
      for (const [k, p] of pending) if (now - p.at > PREVIEW_TTL_MS) pending.delete(k);
      const token = crypto.randomBytes(16).toString('hex');
      pending.set(token, { file, sha256, at: now });
      return { picked: true as const, token, fileName: path.basename(file), preview };
    },

    'cases.import': async ({ token, passphrase, onConflict }) => {
      const p = pending.get(token);
      if (!p) throw new AppError('NOT_FOUND', 'cases.errors.previewExpired');
      if (!fs.existsSync(p.file)) throw new AppError('NOT_FOUND', 'cases.errors.fileMissing');
      if ((await fileDigest(p.file)) !== p.sha256) throw new AppError('CONFLICT', 'cases.errors.fileChanged');
      // In a worker with its own connection: a large case (thousands of rows and files) must not stall the window.
      const result = await runJob(ctx, 'cases.import', { file: p.file, passphrase, onConflict });
      if (result.imported || onConflict === 'cancel') pending.delete(token);
      return result;
    },

    'cases.info': ({ clientId }) => {
      if (!clientExists(db, clientId)) throw notFound();
      const c = closedCase(ctx, clientId);
      return { clientId, closed: c !== null, closedAt: c?.closedAt ?? null, purgeDueFrom: c?.purgeDueFrom ?? null, due: c?.due ?? false, retentionYears: retentionYears(ctx) };
    },

    'cases.retention': () => retention(),

    'cases.setRetention': ({ years }) => {
      db.transaction(() => {
        const before = retentionYears(ctx);
        writeSetting(db, RETENTION_SETTING, years);
        writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'settings', entityId: RETENTION_SETTING, action: 'settings', before, after: years });
      })();
      return retention();
    },

    'cases.purgeReach': ({ clientId }) => purgeReach(ctx, clientId),

    'cases.purge': ({ clientId, confirmCaseRef }) => runJob(ctx, 'cases.purge', { clientId, confirmCaseRef }),
  };
}
