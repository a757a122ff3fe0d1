import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { RestoreSummary } from '../../../shared/schemas/backup';
import type { HandlerContext } from '../context';
import type { Db } from '../db/connection';
import { migrate, schemaVersion } from '../db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../db/migrations';
import { listFileRows } from '../db/files';
import { readJson } from '../db/json';
import { readSetting, writeSetting } from '../db/settings';
import { integrityOk, openSnapshot, rekey, rowCounts, toRollbackJournal } from '../db/snapshot';
import { AppError } from '../errors';
import { fsyncFolder, writeFileAtomic } from '../fs/atomic-write';
import { openSealed, SealError } from './container';
import { BACKUP_KIND, BackupManifest, BackupManifestHead, DB_PART, FILES_PREFIX, ioError, MANIFEST_PART } from './create';
import { reencryptBlob } from './rekey';
import { BACKUP_SETTING_KEYS, CONFIG_KEY, HISTORY_KEY, makePassphraseRecord, PASSPHRASE_KEY } from './state';

/*
 * Restore, in two steps so that nothing current is touched until the backup is known good:
 *
 * 1. inspect (restoreInspect): decrypt the backup into dataDir/restore-staging/<token>/
 *    (the snapshot stays SQLCipher-encrypted, the blobs stay encrypted), check every part's
 *    SHA-256 against the manifest, open the snapshot with the key from the manifest,
 *    PRAGMA quick_check (snapshot.ts), refuse a newer schema, migrate an older one, carry this
 *    installation's backup settings over, re-key the database and re-encrypt the blobs to
 *    this installation's key if it differs, count what is in it. Any failure removes the
 *    staging folder and nothing else.
 * 2. apply (restoreApply): mark the staging folder READY and ask the core to reopen. The
 *    core (core.ts) closes the database, calls applyStagedRestore() – which moves the
 *    current database (+ WAL) and files folder into dataDir/pre-restore-<stamp>/ and the
 *    staged ones into place – and opens the restored database. openCore() also calls
 *    applyStagedRestore() first, so a swap cut short by a crash or power loss is finished
 *    on the next start; if the swap itself fails, everything moved is moved back.
 */

export const STAGING_DIR = 'restore-staging';
const SUMMARY_TABLES = ['clients', 'debts', 'letters', 'attachments'] as const;
const DB_FILE = 'parley.db';
const SAFE_NAME = /^[A-Za-z0-9._-]{1,128}$/;

export interface Inspected {
  token: string;
  summary: RestoreSummary;
}

function sealMessage(err: SealError): AppError {
  switch (err.reason) {
    case 'WRONG_PASSPHRASE':
      return new AppError('VALIDATION', 'backup.errors.wrongPassphrase', {}, { passphrase: 'backup.errors.wrongPassphrase' });
    case 'TRUNCATED':
      return new AppError('VALIDATION', 'backup.errors.truncated');
    case 'TAMPERED':
      return new AppError('VALIDATION', 'backup.errors.tampered');
    case 'UNSUPPORTED_VERSION':
      return new AppError('VALIDATION', 'backup.errors.unsupported');
    case 'KDF_TOO_COSTLY':
      return new AppError('VALIDATION', 'backup.errors.tooCostly');
    default:
      return new AppError('VALIDATION', 'backup.errors.notBackup');
  }
}

function stagingRoot(dataDir: string): string {
  return path.join(dataDir, STAGING_DIR);
}

function countOf(counts: Record<string, number>, table: string): number {
  return counts[table] ?? 0;
}

/** Copies this installation's backup settings into the staged database (they describe this laptop's backups, not the old one's). */
function carryBackupSettings(ctx: HandlerContext, staged: Db, passphrase: string): void {
  const current = Object.fromEntries(BACKUP_SETTING_KEYS.map((k) => [k, readSetting(ctx.db, k, z.unknown())]));
  staged.transaction(() => {
    if (current[CONFIG_KEY] !== undefined) writeSetting(staged, CONFIG_KEY, current[CONFIG_KEY]);
    if (current[HISTORY_KEY] !== undefined) writeSetting(staged, HISTORY_KEY, current[HISTORY_KEY]);
    // The passphrase that opened this backup becomes (or stays) the backup passphrase; wrapped with this installation's key.
    writeSetting(staged, PASSPHRASE_KEY, current[PASSPHRASE_KEY] ?? makePassphraseRecord(ctx, passphrase, ctx.now()));
  })();
}

export interface InspectOptions {
  onProgress?: (fraction: number) => void;
  /** Throws to stop (a cancel from the job runner); checked between chunks and steps. */
  checkCancel?: () => void;
}

