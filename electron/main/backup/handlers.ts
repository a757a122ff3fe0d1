import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { translate } from '../../../shared/i18n';
import type { BACKUP_CHANNELS } from '../../../shared/ipc/backup.channels';
import { BackupConfig } from '../../../shared/schemas/backup';
import type { HandlerContext } from '../context';
import { writeAudit } from '../db/audit';
import { AppError } from '../errors';
import { writeFileAtomic } from '../fs/atomic-write';
import type { HandlerPart } from '../handler-types';
import { runJob } from '../jobs/runner';
import { backupStatus, cancelBackup, isRunning, runBackup } from './auto';
import { BACKUP_EXTENSION } from './create';
import { cancelRestore, requestRestore } from './restore';
import { renderRecoverySheet } from './sheet';
import { checkPassphrase, makePassphraseRecord, passphraseRecord, readConfig, writeConfig, PASSPHRASE_KEY } from './state';
import { writeSetting } from '../db/settings';

/** How long a picked backup waits for its passphrase. */
const PICK_TTL_MS = 60 * 60 * 1000;

export function backupHandlers(ctx: HandlerContext): HandlerPart<(typeof BACKUP_CHANNELS)[number]> {
  const t = (key: string) => translate(ctx.locale(), key);
  // Files the counsellor chose in our own dialog, by token: the only files restore reads.
  const picks = new Map<string, { file: string; at: number }>();
  // One inspection at a time: each one starts by clearing the staging folder.
  let inspecting = false;
  const saveConfig = (next: BackupConfig) => {
    const before = readConfig(ctx.db);
    ctx.db.transaction(() => {
      writeConfig(ctx.db, next);
      writeAudit(ctx.db, { actor: ctx.actor(), at: ctx.now(), entity: 'backup.config', entityId: null, action: 'settings', before, after: next });
    })();
    return next;
  };

  return {
    'backup.status': () => backupStatus(ctx),

    'backup.setPassphrase': ({ passphrase, current }) => {
      const existing = passphraseRecord(ctx.db);
      if (existing && (current === undefined || !checkPassphrase(existing, current))) {
        throw new AppError('VALIDATION', 'backup.errors.currentPassphrase', {}, { current: 'backup.errors.currentPassphrase' });
      }
      const record = makePassphraseRecord(ctx, passphrase, ctx.now());
      ctx.db.transaction(() => {
        writeSetting(ctx.db, PASSPHRASE_KEY, record);
        // The audit notes that it changed, never the passphrase or its verifier.
        writeAudit(ctx.db, { actor: ctx.actor(), at: ctx.now(), entity: 'backup.passphrase', entityId: null, action: 'settings', after: { setAt: record.setAt } });
      })();
      return { setAt: record.setAt };
    },

    'backup.recoverySheet': async ({ print }) => {
      if (!passphraseRecord(ctx.db)) throw new AppError('VALIDATION', 'backup.errors.noPassphrase');
      const pdf = await renderRecoverySheet(ctx);
      let file: string | null;
      if (print) {
        file = path.join(ctx.platform.tempDir(), 'parley-recovery-sheet.pdf');
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, pdf);
        await ctx.platform.printPdf(file);
      } else {
        file = await ctx.platform.pickSavePath({ title: t('backup.dialogs.saveSheet'), defaultName: 'parley-recovery-sheet.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] });
        if (file === null) return { file: null };
        try {
          writeFileAtomic(file, pdf);
        } catch {
          throw new AppError('STORAGE', 'backup.errors.sheetNotSaved');
        }
      }
      return { file };
    },

    'backup.pickFolder': async () => {
      const folder = await ctx.platform.pickFolder({ title: t('backup.dialogs.pickFolder') });
      const config = readConfig(ctx.db);
      if (folder === null) return config;
      return saveConfig({ ...config, folder });
    },

    'backup.updateConfig': (patch) => {
      const config = readConfig(ctx.db);
      const clean = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      return saveConfig(BackupConfig.parse({ ...config, ...clean }));
    },

    'backup.run': async () => {
      const made = await runBackup(ctx, 'manual');
      return { file: made.file, bytes: made.bytes, at: made.at };
    },

    'backup.restorePick': async () => {
      const [file] = await ctx.platform.pickFiles({
        title: t('backup.dialogs.pickBackup'),
        multiple: false,
        filters: [{ name: t('backup.dialogs.backupFiles'), extensions: [BACKUP_EXTENSION] }],
      });
      if (!file) return { pick: null, file: null };
      const now = Date.now();
      for (const [k, p] of picks) if (now - p.at > PICK_TTL_MS) picks.delete(k);
      const pick = crypto.randomBytes(16).toString('hex');
      picks.set(pick, { file, at: now });
      return { pick, file };
    },

    'backup.cancel': () => ({ cancelled: cancelBackup(ctx) }),

    'backup.restoreInspect': async ({ pick, passphrase }) => {
      const picked = picks.get(pick);
      if (!picked) throw new AppError('NOT_FOUND', 'backup.errors.pickExpired');
      if (inspecting) throw new AppError('CONFLICT', 'backup.errors.inspecting');
      inspecting = true;
      try {
        // Decrypting, checking and re-keying a large backup takes a while: in a worker (restore.ts runs there).
        return await runJob(ctx, 'backup.inspect', { file: picked.file, passphrase });
      } finally {
        inspecting = false;
      }
    },

    'backup.restoreApply': async ({ token }) => {
      // The backup's worker holds its own connection to the file the swap would move.
      if (isRunning(ctx)) throw new AppError('CONFLICT', 'backup.errors.running');
      // What the swap leaves on this thread: close, move, reopen. Closing the last connection
      // makes SQLite write the WAL into the file; a worker does that first. If it cannot, the
      // close does it as before.
      await runJob(ctx, 'backup.checkpoint', {}).catch(() => {});
      if (isRunning(ctx)) throw new AppError('CONFLICT', 'backup.errors.running');
      const { keptAside } = requestRestore(ctx, token);
      writeAudit(ctx.db, { actor: ctx.actor(), at: ctx.now(), entity: 'backup.restore', entityId: null, action: 'settings', after: { keptAside: path.basename(keptAside) } });
      return { applied: true as const, keptAside };
    },

    'backup.restoreCancel': ({ token }) => {
      cancelRestore(ctx.dataDir, token);
      return {};
    },
  };
}
