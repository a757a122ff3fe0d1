import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { HandlerContext, PlatformPort } from './context';
import { DATABASE_FILE, openDatabase, type Db } from './db/connection';
import { migrate, type MigrationResult } from './db/migrate';
import { MIGRATIONS } from './db/migrations';
import { createDispatcher, type Dispatch } from './dispatch';
import type { HandlerTable } from './handler-types';
import { createHandlers } from './handlers';
import { sweepMissedInstalments } from './instalments/missed';
import { notifyDueFollowups } from './followups/startup';
import { AppLock } from './lock/app-lock';
import { OPEN_WHILE_LOCKED } from '../../shared/ipc/lock.channels';
import { SettingsStore } from './settings/store';
import { isRunning as backupRunning, startBackupScheduler } from './backup/auto';
import { cleanBackupTmp } from './backup/create';
import { removeCrashLeftovers } from './housekeeping/crash-leftovers';
import { removeExpiredCopies } from './housekeeping/kept-copies';
import { applyStagedRestore } from './backup/restore';
import { BackupRuns } from './backup/runs';
import { createPdfPool, type PdfPool } from './pdf/pool';
import { createJobWorkers, type JobWorkers } from './jobs/workers';

export { DATABASE_FILE };

export interface CoreOptions {
  dataDir: string;
  key: Buffer;
  platform: PlatformPort;
  appVersion: string;
  now?: () => Date;
  validateOutput?: boolean;
  logError?: (channel: string, err: unknown) => void;
}

export interface Core {
  db: Db;
  ctx: HandlerContext;
  handlers: HandlerTable;
  dispatch: Dispatch;
  migration: MigrationResult;
  /** A call is being answered or a backup runs: not a moment to restart (updates). */
  busy(): boolean;
  /**
   * Start-up work that can wait until the window shows (the missed-instalment sweep and the
   * due notice), so opening stays independent of history. The shell and the harness call it
   * once the page is up; later calls do nothing.
   */
  afterReady(): void;
  /**
   * Closes the database (before returning), stops the scheduler, zeroes the key and stops the
   * PDF and job workers (a job still running is ended); the promise settles when they have ended.
   */
  close(): Promise<void>;
}

/**
 * What a core owns beyond its database connection, created with the core and closed with it.
 * It outlives the connection: a restore reopens the database (and builds a new context), not this.
 */
interface CoreState {
  /** The core's own copy of the database key, zeroed on close. */
  key: Buffer;
  pdf: PdfPool;
  backups: BackupRuns;
  jobs: JobWorkers;
}

/**
 * Everything the main process owns, without Electron: the open, migrated database,
 * the handler table and the dispatcher. Electron's index.ts and the test harness both
 * start Parley through here.
 */
