import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { HandlerContext, PlatformPort } from './context';
import { openDatabase, type Db } from './db/connection';
import { migrate, type MigrationResult } from './db/migrate';
import { MIGRATIONS } from './db/migrations';
import { createDispatcher, type Dispatch } from './dispatch';
import type { HandlerTable } from './handler-types';
import { createHandlers } from './handlers';
import { notifyDueFollowups } from './contacts/startup';
import { SettingsStore } from './settings/store';

export const DATABASE_FILE = 'parley.db';

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
  close(): void;
}

/**
 * Everything the main process owns, without Electron: the open, migrated database,
 * the handler table and the dispatcher. Electron's index.ts and the test harness both
 * start Parley through here.
 */
export function openCore(options: CoreOptions): Core {
  fs.mkdirSync(options.dataDir, { recursive: true });
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
      deriveKey: (purpose) => Buffer.from(crypto.hkdfSync('sha256', options.key, Buffer.alloc(0), `parley:${purpose}`, 32)),
    };
    const handlers = createHandlers(ctx, settings);
    // How many follow-ups are due: a notice, never a reason not to start.
    try {
      notifyDueFollowups(ctx);
    } catch (err) {
      (options.logError ?? ((channel, e) => console.error(`[${channel}]`, e)))('startup.notifyDueFollowups', err);
    }
    const dispatch = createDispatcher(handlers, {
      locale: ctx.locale,
      validateOutput: options.validateOutput,
      logError: options.logError ?? ((channel, err) => console.error(`[ipc] ${channel} failed:`, err)),
    });
    return { db, ctx, handlers, dispatch, migration, close: () => db.close() };
  } catch (err) {
    db.close();
    throw err;
  }
}
