import type { Db } from './connection';
import { stmt } from './statements';

// Evidence attached to a case, a debt or a contact (the stored files are in evidence/store.ts).

/** Evidence outlives a deleted contact: it stays with the case (and its debt). */
export function detachFromContact(db: Db, contactId: number, now: Date): void {
  stmt(db, `UPDATE attachments SET contact_id = NULL, updated_at = ?, rev = rev + 1 WHERE contact_id = ?`).run(now.toISOString(), contactId);
}
