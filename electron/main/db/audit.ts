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
