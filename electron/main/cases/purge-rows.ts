import { deleteAuditRow } from '../db/audit';
import { CASE_TABLES, caseFileIds, caseRows, deleteCaseRows, tableExists } from '../db/case-tables';
import type { ClientRow } from '../db/clients';
import type { Db } from '../db/connection';
import { deleteFile, fileReferences, getFileRow } from '../db/files';
import { removeFromIndex } from '../search/index-writer';
import { clientAuditRows, identifyingTexts } from './audit-scope';

// The part of a purge that works on any Parley database of the current schema – the live one
// and the copies kept beside it (pre-restore-*/) – given only the connection: no context, so
// it runs wherever the connection is (main thread or a worker).

export interface CaseRowsDeleted {
  rows: number;
  files: number;
  auditRows: number;
  /** Blobs of the removed `files` rows: remove them from the files folder once this has committed. */
  blobs: string[];
  /** Their contents' SHA-256, to find decrypted copies elsewhere. */
  contentHashes: Set<string>;
}

/**
 * Deletes every row of one client's case in every case table, its search entries, the audit
 * rows about it and the stored-file rows no other case uses. Call inside a transaction, with
 * secure_delete on (withSecureDelete), so deleted cells are zeroed.
 */
export function deleteCaseRowsOf(db: Db, client: ClientRow): CaseRowsDeleted {
  const clientId = client.id;
  const idsByTable = new Map<string, Set<number>>();
  const present = CASE_TABLES.filter((t) => tableExists(db, t.table));
  for (const t of present) {
    idsByTable.set(t.table, new Set(caseRows(db, t, clientId).map((r) => r['id']).filter((id): id is number => typeof id === 'number')));
  }
  const fileIds = caseFileIds(db, clientId);
  const audit = clientAuditRows(db, clientId, idsByTable, identifyingTexts(client));
  for (const a of audit) deleteAuditRow(db, a.id);
  removeFromIndex(db, 'client', clientId);
  for (const id of idsByTable.get('debts') ?? []) removeFromIndex(db, 'debt', id);
  for (const id of idsByTable.get('contacts') ?? []) removeFromIndex(db, 'contact', id);
  for (const id of idsByTable.get('letters') ?? []) removeFromIndex(db, 'letter', id);
  let rows = 0;
  // Children first; the cascades would do it too, but this way nothing depends on them.
  for (const t of [...present].reverse()) rows += deleteCaseRows(db, t, clientId);
  const blobs: string[] = [];
  const contentHashes = new Set<string>();
  for (const id of fileIds) {
    const row = getFileRow(db, id);
    // A file another case still refers to (the same receipt in two cases) stays.
    if (!row || fileReferences(db, id) > 0) continue;
    deleteFile(db, id);
    blobs.push(row.blob_name);
    contentHashes.add(row.sha256);
  }
  return { rows, files: blobs.length, auditRows: audit.length, blobs, contentHashes };
}
