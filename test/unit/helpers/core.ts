// Shared set-up for unit tests that need a real, encrypted, migrated database.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { allAuditRows, type AuditRow } from '../../../electron/main/db/audit';
import type { Db } from '../../../electron/main/db/connection';
import { DATABASE_FILE, openCore, type Core, type CoreOptions } from '../../../electron/main/core';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/contract';
import type { Envelope } from '../../../shared/errors';
import { createScriptedPlatform, type ScriptedPlatform } from '../../harness/platform';

/** A fixed 32-byte key, so tests can reopen what they wrote. */
export const TEST_KEY = Buffer.alloc(32, 0x5a);
/** A different key of the right length. */
export const OTHER_KEY = Buffer.alloc(32, 0xa5);

export function makeTempDir(prefix = 'parley-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** A clock that moves one second forward on every reading, so orderings by time are stable. */
export function tickingClock(start = '2025-03-15T09:00:00.000Z'): () => Date {
  let t = Date.parse(start);
  return () => {
    const d = new Date(t);
    t += 1000;
    return d;
  };
}

export type CallError = NonNullable<Extract<Envelope<unknown>, { ok: false }>['error']>;
/** The input argument: optional where the channel takes nothing (or only optional fields). */
type InputArg<C extends Channel> = undefined extends ChannelInput<C> ? [input?: ChannelInput<C>] : [input: ChannelInput<C>];

export interface TestCore extends Core {
  dir: string;
  /** Scripted dialogs and the log of files opened, printed, notifications. */
  platform: ScriptedPlatform;
  file: string;
  /** Loggable errors the dispatcher reported (unexpected failures). */
  logged: { channel: string; err: unknown }[];
  /**
   * Calls a channel and returns the data, failing the test if the call failed. Channel,
   * input and output are typed from the contract, so a renamed channel or field fails to compile.
   */
  call<C extends Channel>(channel: C, ...input: InputArg<C>): Promise<ChannelOutput<C>>;
  /** Calls a channel with well-typed input and returns the error, failing the test if the call succeeded. */
  fail<C extends Channel>(channel: C, ...input: InputArg<C>): Promise<CallError>;
  /** Untyped on purpose: for input the contract must refuse (wrong types, unknown channels). */
  callRaw(channel: string, input?: unknown): Promise<unknown>;
  /** Untyped on purpose: for input the contract must refuse (wrong types, unknown channels). */
  failRaw(channel: string, input?: unknown): Promise<CallError>;
  /** Closes the database at once and the core's PDF workers soon after (idempotent); the promise settles when they have ended. */
  close(): Promise<void>;
}

export function openTestCore(dir: string = makeTempDir(), options: Partial<CoreOptions> = {}): TestCore {
  const logged: { channel: string; err: unknown }[] = [];
  const platform = (options.platform as ScriptedPlatform | undefined) ?? createScriptedPlatform(`${dir}-platform`);
  const core = openCore({
    dataDir: dir,
    key: TEST_KEY,
    platform,
    appVersion: '0.0.0-test',
    now: tickingClock(),
    validateOutput: true,
    logError: (channel, err) => logged.push({ channel, err }),
    ...options,
  });
  // What the shell does once the window shows (the missed-instalment sweep, the due notice).
  core.afterReady();
  let closed = false;
  async function callRaw(channel: string, input?: unknown): Promise<unknown> {
    const res = await core.dispatch(channel, input);
    if (!res.ok) throw new Error(`${channel} failed: ${JSON.stringify(res.error)}`);
    return res.data;
  }
  async function failRaw(channel: string, input?: unknown): Promise<CallError> {
    const res = await core.dispatch(channel, input);
    if (res.ok) throw new Error(`${channel} unexpectedly succeeded: ${JSON.stringify(res.data)}`);
    return res.error;
  }
  return {
    // Getters: a restore swaps the database under the core, and tests keep the TestCore.
    get db() {
      return core.db;
    },
    get ctx() {
      return core.ctx;
    },
    get handlers() {
      return core.handlers;
    },
    dispatch: core.dispatch,
    migration: core.migration,
    busy: core.busy,
    afterReady: core.afterReady,
    platform,
    dir,
    file: path.join(dir, DATABASE_FILE),
    logged,
    async call<C extends Channel>(channel: C, ...input: InputArg<C>) {
      return (await callRaw(channel, input[0])) as ChannelOutput<C>;
    },
    async fail<C extends Channel>(channel: C, ...input: InputArg<C>) {
      return failRaw(channel, input[0]);
    },
    callRaw,
    failRaw,
    close() {
      if (closed) return Promise.resolve();
      closed = true;
      return core.close();
    },
  };
}

/** Names of the user tables (SQLite's own tables left out), sorted. */
export function tableNames(db: Db): string[] {
  return (
    db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as {
      name: string;
    }[]
  ).map((r) => r.name);
}

/** Every row of a table, ordered by all its columns. */
export function tableRows(db: Db, table: string): Record<string, unknown>[] {
  const columns = (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((c) => c.name);
  const order = columns.map((_, i) => i + 1).join(', ');
  return db.prepare(`SELECT * FROM "${table.replace(/"/g, '""')}" ORDER BY ${order}`).all() as Record<string, unknown>[];
}

/** The audit log oldest first: every row, or only those about `entity`. */
export function auditLog(db: Db, entity?: string): AuditRow[] {
  const rows = allAuditRows(db);
  return entity === undefined ? rows : rows.filter((r) => r.entity === entity);
}

/** Everything the database holds: schema, user_version and every row of every table. */
export function dbSnapshot(db: Db): { schema: unknown[]; userVersion: number; tables: Record<string, Record<string, unknown>[]> } {
  const schema = db.prepare(`SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name`).all();
  const userVersion = db.pragma('user_version', { simple: true }) as number;
  const tables: Record<string, Record<string, unknown>[]> = {};
  for (const t of tableNames(db)) tables[t] = tableRows(db, t);
  return { schema, userVersion, tables };
}

/** A hash of dbSnapshot(): equal hashes mean equal content. */
export function dbContentHash(db: Db): string {
  const json = JSON.stringify(dbSnapshot(db), (_, v: unknown) => (typeof v === 'bigint' ? `${v}n` : Buffer.isBuffer(v) ? v.toString('hex') : v));
  return createHash('sha256').update(json).digest('hex');
}

/** sha256 of a file's bytes. */
export function fileHash(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** name -> sha256 for every file in a folder (not recursive). */
export function dirHashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (fs.statSync(p).isFile()) out[name] = fileHash(p);
  }
  return out;
}
