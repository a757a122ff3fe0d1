import type { Db } from './connection';
import { stmt } from './statements';

export type AuditAction = 'create' | 'update' | 'archive' | 'unarchive' | 'reveal' | 'delete' | 'merge' | 'purge' | 'settings';

export interface AuditEntry {
  actor: string;
  at: Date;
  entity: string;
  entityId: string | number | null;
  action: AuditAction;
  before?: unknown;
  after?: unknown;
}

/** Call inside the same transaction as the change, so the two land or fail together. */
export function writeAudit(db: Db, e: AuditEntry): void {
  stmt(
    db,
    `INSERT INTO audit_log (at, actor, entity, entity_id, action, before_json, after_json)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    e.at.toISOString(),
    e.actor,
    e.entity,
    e.entityId === null ? null : String(e.entityId),
    e.action,
    e.before === undefined ? null : JSON.stringify(e.before),
    e.after === undefined ? null : JSON.stringify(e.after),
  );
}

/** An audit row as stored. */
export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  entity: string;
  entity_id: string | null;
  action: string;
  before_json: string | null;
  after_json: string | null;
}

/** The whole log, oldest first (hand-over and purge pick a case's rows from it). */
export function allAuditRows(db: Db): AuditRow[] {
  return stmt(db, 'SELECT * FROM audit_log ORDER BY id').all() as AuditRow[];
}

export function deleteAuditRow(db: Db, id: number): void {
  stmt(db, 'DELETE FROM audit_log WHERE id = ?').run(id);
}

/** Copies a row as it was written elsewhere (an imported case's history), under a new id. */
export function insertAuditRow(db: Db, r: Omit<AuditRow, 'id'>): void {
  stmt(db, 'INSERT INTO audit_log (at, actor, entity, entity_id, action, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    r.at,
    r.actor,
    r.entity,
    r.entity_id,
    r.action,
    r.before_json,
    r.after_json,
  );
}
