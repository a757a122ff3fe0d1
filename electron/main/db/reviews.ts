import type { ReviewChanges, ReviewView } from '../../../shared/schemas/reviews';
import type { Db } from './connection';
import { caseOf, type CaseColumns } from './parties';
import { stmt } from './statements';

// The case_reviews table (migration 13): one open review per case with an active plan, and the
// done ones as history. Also the reads a review walks through – what changed in the case since
// a date – which look into other capabilities' tables without writing them.

export interface ReviewRow extends CaseColumns {
  id: number;
  due_date: string;
  reason: ReviewView['reason'];
  since_date: string;
  status: ReviewView['status'];
  outcome: ReviewView['outcome'];
  notes: string | null;
  completed_date: string | null;
  original_due_date: string | null;
  rev: number;
}

const REVIEW_SELECT = `SELECT r.id, r.client_id, c.name AS client_name, c.case_ref, r.due_date, r.reason, r.since_date, r.status, r.outcome, r.notes,
       r.completed_date, r.original_due_date, r.rev
  FROM case_reviews r JOIN clients c ON c.id = r.client_id`;

export function toReviewView(r: ReviewRow): ReviewView {
  return {
    id: r.id,
    ...caseOf(r),
    dueDate: r.due_date,
    originalDueDate: r.original_due_date,
    reason: r.reason,
    sinceDate: r.since_date,
    status: r.status,
    outcome: r.outcome,
    notes: r.notes,
    completedDate: r.completed_date,
    rev: r.rev,
  };
}

/** What the audit log keeps of a review. */
export function reviewAudit(r: ReviewRow) {
  return {
    clientId: r.client_id,
    dueDate: r.due_date,
    reason: r.reason,
    sinceDate: r.since_date,
    status: r.status,
    outcome: r.outcome,
    notes: r.notes,
    completedDate: r.completed_date,
    originalDueDate: r.original_due_date,
  };
}

export function getReviewRow(db: Db, id: number): ReviewRow | undefined {
  return stmt(db, `${REVIEW_SELECT} WHERE r.id = ?`).get(id) as ReviewRow | undefined;
}

export function openReviewOf(db: Db, clientId: number): ReviewRow | undefined {
  return stmt(db, `${REVIEW_SELECT} WHERE r.client_id = ? AND r.status = 'open'`).get(clientId) as ReviewRow | undefined;
}

/** A case's completed reviews, latest first. */
export function doneReviewsOf(db: Db, clientId: number): ReviewRow[] {
  return stmt(db, `${REVIEW_SELECT} WHERE r.client_id = ? AND r.status = 'done' ORDER BY r.completed_date DESC, r.id DESC`).all(clientId) as ReviewRow[];
}

