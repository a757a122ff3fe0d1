import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { BackupTrigger } from '../../../shared/schemas/backup';
import type { HandlerContext } from '../context';
import { schemaVersion } from '../db/migrate';
import { AppError } from '../errors';
import { listBlobs } from '../attachments/store';
import { openSealed, prepareSeal, SealError, SealedPart, sealFile, type OpenSink, type SealSource, type ScryptParams } from './container';
import { DATABASE_FILE } from '../db/connection';
import { holdDatabaseFile, openSnapshot, rowCounts, snapshotInto, type HeldFile } from '../db/snapshot';
import { unwrapPassphrase } from './state';
import { utcToZoned } from '../../../shared/schemas/contacts';

/*
 * A backup file is a sealed container (container.ts, kind 'B') with these parts, in order:
 *   db/parley.db       the snapshot (still SQLCipher-encrypted with the database key): on a
 *                      connection of its own (the job worker's), the database file itself held
 *                      still by a read transaction (snapshot.ts, holdDatabaseFile); else, or
 *                      when that cannot be had, a VACUUM INTO copy
 *   files/<blob name>  every stored file referenced by the snapshot's `files` table (the
 *                      encrypted blobs as they lie in dataDir/files)
 *   manifest.json      BackupManifest: app and schema version, created at, row counts per table,
 *                      SHA-256 and size of every part before it, and the database key.
 *
 * The database key travels inside the passphrase-encrypted container, so a backup restores
 * on a new laptop where the OS keychain (and with it the key) is gone: the restore opens the
 * snapshot with it, re-keys the database to the new installation's key and re-encrypts the
 * blobs (restore.ts). Whoever has the backup file and its passphrase can read everything in
 * it anyway; the key adds nothing to that. Nothing is written in plain text: the snapshot
 * and the blobs are encrypted on disk while they wait in dataDir/backup-tmp, and the
 * container adds the passphrase's encryption on top.
 */

export const BACKUP_KIND = 'B';
export const BACKUP_EXTENSION = 'parleybak';
export const DB_PART = 'db/parley.db';
export const MANIFEST_PART = 'manifest.json';
export const FILES_PREFIX = 'files/';

/** The first check of a manifest: written by Parley, in a format this version knows. */
export const BackupManifestHead = z.object({ app: z.literal('parley'), format: z.literal(1) });

/** The manifest as written by create and read back by restore (through this schema). */
export const BackupManifest = BackupManifestHead.extend({
  appVersion: z.string(),
  schemaVersion: z.number().int().nonnegative(),
  createdAt: z.string(),
  trigger: BackupTrigger,
  counts: z.record(z.string(), z.number().int()),
  parts: z.array(SealedPart),
  /** Hex of the SQLCipher key the snapshot is encrypted with. */
  databaseKey: z.string().regex(/^(?:[0-9a-f]{2})+$/),
});
export type BackupManifest = z.infer<typeof BackupManifest>;

export interface CreateOptions {
  trigger: BackupTrigger;
  folder: string;
  /** Read the file back and check every chunk and checksum (default true). */
  verify?: boolean;
  onProgress?: (fraction: number) => void;
  /** Throws to stop the backup (a cancel from the job runner); checked between steps and chunks. */
  checkCancel?: () => void;
  /** Test seams. */
  openSink?: OpenSink;
  scrypt?: ScryptParams;
  /** Passphrase to use instead of the stored one (benchmarks, tests). */
  passphrase?: string;
  /**
   * ctx.db is used by nothing else while the backup runs (a job worker's connection): the
   * database file can be sealed as it lies, held still by a read transaction, with no copy.
   */
  ownConnection?: boolean;
}

export interface CreatedBackup {
  file: string;
  bytes: number;
  at: string;
  verified: boolean;
  manifest: BackupManifest;
}

/** Maps a file-system failure to the message the counsellor sees. */
export function ioError(err: unknown, where: 'target' | 'data' = 'target'): AppError {
  if (err instanceof AppError) return err;
  const code = (err as { code?: string }).code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return new AppError('STORAGE', where === 'target' ? 'backup.errors.diskFull' : 'backup.errors.dataDiskFull');
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return new AppError('STORAGE', 'backup.errors.readOnly');
  if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EIO' || code === 'ENXIO' || code === 'ENODEV' || code === 'ESTALE' || code === 'EHOSTDOWN')
    return new AppError('STORAGE', 'backup.errors.folderGone');
  if (err instanceof SealError) return new AppError('STORAGE', 'backup.errors.verifyFailed');
  return new AppError('STORAGE', 'backup.errors.failed');
}

/** The counsellor's wall-clock time (their time zone, not UTC), as they will look for it on the stick. */
export function stampOf(at: Date, timeZone: string): string {
  const { date, time } = utcToZoned(at.toISOString(), timeZone);
  // Zone offsets are whole minutes, so the seconds are the instant's own.
  return `${date.replace(/-/g, '')}-${time.replace(':', '')}${String(at.getUTCSeconds()).padStart(2, '0')}`;
}

function freeName(folder: string, at: Date, timeZone: string): string {
  const base = `parley-backup-${stampOf(at, timeZone)}`;
  for (let i = 0; ; i++) {
    const name = i === 0 ? `${base}.${BACKUP_EXTENSION}` : `${base}-${i}.${BACKUP_EXTENSION}`;
    const file = path.join(folder, name);
    if (!fs.existsSync(file) && !fs.existsSync(file + '.partial')) return file;
  }
}

