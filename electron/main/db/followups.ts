import type { FollowupView } from '../../../shared/schemas/contacts';
import { parseGenerated, type GeneratedText } from '../../../shared/schemas/generated-text';
import type { Db } from './connection';
import { partiesOf, type CaseColumns } from './parties';
import { stmt } from './statements';

// Follow-ups: what the counsellor must chase, and when. Made by hand, by a contact that
// asks for one, by an offer awaiting a reply, or by a missed instalment.

export interface FollowupRow extends CaseColumns {
  id: number;
  debt_id: number | null;
  lender_id: number | null;
  lender_name: string | null;
  due_date: string;
  original_due_date: string | null;
  snooze_count: number;
  reason: FollowupView['reason'];
  note: string | null;
  /** A follow-up the app made, as data (note is then null). */
  generated_json: string | null;
  contact_id: number | null;
  contact_summary: string | null;
  contact_generated_json: string | null;
  status: FollowupView['status'];
  rev: number;
  done_at: string | null;
  done_contact_id: number | null;
}

const FOLLOWUP_SELECT = `SELECT f.id, f.client_id, c.name AS client_name, c.case_ref, f.debt_id, f.lender_id, l.name AS lender_name, f.due_date,
       f.original_due_date, f.snooze_count, f.reason, f.note, f.generated_json, f.contact_id, k.summary AS contact_summary, k.generated_json AS contact_generated_json, f.status, f.rev, f.done_at, f.done_contact_id
  FROM followups f JOIN clients c ON c.id = f.client_id LEFT JOIN lenders l ON l.id = f.lender_id LEFT JOIN contacts k ON k.id = f.contact_id`;

export function getFollowupRow(db: Db, id: number): FollowupRow | undefined {
  return stmt(db, `${FOLLOWUP_SELECT} WHERE f.id = ?`).get(id) as FollowupRow | undefined;
}

/** The latest follow-up a contact asked for. */
export function followupOfContact(db: Db, contactId: number): FollowupRow | undefined {
  return stmt(db, `${FOLLOWUP_SELECT} WHERE f.contact_id = ? ORDER BY f.id DESC LIMIT 1`).get(contactId) as FollowupRow | undefined;
}

/** Open follow-ups of cases that are neither archived nor closed, in one due-date range, by date and case. */
export function listOpenFollowups(db: Db, from: string | null, to: string, limit: number): FollowupRow[] {
  // The partial index (due_date, client_id) gives the range in order; LIMIT stops the walk
  // once the page is full, so only those rows and their cases are read.
  return stmt(
    db,
    `${FOLLOWUP_SELECT.replace('FROM followups f', 'FROM followups f INDEXED BY followups_open_by_due')}
      WHERE f.status = 'open' AND f.due_date >= ? AND f.due_date <= ? AND c.archived = 0 AND c.status <> 'closed'
      ORDER BY f.due_date, f.client_id, f.id LIMIT ?`,
  ).all(from ?? '', to, limit) as FollowupRow[];
}

/**
 * The count behind the follow-ups page and the start-up notice (exported for the query-plan
 * test): from the open follow-ups of active cases counted per due day (migration 19's
 * triggers keep the counts), so it reads one index entry per day, not one per follow-up.
 */
export const FOLLOWUP_COUNT_SQL = `SELECT coalesce(sum(open) FILTER (WHERE due_date < @today), 0) AS overdue,
            coalesce(sum(open) FILTER (WHERE due_date = @today), 0) AS today,
            coalesce(sum(open) FILTER (WHERE due_date > @today), 0) AS week
       FROM followup_day_counts WHERE due_date <= @weekEnd`;

/** Counts of open follow-ups of active cases: before `today`, on `today`, and after it up to `weekEnd`. */
export function countOpenFollowups(db: Db, today: string, weekEnd: string): { overdue: number; today: number; week: number } {
  return stmt(db, FOLLOWUP_COUNT_SQL).get({ today, weekEnd }) as { overdue: number; today: number; week: number };
}

export function followupView(r: FollowupRow): FollowupView {
  return {
    id: r.id,
    ...partiesOf(r),
    dueDate: r.due_date,
    originalDueDate: r.original_due_date,
    snoozeCount: r.snooze_count,
    reason: r.reason,
    note: r.note,
    generated: parseGenerated(r.generated_json),
    contactId: r.contact_id,
    contactSummary: r.contact_summary,
    contactGenerated: parseGenerated(r.contact_generated_json),
    status: r.status,
    rev: r.rev,
  };
}

/** What the audit log keeps of a follow-up. */
export function followupAudit(r: FollowupRow) {
  return {
    clientId: r.client_id,
    debtId: r.debt_id,
    lenderId: r.lender_id,
    dueDate: r.due_date,
    originalDueDate: r.original_due_date,
    snoozeCount: r.snooze_count,
    reason: r.reason,
    note: r.note,
    contactId: r.contact_id,
    status: r.status,
    doneAt: r.done_at,
    doneContactId: r.done_contact_id,
  };
}

