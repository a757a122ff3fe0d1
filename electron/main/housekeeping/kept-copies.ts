import fs from 'node:fs';
import path from 'node:path';

// The whole-database copies Parley keeps in the data folder as a way back:
//  – pre-restore-<stamp>/ : the database (+ WAL) and files folder a restore replaced;
//  – pre-migration/<db>-v<N>-<stamp>.db : the database file before a schema upgrade.
// Both are readable with the installation's key, so they hold every case as it was. They
// are kept for a set number of days (the keepCopiesDays setting), removed at start once
// older, and a purge cleans them of the purged case (cases/purge-copies.ts).

export const PRE_MIGRATION_DIR = 'pre-migration';
const PRE_RESTORE = /^pre-restore-[0-9A-Za-z-]+$/;
const PRE_MIGRATION_FILE = /\.db$/;
/** The ISO stamp both kinds carry in their name, with ':' and '.' written as '-'. */
const STAMP = /(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/;

export type KeptCopyKind = 'pre-restore' | 'pre-migration';

export interface KeptCopy {
  kind: KeptCopyKind;
  /** A folder (pre-restore) or a database file (pre-migration). */
  path: string;
  /** Relative to the data folder, with '/' (what the counsellor is shown). */
  name: string;
  /** When it was made: the stamp in its name, else the file's modification time. */
  madeAt: Date;
}

function madeAt(name: string, file: string): Date {
  const m = name.match(STAMP);
  if (m) {
    const d = new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`);
    if (!Number.isNaN(d.getTime())) return d;
  }
  try {
    return fs.statSync(file).mtime;
  } catch {
    return new Date(0);
  }
}

function entries(dir: string): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

/** Every kept copy in the data folder, oldest first. */
export function listKeptCopies(dataDir: string): KeptCopy[] {
  const out: KeptCopy[] = [];
  for (const e of entries(dataDir)) {
    if (e.isDirectory() && PRE_RESTORE.test(e.name)) {
      const p = path.join(dataDir, e.name);
      out.push({ kind: 'pre-restore', path: p, name: e.name, madeAt: madeAt(e.name, p) });
    }
  }
  const migrations = path.join(dataDir, PRE_MIGRATION_DIR);
  for (const e of entries(migrations)) {
    if (e.isFile() && PRE_MIGRATION_FILE.test(e.name)) {
      const p = path.join(migrations, e.name);
      out.push({ kind: 'pre-migration', path: p, name: `${PRE_MIGRATION_DIR}/${e.name}`, madeAt: madeAt(e.name, p) });
    }
  }
  return out.sort((a, b) => a.madeAt.getTime() - b.madeAt.getTime());
}

/** Removes one kept copy with everything that belongs to it (a pre-migration file's WAL and shared-memory files too). */
export function removeKeptCopy(copy: KeptCopy): void {
  if (copy.kind === 'pre-restore') {
    fs.rmSync(copy.path, { recursive: true, force: true });
    return;
  }
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${copy.path}${suffix}`, { force: true });
}

/** At start: removes the copies older than `days` days; returns their names. */
export function removeExpiredCopies(dataDir: string, days: number, now: Date): string[] {
  const cutoff = now.getTime() - days * 24 * 60 * 60_000;
  const removed: string[] = [];
  for (const copy of listKeptCopies(dataDir)) {
    if (copy.madeAt.getTime() > cutoff) continue;
    try {
      removeKeptCopy(copy);
      removed.push(copy.name);
    } catch {
      // Held open by another program (Windows): tried again at the next start.
    }
  }
  const migrations = path.join(dataDir, PRE_MIGRATION_DIR);
  if (entries(migrations).length === 0) fs.rmSync(migrations, { recursive: true, force: true });
  return removed;
}
