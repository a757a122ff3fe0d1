import type { AgreementStatus } from '../../../shared/schemas/agreements';
import type { Db } from './connection';
import { stmt } from './statements';

// An agreement's status changes, each on the day it happened (agreement_events). The
// agreement row keeps the current status; these rows are its dated history.

export interface AgreementEventRow {
  id: number;
  agreement_id: number;
  client_id: number;
  from_status: AgreementStatus;
  to_status: AgreementStatus;
  on_date: string;
  at: string;
  reason: 'all_paid' | 'payment_removed' | null;
  note: string | null;
  origin: 'recorded' | 'migrated';
  created_at: string;
}

export interface NewAgreementEvent {
  agreementId: number;
  clientId: number;
  from: AgreementStatus;
  to: AgreementStatus;
  onDate: string;
  reason: AgreementEventRow['reason'];
  note: string | null;
}

export function insertAgreementEvent(db: Db, e: NewAgreementEvent, at: Date, now: Date): number {
  const info = stmt(
    db,
    `INSERT INTO agreement_events (agreement_id, client_id, from_status, to_status, on_date, at, reason, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(e.agreementId, e.clientId, e.from, e.to, e.onDate, at.toISOString(), e.reason, e.note, now.toISOString());
  return Number(info.lastInsertRowid);
}

/** The agreement's latest status change (by day, then as recorded), if any. */
export function lastAgreementEvent(db: Db, agreementId: number): Pick<AgreementEventRow, 'on_date' | 'at' | 'to_status'> | undefined {
  return stmt(db, `SELECT on_date, at, to_status FROM agreement_events WHERE agreement_id = ? ORDER BY on_date DESC, at DESC, id DESC LIMIT 1`).get(agreementId) as
    | Pick<AgreementEventRow, 'on_date' | 'at' | 'to_status'>
    | undefined;
}