export async function inspectBackup(ctx: HandlerContext, file: string, passphrase: string, options: InspectOptions = {}): Promise<Inspected> {
  const checkCancel = options.checkCancel ?? (() => {});
  if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', 'backup.errors.fileGone');
  const root = stagingRoot(ctx.dataDir);
  // One restore at a time: earlier inspections that were never applied are dropped.
  fs.rmSync(root, { recursive: true, force: true });
  const token = crypto.randomBytes(16).toString('hex');
  const dir = path.join(root, token);
  try {
    fs.mkdirSync(path.join(dir, 'files'), { recursive: true });
    let opened;
    try {
      opened = await openSealed(file, passphrase, {
        kind: BACKUP_KIND,
        target: ({ name }) => {
          if (name === DB_PART) return { file: path.join(dir, DB_FILE) };
          if (name === MANIFEST_PART) return 'buffer';
          if (name.startsWith(FILES_PREFIX) && SAFE_NAME.test(name.slice(FILES_PREFIX.length))) return { file: path.join(dir, 'files', name.slice(FILES_PREFIX.length)) };
          throw new SealError('TAMPERED');
        },
        onProgress: (done, size) => {
          checkCancel();
          options.onProgress?.(0.6 * (done / size));
        },
      });
    } catch (err) {
      if (err instanceof SealError) throw sealMessage(err);
      const code = (err as { code?: string }).code;
      if (code === 'ENOSPC') throw new AppError('STORAGE', 'backup.errors.dataDiskFull');
      if (code === 'ENOENT' || code === 'EIO') throw new AppError('STORAGE', 'backup.errors.fileGone');
      throw ioError(err, 'data');
    }
    const manifestPart = opened.parts.find((p) => p.name === MANIFEST_PART);
    if (!manifestPart || opened.parts[opened.parts.length - 1] !== manifestPart) throw new AppError('VALIDATION', 'backup.errors.tampered');
    const manifest = readManifest(manifestPart.data!);
    // Every part the manifest lists is there with its checksum, and nothing else is.
    const got = new Map(opened.parts.filter((p) => p !== manifestPart).map((p) => [p.name, p]));
    if (got.size !== manifest.parts.length || !got.has(DB_PART)) throw new AppError('VALIDATION', 'backup.errors.checksum');
    for (const want of manifest.parts) {
      const part = got.get(want.name);
      if (!part || part.sha256 !== want.sha256 || part.size !== want.size) throw new AppError('VALIDATION', 'backup.errors.checksum');
    }
    if (manifest.schemaVersion > LATEST_SCHEMA_VERSION) throw new AppError('VALIDATION', 'backup.errors.tooNew', { found: manifest.schemaVersion, supported: LATEST_SCHEMA_VERSION });

    const backupKey = Buffer.from(manifest.databaseKey, 'hex');
    const currentKey = ctx.databaseKey();
    const stagedFile = path.join(dir, DB_FILE);
    checkCancel();
    const staged = openSnapshot(stagedFile, backupKey);
    let summary: RestoreSummary;
    try {
      toRollbackJournal(staged);
      if (!integrityOk(staged)) throw new AppError('VALIDATION', 'backup.errors.corrupt');
      checkCancel();
      options.onProgress?.(0.9);
      const version = schemaVersion(staged);
      if (version > LATEST_SCHEMA_VERSION) throw new AppError('VALIDATION', 'backup.errors.tooNew', { found: version, supported: LATEST_SCHEMA_VERSION });
      const migrated = version < LATEST_SCHEMA_VERSION;
      if (migrated) migrate(staged, stagedFile, MIGRATIONS, ctx.now());
      carryBackupSettings(ctx, staged, passphrase);
      if (!backupKey.equals(currentKey)) {
        // Stored files referenced by the backup, re-encrypted for this installation's key.
        for (const r of listFileRows(staged)) {
          const blob = path.join(dir, 'files', r.blob_name);
          if (fs.existsSync(blob)) reencryptBlob(blob, r.sha256, backupKey, currentKey);
        }
        rekey(staged, currentKey);
      }
      // Only what the summary shows: counting every table took ~1.2 s of a restore at L (a
      // million contacts), for figures nobody sees.
      const counts = rowCounts(staged, SUMMARY_TABLES);
      summary = {
        createdAt: manifest.createdAt,
        appVersion: manifest.appVersion,
        schemaVersion: version,
        migrated,
        counts: {
          clients: countOf(counts, 'clients'),
          debts: countOf(counts, 'debts'),
          letters: countOf(counts, 'letters'),
          attachments: countOf(counts, 'attachments'),
        },
      };
    } finally {
      staged.close();
    }
    fs.rmSync(path.join(dir, 'pre-migration'), { recursive: true, force: true });
    fs.writeFileSync(path.join(dir, 'VERIFIED'), JSON.stringify({ file, summary }));
    return { token, summary };
  } catch (err) {
    fs.rmSync(root, { recursive: true, force: true });
    if (err instanceof AppError) throw err;
    if ((err as { code?: string }).code === 'SQLITE_CORRUPT' || (err as { code?: string }).code === 'SQLITE_NOTADB') throw new AppError('VALIDATION', 'backup.errors.corrupt');
    throw err;
  }
}