export function insertReview(db: Db, v: { clientId: number; dueDate: string; reason: ReviewView['reason']; sinceDate: string }, now: Date): number {
  const at = now.toISOString();
  const info = stmt(
    db,
    `INSERT INTO case_reviews (client_id, due_date, reason, since_date, original_due_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(v.clientId, v.dueDate, v.reason, v.sinceDate, v.dueDate, at, at);
  return Number(info.lastInsertRowid);
}

export type ReviewFields = Pick<ReviewRow, 'due_date' | 'reason' | 'status' | 'outcome' | 'notes' | 'completed_date'>;

/** Writes these fields of a review (the rest as they are in `r`). */
export function updateReview(db: Db, r: ReviewRow, fields: Partial<ReviewFields>, now: Date): void {
  const next = { ...r, ...fields };
  stmt(
    db,
    `UPDATE case_reviews SET due_date = ?, reason = ?, status = ?, outcome = ?, notes = ?, completed_date = ?, rev = rev + 1, updated_at = ? WHERE id = ?`,
  ).run(next.due_date, next.reason, next.status, next.outcome, next.notes, next.completed_date, now.toISOString(), r.id);
}

/** Open reviews of active cases due on or before `to`, soonest first, and how many there are. */
export function dueReviews(db: Db, to: string, limit: number): { count: number; rows: ReviewRow[] } {
  const where = `r.status = 'open' AND r.due_date <= ? AND c.archived = 0 AND c.status <> 'closed'`;
  const count = stmt(db, `SELECT count(*) FROM case_reviews r INDEXED BY case_reviews_open_by_due JOIN clients c ON c.id = r.client_id WHERE ${where}`)
    .pluck()
    .get(to) as number;
  const rows = stmt(db, `${REVIEW_SELECT.replace('FROM case_reviews r', 'FROM case_reviews r INDEXED BY case_reviews_open_by_due')} WHERE ${where} ORDER BY r.due_date, r.client_id LIMIT ?`).all(
    to,
    limit,
  ) as ReviewRow[];
  return { count, rows };
}

/** The day the case's first agreement still active was reached, or null when it has no active plan. */
export function activePlanSince(db: Db, clientId: number): string | null {
  return (stmt(db, `SELECT min(agreed_date) FROM agreements WHERE client_id = ? AND status = 'active'`).pluck().get(clientId) as string | null) ?? null;
}

/** Instalments falling due on or after `since` that were missed (a missed instalment has its chasing follow-up), by date. */
export function missedInstalmentsSince(db: Db, clientId: number, since: string): ReviewChanges['missedInstalments'] {
  return stmt(
    db,
    `SELECT i.id, l.name AS lenderName, i.seq, i.due_date AS dueDate, i.amount_fen AS amountFen
       FROM instalments i JOIN agreements a ON a.id = i.agreement_id JOIN lenders l ON l.id = a.lender_id
      WHERE i.client_id = ? AND i.due_date >= ? AND EXISTS (SELECT 1 FROM followups f WHERE f.instalment_id = i.id AND f.reason = 'missed_payment')
      ORDER BY i.due_date, i.id`,
  ).all(clientId, since) as ReviewChanges['missedInstalments'];
}

type StatementFigures = NonNullable<ReviewChanges['statementNow']>;
const STATEMENT_FIGURES = `SELECT id, statement_date AS statementDate, income_monthly_fen AS incomeFen, fixed_monthly_fen + variable_monthly_fen AS costsFen,
       disposable_monthly_fen AS disposableFen FROM statements`;

/** What changed in a case after `since` (statements dated after it, debts entered, lenders' replies, payments, misses, court steps). */
export function changesSince(db: Db, clientId: number, since: string): ReviewChanges {
  const statementThen =
    (stmt(db, `${STATEMENT_FIGURES} WHERE client_id = ? AND statement_date <= ? ORDER BY statement_date DESC, id DESC LIMIT 1`).get(clientId, since) as
      | StatementFigures
      | undefined) ?? null;
  const statementNow = (stmt(db, `${STATEMENT_FIGURES} WHERE client_id = ? ORDER BY statement_date DESC, id DESC LIMIT 1`).get(clientId) as StatementFigures | undefined) ?? null;
  const newDebts = stmt(
    db,
    `SELECT d.id, l.name AS lenderName, d.outstanding_fen AS enteredFen, substr(d.created_at, 1, 10) AS createdDate
       FROM debts d JOIN lenders l ON l.id = d.lender_id WHERE d.client_id = ? AND d.created_at > ? ORDER BY d.created_at, d.id`,
  ).all(clientId, `${since}T23:59:59.999Z`) as ReviewChanges['newDebts'];
  const lenderResponses = stmt(
    db,
    `SELECT e.offer_id AS offerId, l.name AS lenderName, o.remedy, e.status, e.on_date AS onDate
       FROM offer_events e JOIN offers o ON o.id = e.offer_id JOIN lenders l ON l.id = o.lender_id
      WHERE e.client_id = ? AND e.on_date > ? AND e.status IN ('countered', 'accepted', 'rejected', 'expired') ORDER BY e.on_date, e.id`,
  ).all(clientId, since) as ReviewChanges['lenderResponses'];
  const payments = stmt(db, `SELECT count(*) AS count, coalesce(sum(amount_fen), 0) AS totalFen FROM payments WHERE client_id = ? AND paid_date > ?`).get(
    clientId,
    since,
  ) as ReviewChanges['payments'];
  const courtEvents = stmt(
    db,
    `SELECT e.id, l.name AS lenderName, e.kind, e.event_date AS eventDate FROM legal_events e JOIN debts d ON d.id = e.debt_id JOIN lenders l ON l.id = d.lender_id
      WHERE e.client_id = ? AND e.event_date > ? AND e.origin = 'entered' ORDER BY e.event_date, e.id`,
  ).all(clientId, since) as ReviewChanges['courtEvents'];
  return { statementThen, statementNow, newDebts, lenderResponses, payments, missedInstalments: missedInstalmentsSince(db, clientId, since), courtEvents };
}
