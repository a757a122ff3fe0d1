import type { Db } from '../db/connection';
import { stmt } from '../db/statements';

/** Records a case status change for the timeline; call in the transaction that changes the status. */
export function recordStatusChange(db: Db, clientId: number, from: string | null, to: string, at: Date): void {
  if (from === to) return;
  stmt(db, `INSERT INTO client_status_changes (client_id, at, from_status, to_status) VALUES (?, ?, ?, ?)`).run(clientId, at.toISOString(), from, to);
}
