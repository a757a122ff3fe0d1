import fs from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from './connection';
import { AppError } from '../errors';

/*
 * Whole database files, for backup and restore: snapshots of the live database, opening and
 * checking them, re-keying a restored copy. (Unlike the repositories beside it, nothing here
 * owns a table: these work on the file.)
 *
 * Why VACUUM INTO and not better-sqlite3's db.backup(): the online backup API copies pages
 * into a connection that better-sqlite3 opens itself, without a key. SQLite3 Multiple
 * Ciphers refuses that ("backup is not supported with incompatible source and target
 * databases"), so it could never write plain text – but it cannot make a snapshot either.
 * VACUUM INTO runs inside one read transaction of the live connection (a consistent
 * snapshot while the app keeps writing: WAL readers do not block the writer, and better-sqlite3
 * runs it synchronously, so no write of this connection lands half-way) and writes the copy
 * encrypted with the same cipher and key as the live database: no page is ever written in
 * plain text. The copy is in rollback-journal mode, which also lets a restore re-key it.
 */

export function openSnapshot(file: string, key: Buffer, readonly = false): Db {
  const db = new Database(file, { readonly, fileMustExist: true });
  try {
    db.pragma(`cipher = 'sqlcipher'`);
    db.pragma('legacy = 4');
    db.pragma(`key = "x'${key.toString('hex')}'"`);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    db.pragma('foreign_keys = ON');
    db.pragma('temp_store = MEMORY');
    return db;
  } catch (err) {
    db.close();
    if ((err as { code?: string }).code === 'SQLITE_NOTADB') throw new AppError('VALIDATION', 'backup.errors.corrupt');
    throw err;
  }
}

/*
 * The cheaper snapshot: the database file itself, held still by a read transaction.
 *
 * In WAL mode, committed changes go to the -wal file; only a checkpoint writes them into the
 * database file, and a checkpoint must first take WAL_READ_LOCK(0) exclusively. A reader whose
 * transaction began while the WAL was empty holds that lock shared for as long as its
 * transaction lasts, so until it ends the database file does not change by a byte: other
 * connections keep writing (into the WAL) and their checkpoints stop short. The file's bytes
 * are then exactly this transaction's snapshot – already encrypted page by page with the
 * database key, as VACUUM INTO's copy would be – and can be streamed straight into the sealed
 * container: the data is read once and written once, instead of written to a copy, read back
 * and written again.
 *
 * Only on a connection nobody else uses while the transaction is open (a job worker's own
 * connection): another caller's writes on this connection would land inside it.
 */
export interface HeldFile {
  file: string;
  /** Ends the read transaction; the database file may change again from here. */
  release(): void;
}

/**
 * Empties the WAL into the database file, then begins a read transaction and checks that the
 * WAL was still empty when it began. Null when that could not be had (a reader elsewhere held
 * the checkpoint back, or a write came in between): the caller takes a VACUUM INTO copy instead.
 */
export function holdDatabaseFile(db: Db, file: string): HeldFile | null {
  if (db.inTransaction) return null;
  const [done] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number }[];
  if (!done || done.busy !== 0 || done.log !== 0) return null;
  db.exec('BEGIN');
  try {
    // A deferred transaction takes its snapshot at the first read.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    // The -wal file grows with the first write after the checkpoint; still empty now means it
    // was empty when this snapshot was taken, so this reader holds the lock that stops checkpoints.
    if (walBytes(file) !== 0) {
      db.exec('ROLLBACK');
      return null;
    }
  } catch (err) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw err;
  }
  return {
    file,
    release: () => {
      if (db.inTransaction) db.exec('ROLLBACK');
    },
  };
}

function walBytes(file: string): number {
  try {
    return fs.statSync(`${file}-wal`).size;
  } catch {
    return 0;
  }
}

/**
 * A snapshot written as a copy is in rollback-journal mode; one taken from the held database
 * file is in WAL mode, like the live database. Re-keying needs rollback mode, and a restored
 * file gets WAL mode again when the app opens it.
 */
export function toRollbackJournal(db: Db): void {
  if (String(db.pragma('journal_mode', { simple: true })).toLowerCase() === 'wal') db.pragma('journal_mode = DELETE');
}

/** A consistent, encrypted copy of the live database at `dest` (which must not exist). */
export function snapshotInto(db: Db, dest: string): void {
  db.prepare('VACUUM INTO ?').run(dest);
}

/** Writes the WAL into the database file and empties it (a worker's connection does it before a restore's swap). */
export function checkpointWal(db: Db): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}

/** Re-encrypts a snapshot (in rollback-journal mode, see toRollbackJournal) under `key`. */
export function rekey(db: Db, key: Buffer): void {
  db.pragma(`rekey = "x'${key.toString('hex')}'"`);
}

/** Rows per ordinary table (virtual and internal tables left out), or of the tables in `only`. */
export function rowCounts(db: Db, only?: readonly string[]): Record<string, number> {
  const tables = (
    db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name`)
      .pluck()
      .all() as string[]
  ).filter((t) => !only || only.includes(t));
  const counts: Record<string, number> = {};
  for (const t of tables) counts[t] = db.prepare(`SELECT count(*) FROM "${t.replace(/"/g, '""')}"`).pluck().get() as number;
  return counts;
}

/**
 * The structural check a restore runs on a snapshot: PRAGMA quick_check (every page, every
 * record, UNIQUE and NOT NULL constraints) rather than integrity_check, which also re-reads
 * every index against its table and takes ~3× as long (28 s vs 10 s at the L fixture). What
 * quick_check leaves out cannot go wrong here: a VACUUM INTO copy rebuilt every index from
 * its table, a held database file is the live database's own pages (an index the live file
 * had wrong it would have had wrong anyway), and the container's SHA-256 proves the file is
 * byte for byte that snapshot.
 */
export function integrityOk(db: Db): boolean {
  // quick_check walks every b-tree, then scans every table again for its NOT NULL and CHECK
  // constraints. With the default 2 MB cache the second pass decrypts (and HMAC-checks) every
  // table page a second time: at the L fixture 15.6 s instead of 11.1 s with the whole file in
  // the cache. So the cache is made the size of the file for the check (up to 1 GiB), then
  // put back; the memory is the worker's, and only for the check.
  const before = db.pragma('cache_size', { simple: true }) as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const pages = db.pragma('page_count', { simple: true }) as number;
  const kib = Math.min(CHECK_CACHE_MAX_KIB, Math.ceil((pages * pageSize) / 1024) + 1024);
  db.pragma(`cache_size = ${-kib}`);
  try {
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    return rows.length === 1 && rows[0]!.quick_check === 'ok';
  } finally {
    db.pragma(`cache_size = ${before}`);
  }
}

/** The most memory the restore's check may use as page cache (KiB). */
const CHECK_CACHE_MAX_KIB = 1024 * 1024;
