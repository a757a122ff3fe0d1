import fs from 'node:fs';
import path from 'node:path';
import { zonedToUtc } from '../../../shared/schemas/contacts';
import { BACKUP_EXTENSION } from '../backup/create';
import { readConfig, readHistory } from '../backup/state';
import type { Db } from '../db/connection';

// Which sealed backups may still hold a case: every backup Parley knows of (in the backup
// folder, or in the history with its file still there) made at or after the moment the case
// was created. A purge cannot reach into them (they are sealed with the backup passphrase
// and verified as written); the counsellor is told which ones they are, and that they hold
// the case until retention removes them or they are deleted by hand.

const BACKUP_NAME = new RegExp(`^parley-backup-(\\d{4})(\\d{2})(\\d{2})-(\\d{2})(\\d{2})(\\d{2})(?:-\\d+)?\\.${BACKUP_EXTENSION}$`);

export interface BackupHoldingCase {
  file: string;
  fileName: string;
  /** When it was made (ISO): from the history, else from its name (local time), else the file's time. */
  madeAt: string;
}

function madeFromName(name: string, timeZone: string): string | null {
  const m = name.match(BACKUP_NAME);
  if (!m) return null;
  try {
    const utc = Date.parse(zonedToUtc(`${m[1]}-${m[2]}-${m[3]}`, `${m[4]}:${m[5]}`, timeZone)) + Number(m[6]) * 1000;
    return Number.isNaN(utc) ? null : new Date(utc).toISOString();
  } catch {
    return null;
  }
}

/** Backups made since `createdAt` (ISO) that are still on disk, newest first. */
export function backupsSince(db: Db, createdAt: string, timeZone: string): BackupHoldingCase[] {
  const found = new Map<string, BackupHoldingCase>();
  for (const h of readHistory(db)) {
    if (!h.ok || h.file === null || h.pruned || !fs.existsSync(h.file)) continue;
    found.set(path.resolve(h.file), { file: path.resolve(h.file), fileName: path.basename(h.file), madeAt: h.at });
  }
  const folder = readConfig(db).folder;
  let names: string[] = [];
  try {
    if (folder) names = fs.readdirSync(folder);
  } catch {
    // The stick is not plugged in: the history still names what was written there.
  }
  for (const name of names) {
    const file = path.resolve(folder!, name);
    if (found.has(file) || !name.endsWith(`.${BACKUP_EXTENSION}`)) continue;
    let madeAt = madeFromName(name, timeZone);
    if (!madeAt) {
      try {
        madeAt = fs.statSync(file).mtime.toISOString();
      } catch {
        continue;
      }
    }
    found.set(file, { file, fileName: name, madeAt });
  }
  const since = Date.parse(createdAt);
  return [...found.values()].filter((b) => !(Date.parse(b.madeAt) < since)).sort((a, b) => (a.madeAt < b.madeAt ? 1 : a.madeAt > b.madeAt ? -1 : 0));
}
