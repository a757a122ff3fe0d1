import fs from 'node:fs';
import path from 'node:path';
import { todayIn } from '../../../shared/domain/dates';
import { translate } from '../../../shared/i18n';
import type { BackupHistoryEntry, BackupStatus, BackupTrigger, Retention } from '../../../shared/schemas/backup';
import type { HandlerContext } from '../context';
import { AppError } from '../errors';
import { runJob } from '../jobs/runner';
import { createBackup, type CreatedBackup, type CreateOptions } from './create';
import { addHistory, passphraseRecord, readConfig, readHistory, writeHistory } from './state';

// Backup runs (manual, on quit, daily), their history, retention and the status the UI shows.
// The run under way belongs to the core (ctx.backups), not to this module.

const DAY_MS = 86_400_000;

export function isRunning(ctx: HandlerContext): boolean {
  return ctx.backups.current !== null;
}

/**
 * Which backups retention keeps: the newest of each of the last `daily` days, of each of the
 * last `weekly` ISO weeks and of each of the last `monthly` months (counted over days, weeks
 * and months that have a backup), always including the newest one. Days are calendar days
 * in the counsellor's time zone. Input: good, verified backups.
 */
export function backupsToKeep(entries: { at: string; file: string }[], retention: Retention, timeZone: string): Set<string> {
  const sorted = [...entries].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  const keep = new Set<string>();
  if (sorted[0]) keep.add(sorted[0].file);
  const bucket = (by: (day: string) => string, count: number) => {
    const seen = new Set<string>();
    for (const e of sorted) {
      const b = by(todayIn(timeZone, new Date(e.at)));
      if (seen.has(b)) continue;
      if (seen.size >= count) break;
      seen.add(b);
      keep.add(e.file);
    }
  };
  bucket((d) => d, retention.daily);
  bucket(isoWeek, retention.weekly);
  bucket((d) => d.slice(0, 7), retention.monthly);
  return keep;
}

function isoWeek(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const dow = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - dow + 3);
  const year = d.getUTCFullYear();
  const first = new Date(Date.UTC(year, 0, 4));
  const week = 1 + Math.round((d.getTime() - first.getTime()) / DAY_MS / 7 - 3 / 7 + ((first.getUTCDay() + 6) % 7) / 7);
  return `${year}-W${week}`;
}

/**
 * Deletes backups retention no longer keeps, in the configured folder only, never the last good
 * one. Asynchronously: unlinking a file of hundreds of megabytes can hold a thread for a while.
 */
export async function applyRetention(ctx: HandlerContext): Promise<string[]> {
  const config = readConfig(ctx.db);
  if (!config.folder) return [];
  const folder = path.resolve(config.folder);
  const history = readHistory(ctx.db);
  const good = history.filter((h) => h.ok && h.verified && !h.pruned && h.file !== null && path.dirname(path.resolve(h.file)) === folder);
  if (good.length <= 1) return [];
  const keep = backupsToKeep(
    good.map((h) => ({ at: h.at, file: h.file! })),
    config.retention,
    ctx.timeZone(),
  );
  if (keep.size === 0) return [];
  const removed: string[] = [];
  for (const h of good) {
    if (keep.has(h.file!)) continue;
    try {
      await fs.promises.rm(h.file!, { force: true });
      removed.push(h.file!);
    } catch {
      // a file we cannot delete stays; retention tries again next time
    }
  }
  if (removed.length) {
    const gone = new Set(removed);
    ctx.db
      .transaction(() =>
        writeHistory(
          ctx.db,
          readHistory(ctx.db).map((h) => (h.file !== null && gone.has(h.file) ? { ...h, pruned: true } : h)),
        ),
      )
      .immediate();
  }
  return removed;
}