export function openCore(options: CoreOptions): Core {
  fs.mkdirSync(options.dataDir, { recursive: true });
  // A restore that was confirmed but not yet swapped in (or cut short) is finished first.
  applyStagedRestore(options.dataDir);
  cleanBackupTmp(options.dataDir);
  const state: CoreState = { key: Buffer.from(options.key), pdf: createPdfPool(), backups: new BackupRuns(), jobs: createJobWorkers() };
  let inner: Inner;
  try {
    inner = openInner(options, state);
  } catch (err) {
    void closeState(state);
    throw err;
  }
  const migration = inner.migration;
  // What a crash left (cut backups, orphan blobs, opened copies): gone before anything else runs.
  try {
    removeCrashLeftovers(inner.ctx);
  } catch (err) {
    (options.logError ?? ((channel, e) => console.error(`[${channel}]`, e)))('startup.removeCrashLeftovers', err);
  }
  // Restore and upgrade copies past the kept days (each holds every case as it was).
  try {
    removeExpiredCopies(options.dataDir, inner.ctx.settings().keepCopiesDays, inner.ctx.now());
  } catch (err) {
    (options.logError ?? ((channel, e) => console.error(`[${channel}]`, e)))('startup.removeExpiredCopies', err);
  }
  let closed = false;
  let workersEnded: Promise<void> = Promise.resolve();
  let readyWorkDone = false;
  const stopScheduler = startBackupScheduler(() => (closed ? null : inner.ctx));
  // Long jobs (backups, restores, batches of letters or packets, imports) all run inside one
  // call, so a call in flight is what "busy" means; scheduled backups run outside calls.
  let inFlight = 0;
  // While a restore swaps the database, calls wait here rather than meet a closed connection.
  let swapping: Promise<void> | null = null;
  const dispatch: Dispatch = async (channel, input) => {
    inFlight++;
    try {
      while (swapping) await swapping;
      return await answer(channel, input);
    } finally {
      inFlight--;
    }
  };
  const answer: Dispatch = async (channel, input) => {
    const envelope = await inner.dispatch(channel, input);
    // backup.restoreApply staged a verified restore: close, swap, reopen – before answering.
    if (state.backups.takeRestoreRequest()) {
      swapping = swapRestored().finally(() => (swapping = null));
      await swapping;
    }
    return envelope;
  };
  // Each step is a few to a few tens of milliseconds of synchronous work (a close that writes
  // the WAL's last frames, renames and folder fsyncs, an open with its migration check): one
  // turn of the event loop between them, so the window is never held for all of them at once.
  // A core closed part-way leaves the READY restore for the next start (openCore applies it).
  const swapRestored = async (): Promise<void> => {
    await nextTurn();
    if (closed) return;
    inner.close();
    await nextTurn();
    try {
      if (!closed) applyStagedRestore(options.dataDir);
    } finally {
      await nextTurn();
      if (!closed) inner = openInner(options, state);
    }
  };
  return {
    get db() {
      return inner.db;
    },
    get ctx() {
      return inner.ctx;
    },
    get handlers() {
      return inner.handlers;
    },
    dispatch,
    migration,
    busy: () => inFlight > 0 || backupRunning(inner.ctx),
    afterReady: () => {
      if (readyWorkDone || closed) return;
      readyWorkDone = true;
      // How many follow-ups are due: a notice, never a reason not to start (once per start,
      // not again when a restore reopens the database).
      try {
        // Instalments missed since the last start get their follow-up first, so the notice counts them.
        sweepMissedInstalments(inner.ctx);
        notifyDueFollowups(inner.ctx);
      } catch (err) {
        (options.logError ?? ((channel, e) => console.error(`[${channel}]`, e)))('startup.notifyDueFollowups', err);
      }
    },
    close: () => {
      if (closed) return Promise.resolve();
      closed = true;
      stopScheduler();
      try {
        inner.close();
      } finally {
        workersEnded = closeState(state);
      }
      return workersEnded;
    },
  };
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function closeState(state: CoreState): Promise<void> {
  state.key.fill(0);
  // Running renders and jobs are abandoned (the window is going); the workers end at once.
  return Promise.all([state.pdf.close({ force: true }), state.jobs.close()]).then(() => {});
}

/** The database connection and what is built on it: replaced when a restore reopens. */
type Inner = Omit<Core, 'afterReady' | 'close'> & { close(): void };

function openInner(options: CoreOptions, state: CoreState): Inner {
  const file = path.join(options.dataDir, DATABASE_FILE);
  const now = options.now ?? (() => new Date());
  const db = openDatabase(file, options.key);
  try {
    const migration = migrate(db, file, MIGRATIONS, now());
    const settings = new SettingsStore(db);
    const ctx: HandlerContext = {
      db,
      platform: options.platform,
      dataDir: options.dataDir,
      appVersion: options.appVersion,
      now,
      actor: () => settings.peek('counsellorName') ?? 'counsellor',
      locale: () => settings.peek('language'),
      timeZone: () => settings.peek('timeZone'),
      settings: () => settings.get(),
      deriveKey: (purpose) => Buffer.from(crypto.hkdfSync('sha256', state.key, Buffer.alloc(0), `parley:${purpose}`, 32)),
      databaseKey: () => state.key,
      pdf: state.pdf,
      backups: state.backups,
      jobs: state.jobs,
    };
    const lock = new AppLock(db, now, ctx.actor);
    const handlers = createHandlers(ctx, settings, lock);
    const dispatch = createDispatcher(handlers, {
      locale: ctx.locale,
      refuse: (channel) => (lock.isLocked() && !OPEN_WHILE_LOCKED.includes(channel) ? 'LOCKED' : null),
      validateOutput: options.validateOutput,
      logError: options.logError ?? ((channel, err) => console.error(`[ipc] ${channel} failed:`, err)),
    });
    return { db, ctx, handlers, dispatch, migration, busy: () => false, close: () => db.close() };
  } catch (err) {
    db.close();
    throw err;
  }
}