/** Removes what an interrupted backup left in the data folder (encrypted, but useless). */
export function cleanBackupTmp(dataDir: string): void {
  fs.rmSync(path.join(dataDir, 'backup-tmp'), { recursive: true, force: true });
}

export async function createBackup(ctx: HandlerContext, options: CreateOptions): Promise<CreatedBackup> {
  const passphrase = options.passphrase ?? unwrapPassphrase(ctx);
  if (!passphrase) throw new AppError('VALIDATION', 'backup.errors.noPassphrase');
  const folder = options.folder;
  try {
    if (!fs.statSync(folder).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    fs.accessSync(folder, fs.constants.W_OK);
  } catch (err) {
    throw ioError(err);
  }

  const at = ctx.now();
  const tmp = path.join(ctx.dataDir, 'backup-tmp', crypto.randomBytes(8).toString('hex'));
  const snapshot = path.join(tmp, 'parley.db');
  const key = ctx.databaseKey();
  // scrypt runs on the thread pool while the snapshot is taken.
  const prepared = prepareSeal(passphrase, options.scrypt);
  let held: HeldFile | null = null;
  try {
    const checkCancel = options.checkCancel ?? (() => {});
    let blobs: { name: string; file: string }[];
    try {
      fs.mkdirSync(path.join(tmp, 'files'), { recursive: true });
      if (options.ownConnection) held = holdDatabaseFile(ctx.db, path.join(ctx.dataDir, DATABASE_FILE));
      if (!held) snapshotInto(ctx.db, snapshot);
      // Same tick as the snapshot (better-sqlite3 is synchronous): the stored files now are
      // exactly those the snapshot refers to. Hard links keep each blob even if it is deleted
      // while the container is written; where links are impossible, a copy.
      blobs = listBlobs(ctx)
        .filter((b) => b.present)
        .map((b) => {
          const pinned = path.join(tmp, 'files', b.blobName);
          try {
            fs.linkSync(b.path, pinned);
          } catch {
            fs.copyFileSync(b.path, pinned);
          }
          return { name: FILES_PREFIX + b.blobName, file: pinned };
        });
    } catch (err) {
      throw ioError(err, 'data');
    }

    let counts: Record<string, number>;
    let version: number;
    if (held) {
      // Inside the held read transaction: the counts of exactly the pages being sealed.
      counts = rowCounts(ctx.db);
      version = schemaVersion(ctx.db);
    } else {
      const snap = openSnapshot(snapshot, key, true);
      try {
        counts = rowCounts(snap);
        version = schemaVersion(snap);
      } finally {
        snap.close();
      }
    }
    checkCancel();

    const sources: SealSource[] = [{ name: DB_PART, file: held ? held.file : snapshot }, ...blobs];
    const total = sources.reduce((sum, s) => sum + ('file' in s ? fs.statSync(s.file).size : 0), 0) || 1;
    let manifest: BackupManifest | undefined;
    const dest = freeName(folder, at, ctx.timeZone());
    let sealed: { bytes: number };
    try {
      sealed = await sealFile(dest, passphrase, sources, {
        kind: BACKUP_KIND,
        prepared,
        openSink: options.openSink,
        onProgress: (done) => {
          checkCancel();
          options.onProgress?.(Math.min(0.99, done / total) * (options.verify === false ? 1 : 0.8));
        },
        beforeEnd: (parts) => {
          manifest = {
            format: 1,
            app: 'parley',
            appVersion: ctx.appVersion,
            schemaVersion: version,
            createdAt: at.toISOString(),
            trigger: options.trigger,
            counts,
            parts,
            databaseKey: key.toString('hex'),
          };
          return [{ name: MANIFEST_PART, data: JSON.stringify(manifest) }];
        },
      });
    } catch (err) {
      throw ioError(err);
    }
    // Sealed: the database file may move on (the read-back check reads the backup file only).
    held?.release();

    let verified = false;
    if (options.verify !== false) {
      try {
        const opened = await openSealed(dest, passphrase, {
          kind: BACKUP_KIND,
          target: () => 'skip',
          onProgress: (done, size) => {
            checkCancel();
            options.onProgress?.(0.8 + 0.2 * (done / size));
          },
        });
        const want = new Map(manifest!.parts.map((p) => [p.name, p.sha256]));
        verified = opened.parts.length === manifest!.parts.length + 1 && opened.parts.every((p) => p.name === MANIFEST_PART || want.get(p.name) === p.sha256);
      } catch (err) {
        await fs.promises.rm(dest, { force: true }).catch(() => {});
        throw ioError(err);
      }
      if (!verified) {
        await fs.promises.rm(dest, { force: true }).catch(() => {});
        throw new AppError('STORAGE', 'backup.errors.verifyFailed');
      }
    }
    options.onProgress?.(1);
    return { file: dest, bytes: sealed.bytes, at: at.toISOString(), verified, manifest: manifest! };
  } finally {
    held?.release();
    fs.rmSync(tmp, { recursive: true, force: true });
    try {
      fs.rmdirSync(path.dirname(tmp));
    } catch {
      // another backup's folder is still in it
    }
  }
}