/** One backup run into the configured folder, recorded in the history; never two at once. */
export async function runBackup(ctx: HandlerContext, trigger: BackupTrigger, seams: Pick<CreateOptions, 'openSink' | 'scrypt'> = {}): Promise<CreatedBackup> {
  if (isRunning(ctx)) throw new AppError('CONFLICT', 'backup.errors.running');
  const config = readConfig(ctx.db);
  if (!passphraseRecord(ctx.db)) throw new AppError('VALIDATION', 'backup.errors.noPassphrase');
  if (!config.folder) throw new AppError('VALIDATION', 'backup.errors.noFolder');
  const state = { progress: 0, abort: new AbortController() };
  ctx.backups.current = state;
  try {
    const onProgress = (f: number) => (state.progress = f);
    // In a worker with its own connection, so this thread keeps answering. A sink seam is a
    // function and cannot cross to a worker: tests that inject one run the same code here.
    const made = seams.openSink
      ? await createBackup(ctx, { trigger, folder: config.folder, ...seams, onProgress })
      : await runJob(ctx, 'backup.create', { trigger, folder: config.folder, scrypt: seams.scrypt }, { onProgress, signal: state.abort.signal });
    addHistory(ctx.db, { at: made.at, trigger, ok: true, file: made.file, bytes: made.bytes, verified: made.verified, pruned: false, error: null });
    await applyRetention(ctx);
    return made;
  } catch (err) {
    const message = err instanceof AppError ? translate(ctx.locale(), err.messageKey, err.params) : translate(ctx.locale(), 'backup.errors.failed');
    try {
      addHistory(ctx.db, { at: ctx.now().toISOString(), trigger, ok: false, file: null, bytes: null, verified: false, pruned: false, error: message });
    } catch {
      // the database itself refused; the error below says enough
    }
    throw err;
  } finally {
    ctx.backups.current = null;
  }
}

/** Asks the running backup of this data folder to stop; false when none runs. It stops between chunks and leaves no file behind. */
export function cancelBackup(ctx: HandlerContext): boolean {
  const run = ctx.backups.current;
  if (!run) return false;
  run.abort.abort();
  return true;
}

export function folderReachable(folder: string): boolean {
  try {
    if (!fs.statSync(folder).isDirectory()) return false;
    fs.accessSync(folder, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export function lastGoodBackup(history: BackupHistoryEntry[]): BackupHistoryEntry | null {
  return history.find((h) => h.ok && h.verified && h.file !== null) ?? null;
}

export function backupStatus(ctx: HandlerContext): BackupStatus {
  const config = readConfig(ctx.db);
  const history = readHistory(ctx.db);
  const record = passphraseRecord(ctx.db);
  const last = lastGoodBackup(history);
  const ageDays = last ? Math.max(0, Math.floor((ctx.now().getTime() - Date.parse(last.at)) / DAY_MS)) : null;
  const run = ctx.backups.current;
  return {
    passphraseSet: record !== null,
    passphraseSetAt: record?.setAt ?? null,
    config,
    lastGood: last ? { at: last.at, file: last.file! } : null,
    ageDays,
    stale: ageDays === null || ageDays >= config.warnAfterDays,
    folderReachable: config.folder ? folderReachable(config.folder) : null,
    running: run !== null,
    progress: run ? run.progress : null,
    history: history.slice(0, 50),
  };
}

/** Whether an automatic run is due: set up, enabled, and nothing good in the last 24 hours. */
export function dailyBackupDue(ctx: HandlerContext): boolean {
  const config = readConfig(ctx.db);
  if (!config.autoDaily || !config.folder || !passphraseRecord(ctx.db) || isRunning(ctx)) return false;
  const last = readHistory(ctx.db).find((h) => h.ok);
  return !last || ctx.now().getTime() - Date.parse(last.at) >= DAY_MS;
}

/**
 * Checks once a minute after start, then hourly, whether a daily backup is due, and runs it.
 * `getCtx` returns the current context (it changes when a restore reopens the core).
 */
export function startBackupScheduler(getCtx: () => HandlerContext | null, everyMs = 3_600_000): () => void {
  const tick = () => {
    const ctx = getCtx();
    if (!ctx) return;
    try {
      if (dailyBackupDue(ctx)) runBackup(ctx, 'daily').catch(() => {});
    } catch {
      // a closed database while quitting; the next tick tries again
    }
  };
  const first = setTimeout(tick, Math.min(60_000, everyMs));
  const timer = setInterval(tick, everyMs);
  first.unref?.();
  timer.unref?.();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}

/** The backup Electron runs on quit (will-quit): 'skipped' when not set up or switched off. */
export async function backupOnQuit(ctx: HandlerContext): Promise<'done' | 'skipped' | 'failed'> {
  const config = readConfig(ctx.db);
  if (!config.autoOnQuit || !config.folder || !passphraseRecord(ctx.db) || isRunning(ctx)) return 'skipped';
  try {
    await runBackup(ctx, 'quit');
    return 'done';
  } catch {
    return 'failed';
  }
}

/** Whether quitting should wait for a backup (set up and switched on). Never throws. */
export function quitBackupDue(ctx: HandlerContext): boolean {
  try {
    const config = readConfig(ctx.db);
    return config.autoOnQuit && config.folder !== null && passphraseRecord(ctx.db) !== null && !isRunning(ctx);
  } catch {
    return false;
  }
}
