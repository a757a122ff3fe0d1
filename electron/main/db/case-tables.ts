import type { Db } from './connection';
import { stmt } from './statements';

// Which rows make up one client's case file (for hand-over and purge), and the SQL that
// reads, copies and deletes them table by table. The list is in insertion order (every table
// comes after the tables its foreign keys point to), and each entry says how to find the
// client's rows. Foreign keys themselves are read from the schema (PRAGMA foreign_key_list),
// so a new column that points at a case table is remapped on import without a change here.
// A test checks that every table of the schema is either listed here or named as not
// belonging to a client, so a new table cannot be silently left out of hand-over and purge.

export interface CaseTable {
  table: string;
  /** SQL condition selecting the client's rows; the one parameter is the client's id. */
  where: string;
}

export const CASE_TABLES: readonly CaseTable[] = [
  { table: 'clients', where: 'id = ?' },
  { table: 'statements', where: 'client_id = ?' },
  { table: 'statement_lines', where: 'statement_id IN (SELECT id FROM statements WHERE client_id = ?)' },
  { table: 'debts', where: 'client_id = ?' },
  { table: 'legal_events', where: 'client_id = ?' },
  { table: 'contacts', where: 'client_id = ?' },
  { table: 'contact_incident_types', where: 'contact_id IN (SELECT id FROM contacts WHERE client_id = ?)' },
  { table: 'proposals', where: 'client_id = ?' },
  { table: 'proposal_lines', where: 'proposal_id IN (SELECT id FROM proposals WHERE client_id = ?)' },
  { table: 'proposal_versions', where: 'client_id = ?' },
  { table: 'proposal_version_lines', where: 'version_id IN (SELECT id FROM proposal_versions WHERE client_id = ?)' },
  { table: 'offers', where: 'client_id = ?' },
  { table: 'offer_events', where: 'client_id = ?' },
  { table: 'agreements', where: 'client_id = ?' },
  { table: 'agreement_events', where: 'client_id = ?' },
  { table: 'instalments', where: 'client_id = ?' },
  { table: 'payments', where: 'client_id = ?' },
  { table: 'debt_ledger', where: 'debt_id IN (SELECT id FROM debts WHERE client_id = ?)' },
  { table: 'followups', where: 'client_id = ?' },
  { table: 'attachments', where: 'client_id = ?' },
  { table: 'letters', where: 'client_id = ?' },
  { table: 'client_status_changes', where: 'client_id = ?' },
  { table: 'case_reviews', where: 'client_id = ?' },
  { table: 'plan_bases', where: 'client_id = ?' },
];

/**
 * Tables that hold no client's data of their own: shared directories, settings, the audit
 * log (handled row by row), stored file contents (handled through attachments and letters),
 * templates, and the two search indexes (kept by search/). FTS5 shadow tables are matched by prefix.
 */
export const NON_CASE_TABLES: readonly string[] = [
  'settings',
  'schema_migrations',
  'audit_log',
  'lenders',
  'lender_names',
  'lender_evidence_rules',
  'files',
  'letter_templates',
  'template_versions',
  'search_index',
  'search_log',
  // Counts of open follow-ups per due day over every case (kept by triggers from the case's follow-ups).
  'followup_day_counts',
];

export interface ForeignKey {
  column: string;
  /** The table it points to. */
  target: string;
}

export interface TableShape {
  /** Stored columns (generated columns left out: they cannot be written). */
  columns: string[];
  /** Whether the table has its own integer id (else rows are copied with remapped keys only). */
  hasId: boolean;
  foreignKeys: ForeignKey[];
}

const shapes = new WeakMap<Db, Map<string, TableShape>>();

export function tableShape(db: Db, table: string): TableShape {
  let cache = shapes.get(db);
  if (!cache) {
    cache = new Map();
    shapes.set(db, cache);
  }
  let shape = cache.get(table);
  if (!shape) {
    // hidden: 0 ordinary, 2 / 3 generated (virtual / stored).
    const cols = stmt(db, 'SELECT name, pk, hidden FROM pragma_table_xinfo(?)').all(table) as { name: string; pk: number; hidden: number }[];
    const fks = stmt(db, 'SELECT "from" AS col, "table" AS target FROM pragma_foreign_key_list(?)').all(table) as { col: string; target: string }[];
    shape = {
      columns: cols.filter((c) => c.hidden === 0).map((c) => c.name),
      hasId: cols.some((c) => c.name === 'id' && c.pk === 1),
      foreignKeys: fks.map((f) => ({ column: f.col, target: f.target })),
    };
    cache.set(table, shape);
  }
  return shape;
}

export function tableExists(db: Db, table: string): boolean {
  return stmt(db, `SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(table) !== undefined;
}

export type Row = Record<string, unknown>;

/** The client's rows of one table, in id order (or column order for tables without an id). */
export function caseRows(db: Db, t: CaseTable, clientId: number): Row[] {
  const shape = tableShape(db, t.table);
  const order = shape.hasId ? 'id' : shape.columns.map((c) => `"${c}"`).join(', ');
  return db.prepare(`SELECT ${shape.columns.map((c) => `"${c}"`).join(', ')} FROM "${t.table}" WHERE ${t.where} ORDER BY ${order}`).all(clientId) as Row[];
}

/** Ids of stored files the case refers to (attachments and final letters). */
export function caseFileIds(db: Db, clientId: number): number[] {
  const rows = stmt(
    db,
    `SELECT file_id AS id FROM attachments WHERE client_id = ?
       UNION SELECT pdf_file_id FROM letters WHERE client_id = ? AND pdf_file_id IS NOT NULL
       ORDER BY 1`,
  ).all(clientId, clientId) as { id: number }[];
  return rows.map((r) => r.id);
}

/** Deletes the client's rows of one table; returns how many went. */
export function deleteCaseRows(db: Db, t: CaseTable, clientId: number): number {
  return db.prepare(`DELETE FROM "${t.table}" WHERE ${t.where}`).run(clientId).changes;
}

/** Writes rows of one table with the given columns (a case being imported); returns each new row id. */
export function caseRowInserter(db: Db, table: string, columns: readonly string[]): (values: unknown[]) => number {
  const insert = db.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
  return (values) => Number(insert.run(...values).lastInsertRowid);
}

/**
 * Runs `fn` with deleted content overwritten with zeros (in table and index pages and in freed
 * pages), then puts the setting back as it was.
 */
export function withSecureDelete<T>(db: Db, fn: () => T): T {
  const wasSecure = db.pragma('secure_delete', { simple: true }) as number;
  db.pragma('secure_delete = ON');
  try {
    return fn();
  } finally {
    db.pragma(`secure_delete = ${wasSecure ? 'ON' : 'OFF'}`);
  }
}

/** Moves the WAL into the main file and truncates it to nothing. */
export function checkpointTruncate(db: Db): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}