export function insertFollowup(
  db: Db,
  f: { clientId: number; debtId: number | null; lenderId: number | null; dueDate: string; reason: FollowupView['reason']; note: string | null; contactId: number | null },
  now: Date,
): number {
  const at = now.toISOString();
  const info = stmt(
    db,
    `INSERT INTO followups (client_id, debt_id, lender_id, due_date, reason, note, contact_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(f.clientId, f.debtId, f.lenderId, f.dueDate, f.reason, f.note, f.contactId, at, at);
  return Number(info.lastInsertRowid);
}

/** A follow-up an agreement or an offer makes: open, due on `dueDate`, naming what it chases. */
export function insertChaseFollowup(
  db: Db,
  v: { clientId: number; debtId: number; lenderId: number; dueDate: string; reason: 'missed_payment' | 'offer_reply'; generated: GeneratedText; instalmentId?: number; offerId?: number },
  now: Date,
): number {
  const at = now.toISOString();
  const info = stmt(
    db,
    `INSERT INTO followups (client_id, debt_id, lender_id, due_date, reason, generated_json, instalment_id, offer_id, status, original_due_date, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?)`,
  ).run(v.clientId, v.debtId, v.lenderId, v.dueDate, v.reason, JSON.stringify(v.generated), v.instalmentId ?? null, v.offerId ?? null, v.dueDate, at, at);
  return Number(info.lastInsertRowid);
}

/** The follow-up for the last day to appeal a judgment (legal/appeal.ts keeps it in step with the judgment). */
export function insertAppealFollowup(db: Db, v: { clientId: number; debtId: number; lenderId: number; dueDate: string; note: string | null; legalEventId: number }, now: Date): number {
  const at = now.toISOString();
  const info = stmt(
    db,
    `INSERT INTO followups (client_id, debt_id, lender_id, due_date, reason, note, legal_event_id, status, original_due_date, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'appeal_deadline', ?, ?, 'open', ?, ?, ?)`,
  ).run(v.clientId, v.debtId, v.lenderId, v.dueDate, v.note, v.legalEventId, v.dueDate, at, at);
  return Number(info.lastInsertRowid);
}

/** The appeal-deadline follow-ups made for a legal event, newest first. */
export function appealFollowupsOf(db: Db, legalEventId: number): FollowupRow[] {
  const ids = stmt(db, `SELECT id FROM followups WHERE legal_event_id = ? AND reason = 'appeal_deadline' ORDER BY id DESC`).all(legalEventId) as { id: number }[];
  return ids.map((r) => getFollowupRow(db, r.id)!);
}

/** Open follow-ups chasing the lender's reply to an offer. */
export function openReplyFollowups(db: Db, offerId: number): number[] {
  return (stmt(db, `SELECT id FROM followups WHERE offer_id = ? AND reason = 'offer_reply' AND status = 'open'`).all(offerId) as { id: number }[]).map((r) => r.id);
}

export function cancelFollowup(db: Db, id: number, now: Date): void {
  stmt(db, `UPDATE followups SET status = 'cancelled', rev = rev + 1, updated_at = ? WHERE id = ?`).run(now.toISOString(), id);
}

export function instalmentHasFollowup(db: Db, instalmentId: number): boolean {
  return stmt(db, `SELECT 1 FROM followups WHERE instalment_id = ?`).get(instalmentId) !== undefined;
}

/** The follow-ups a contact asked for (all of them, whatever their status). */
export function followupIdsOfContact(db: Db, contactId: number): number[] {
  return (stmt(db, `SELECT id FROM followups WHERE contact_id = ?`).all(contactId) as { id: number }[]).map((r) => r.id);
}

/** A client's open follow-ups, soonest first. */
export function listClientOpenFollowups(db: Db, clientId: number): FollowupRow[] {
  const ids = stmt(db, `SELECT id FROM followups WHERE client_id = ? AND status = 'open' ORDER BY due_date, id`).all(clientId) as { id: number }[];
  return ids.map((r) => getFollowupRow(db, r.id)!);
}

export type FollowupFields = Pick<FollowupRow, 'due_date' | 'note' | 'status' | 'original_due_date' | 'snooze_count' | 'done_at' | 'done_contact_id'>;

/** Writes these fields of a follow-up (the rest as they are in `r`). */
export function updateFollowup(db: Db, r: FollowupRow, fields: Partial<FollowupFields>, now: Date): void {
  const next = { ...r, ...fields };
  stmt(
    db,
    `UPDATE followups SET due_date = ?, note = ?, status = ?, original_due_date = ?, snooze_count = ?, done_at = ?, done_contact_id = ?,
            rev = rev + 1, updated_at = ? WHERE id = ?`,
  ).run(next.due_date, next.note, next.status, next.original_due_date, next.snooze_count, next.done_at, next.done_contact_id, now.toISOString(), r.id);
}