export function cancelRestore(dataDir: string, token: string): void {
  fs.rmSync(path.join(stagingRoot(dataDir), token), { recursive: true, force: true });
}

/** Marks an inspected restore as ready and asks the core to swap it in after this call. */
export function requestRestore(ctx: HandlerContext, token: string): { keptAside: string } {
  const dir = path.join(stagingRoot(ctx.dataDir), token);
  if (!fs.existsSync(path.join(dir, 'VERIFIED'))) throw new AppError('NOT_FOUND', 'backup.errors.restoreExpired');
  const aside = `pre-restore-${ctx.now().toISOString().replace(/[:.]/g, '-')}`;
  // Atomic: a half-written marker would stop the next start-up from applying (or undoing) the restore.
  writeFileAtomic(path.join(dir, 'READY'), JSON.stringify({ aside }));
  ctx.backups.requestRestore();
  return { keptAside: path.join(ctx.dataDir, aside) };
}

function move(from: string, to: string): boolean {
  if (!fs.existsSync(from)) return false;
  fs.renameSync(from, to);
  return true;
}

/** The manifest, read through its schema: not JSON or not fitting is a damaged file; another writer or format, unsupported. */
function readManifest(data: Buffer): BackupManifest {
  let raw: unknown;
  try {
    raw = JSON.parse(data.toString('utf8'));
  } catch {
    throw new AppError('VALIDATION', 'backup.errors.tampered');
  }
  if (!BackupManifestHead.safeParse(raw).success) throw new AppError('VALIDATION', 'backup.errors.unsupported');
  const parsed = BackupManifest.safeParse(raw);
  if (!parsed.success) throw new AppError('VALIDATION', 'backup.errors.tampered');
  return parsed.data;
}

/** The READY marker of a staged restore: where the current data goes aside. */
const ReadyMarker = z.object({ aside: z.string().regex(/^pre-restore-[0-9A-Za-z-]+$/) });

/**
 * With the database closed: swaps in a restore marked READY, keeping the current data in
 * dataDir/pre-restore-<stamp>/. Safe to run again after an interruption (each move happens
 * once). Drops staging folders that were inspected but never applied. Returns the folder the
 * old data went to, or null when there was nothing to apply.
 */
export function applyStagedRestore(dataDir: string): string | null {
  const root = stagingRoot(dataDir);
  if (!fs.existsSync(root)) return null;
  const ready = fs.readdirSync(root).find((t) => fs.existsSync(path.join(root, t, 'READY')));
  if (!ready) {
    fs.rmSync(root, { recursive: true, force: true });
    return null;
  }
  const dir = path.join(root, ready);
  const { aside } = readJson(ReadyMarker, fs.readFileSync(path.join(dir, 'READY'), 'utf8'), `${STAGING_DIR}/${ready}/READY`);
  const asideDir = path.join(dataDir, aside);
  fs.mkdirSync(asideDir, { recursive: true });
  const current = [DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`, 'files'];
  const done: [string, string][] = [];
  try {
    // Old data aside – only what is not there yet, so a second run never moves the restored copy.
    for (const name of current) {
      const from = path.join(dataDir, name);
      const to = path.join(asideDir, name);
      if (!fs.existsSync(to) && move(from, to)) done.push([from, to]);
    }
    fsyncFolder(asideDir);
    if (!fs.existsSync(path.join(dir, 'files'))) fs.mkdirSync(path.join(dir, 'files'));
    for (const name of [DB_FILE, 'files']) {
      const from = path.join(dir, name);
      const to = path.join(dataDir, name);
      if (move(from, to)) done.push([from, to]);
    }
  } catch (err) {
    // Put everything back as it was; the staged copy stays for a later attempt only if it is whole.
    for (const [from, to] of done.reverse()) {
      try {
        fs.renameSync(to, from);
      } catch {
        // leave it; the pre-restore folder still holds the old data
      }
    }
    fs.rmSync(path.join(dir, 'READY'), { force: true });
    throw err;
  }
  fsyncFolder(dataDir);
  fs.rmSync(root, { recursive: true, force: true });
  return asideDir;
}
