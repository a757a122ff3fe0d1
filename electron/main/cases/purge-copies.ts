import fs from 'node:fs';
import path from 'node:path';
import { checkpointTruncate, withSecureDelete } from '../db/case-tables';
import { clientsByCaseRefOrIdNumber } from '../db/clients';
import type { Db } from '../db/connection';
import { blobNames } from '../db/files';
import { schemaVersion } from '../db/migrate';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { openSnapshot } from '../db/snapshot';
import { listKeptCopies, removeKeptCopy, type KeptCopy } from '../housekeeping/kept-copies';
import { deleteCaseRowsOf } from './purge-rows';

// A purge reaches the whole-database copies kept in the data folder (housekeeping/kept-copies.ts).
//
// A pre-restore copy at the current schema is REWRITTEN: opened with the key, the case's rows
// deleted by the same code as in the live database (secure_delete on, so the cells are zeroed,
// then the WAL folded in and emptied), its blobs and any blob no row names removed. The copy
// stays a way back from a restore for every other client.
// Every other copy is DELETED: a pre-migration copy is at an older schema by definition (the
// purge code knows only the current one, and upgrading the copy would spoil what it is kept
// for: the file exactly as it was before the upgrade), as is a pre-restore copy from before a
// later upgrade; and a copy that cannot be opened with the key cannot be shown not to hold the
// case. Those copies' only use is to undo one upgrade or restore, which a start-up with a
// purge since has long confirmed.
//
// Plain function of (data folder, key, who): runs in the main thread or a worker alike.

export interface CopyTarget {
  caseRef: string;
  idNumber: string | null;
}

export interface CopiesPurged {
  /** Copies that held the case and were rewritten without it. */
  rewritten: string[];
  /** Copies deleted. */
  removed: string[];
  /** Copies that could be neither rewritten nor deleted (held open by another program): they still hold the case. */
  failed: string[];
}

export type CopyAction = 'rewrite' | 'delete';

/** What a purge will do with a copy: rewrite a pre-restore copy at the current schema, delete the rest. */
export function copyAction(copy: KeptCopy, key: Buffer): CopyAction {
  if (copy.kind !== 'pre-restore') return 'delete';
  const file = path.join(copy.path, 'parley.db');
  if (!fs.existsSync(file)) return 'delete';
  let db: Db | undefined;
  try {
    db = openSnapshot(file, key, true);
    return schemaVersion(db) === LATEST_SCHEMA_VERSION ? 'rewrite' : 'delete';
  } catch {
    return 'delete';
  } finally {
    db?.close();
  }
}

/** Rewrites one pre-restore copy without the case; returns whether it held it. */
function rewriteCopy(copy: KeptCopy, key: Buffer, who: CopyTarget): boolean {
  const db = openSnapshot(path.join(copy.path, 'parley.db'), key);
  let blobs: string[] = [];
  let known: Set<string>;
  let held = false;
  try {
    for (const client of clientsByCaseRefOrIdNumber(db, who.caseRef, who.idNumber)) {
      const deleted = withSecureDelete(db, () => db.transaction(() => deleteCaseRowsOf(db, client))());
      blobs = blobs.concat(deleted.blobs);
      held = true;
    }
    known = blobNames(db);
    // Old page versions of the deleted rows are in the WAL (when the copy is in WAL mode): fold it in and empty it.
    checkpointTruncate(db);
  } finally {
    db.close();
  }
  const files = path.join(copy.path, 'files');
  for (const name of blobs) fs.rmSync(path.join(files, name), { force: true });
  // A blob no row names cannot be shown not to be the case's (a write cut short): it goes too.
  let left: string[] = [];
  try {
    left = fs.readdirSync(files);
  } catch {
    // no files folder
  }
  for (const name of left) if (!known.has(name)) fs.rmSync(path.join(files, name), { recursive: true, force: true });
  return held;
}

export function purgeKeptCopies(dataDir: string, key: Buffer, who: CopyTarget): CopiesPurged {
  const out: CopiesPurged = { rewritten: [], removed: [], failed: [] };
  for (const copy of listKeptCopies(dataDir)) {
    if (copyAction(copy, key) === 'rewrite') {
      try {
        if (rewriteCopy(copy, key, who)) out.rewritten.push(copy.name);
        continue;
      } catch {
        // Could not be rewritten: deleted below, as a copy that cannot be read would be.
      }
    }
    try {
      removeKeptCopy(copy);
      out.removed.push(copy.name);
    } catch {
      out.failed.push(copy.name);
    }
  }
  return out;
}
