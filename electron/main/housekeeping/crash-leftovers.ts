import fs from 'node:fs';
import path from 'node:path';
import type { HandlerContext } from '../context';
import { readConfig } from '../backup/state';
import { BACKUP_EXTENSION } from '../backup/create';
import { listBlobs, filesDir } from '../attachments/store';

// What a crash or a killed process can leave behind, removed at the next start:
//  – backups cut short: `parley-backup-<stamp>[-n].parleybak.partial` in the backup folder
//    (only names Parley's own backups have; untouched for 15 minutes, since another laptop
//    may be writing into a shared folder right now);
//  – encrypted blobs in data/files that no `files` row names (a transaction that never
//    committed), and their `.tmp` halves, once they are a day old;
//  – decrypted copies opened in the system's viewer, in Parley's own temp folder.

/** Parley's temp folder for opened copies, beside the data folder (<userData>/opened). */
export const OPENED_COPIES_DIR = 'opened';
const PARTIAL_BACKUP = new RegExp(`^parley-backup-\\d{8}-\\d{6}(?:-\\d+)?\\.${BACKUP_EXTENSION}\\.partial$`);
const BLOB_FILE = /^[0-9a-f]{32}(?:\.tmp)?$/;
export const PARTIAL_MIN_AGE_MS = 15 * 60_000;
export const ORPHAN_MIN_AGE_MS = 24 * 60 * 60_000;

export interface LeftoversRemoved {
  partialBackups: string[];
  orphanBlobs: string[];
  openedCopies: string[];
}

const olderThan = (file: string, ms: number, now: number): boolean => {
  try {
    return now - fs.statSync(file).mtimeMs >= ms;
  } catch {
    return false;
  }
};

function entries(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

/** `now` is the wall clock (file times are compared with it). */
export function removeCrashLeftovers(ctx: HandlerContext, now = Date.now()): LeftoversRemoved {
  const removed: LeftoversRemoved = { partialBackups: [], orphanBlobs: [], openedCopies: [] };

  const folder = readConfig(ctx.db).folder;
  if (folder) {
    for (const name of entries(folder)) {
      const file = path.join(folder, name);
      if (PARTIAL_BACKUP.test(name) && olderThan(file, PARTIAL_MIN_AGE_MS, now)) {
        fs.rmSync(file, { force: true });
        removed.partialBackups.push(name);
      }
    }
  }

  const known = new Set(listBlobs(ctx).map((b) => b.blobName));
  const dir = filesDir(ctx);
  for (const name of entries(dir)) {
    const file = path.join(dir, name);
    if (BLOB_FILE.test(name) && !known.has(name) && olderThan(file, ORPHAN_MIN_AGE_MS, now)) {
      fs.rmSync(file, { force: true });
      removed.orphanBlobs.push(name);
    }
  }

  const temp = ctx.platform.tempDir();
  for (const name of entries(temp)) {
    fs.rmSync(path.join(temp, name), { recursive: true, force: true });
    removed.openedCopies.push(name);
  }
  return removed;
}
