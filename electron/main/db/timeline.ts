import type { ContactRow } from './contacts';
import type { AgreementEventRow } from './agreement-events';
import type { LegalEventRow } from './legal-events';
import type { Db } from './connection';
import { stmt } from './statements';

// What the client timeline reads: each source (contacts, offer steps, letters, payments,
// status changes, court steps, agreements' status changes) newest first from its per-client index, at most @limit rows past the
// cursor (at, rank, id). Merging and paging are timeline/list.ts's.

/** Where each source sorts among items of the same instant. */
export const RANK = { status: 0, payment: 1, letter: 2, offer: 3, contact: 4, legal: 5, agreement: 6 } as const;

/** Past the cursor and at most this many rows; a source reads limit + 1 to know whether more follow. */
export interface TimelineParams {
  clientId: number;
  lenderId: number | null;
  at: string;
  rank: number;
  id: number;
  limit: number;
}

/** The counsellor's zone offset as SQLite date modifiers, for the steps dated by day; atDay: the cursor's day there. */
export interface ZoneModifiers {
  toLocal: string;
  toUtc: string;
  atDay: string;
}

/** The rows strictly after the cursor, for a source of rank `rank` whose sort instant is `atExpr`. */
const after = (atExpr: string, idExpr: string, rank: number) =>
  `${atExpr} <= @at AND (${atExpr} < @at OR @rank > ${rank} OR (@rank = ${rank} AND ${idExpr} < @id))`;

const CONTACTS_SQL = `
  SELECT c.id, c.occurred_at AS at, c.debt_id, c.lender_id, l.name AS lender_name, c.channel, c.direction, c.person, c.summary, c.generated_json,
         c.outcome, c.source, c.is_incident, c.incident_details,
         (SELECT group_concat(type) FROM contact_incident_types t WHERE t.contact_id = c.id) AS types
    FROM contacts c LEFT JOIN lenders l ON l.id = c.lender_id
   WHERE c.client_id = @clientId AND ${after('c.occurred_at', 'c.id', RANK.contact)}
     AND (@lenderId IS NULL OR c.lender_id = @lenderId) AND c.is_incident IN (@inc0, @inc1)
   ORDER BY c.occurred_at DESC, c.id DESC LIMIT @limit`;

const OFFERS_SQL = `
  SELECT e.id, e.at, e.on_date, e.status, e.note, o.id AS offer_id, o.debt_id, o.lender_id, l.name AS lender_name,
         o.remedy, o.total_fen, o.monthly_fen, o.months
    FROM offer_events e JOIN offers o ON o.id = e.offer_id LEFT JOIN lenders l ON l.id = o.lender_id
   WHERE e.client_id = @clientId AND ${after('e.at', 'e.id', RANK.offer)} AND (@lenderId IS NULL OR o.lender_id = @lenderId)
   ORDER BY e.at DESC, e.id DESC LIMIT @limit`;

/**
 * The instant a step dated by day sorts at, the way offer steps are placed (shared/domain/dates
 * instantOfDate): recorded on that very day (in the counsellor's zone, @toLocal / @toUtc are
 * its offset as SQLite modifiers), the moment it was recorded – so a payment entered at 13:21
 * sits above a case opened at 13:00; recorded on another day, noon of its day. Its local day
 * is always the step's date, so the cursor's local day (@atDay) bounds the read below.
 */
const dayInstant = (dateCol: string, recordedCol: string) =>
  `(CASE WHEN date(${recordedCol}, @toLocal) = ${dateCol} THEN ${recordedCol} ELSE strftime('%Y-%m-%dT%H:%M:%fZ', ${dateCol} || 'T12:00:00', @toUtc) END)`;

const PAYMENT_AT = dayInstant('p.paid_date', 'p.created_at');
const PAYMENTS_SQL = `
  SELECT p.id, ${PAYMENT_AT} AS at, p.paid_date, p.amount_fen, p.note, p.agreement_id, a.debt_id, a.lender_id,
         l.name AS lender_name
    FROM payments p JOIN agreements a ON a.id = p.agreement_id LEFT JOIN lenders l ON l.id = a.lender_id
   WHERE p.client_id = @clientId AND p.paid_date <= @atDay
     AND ${after(PAYMENT_AT, 'p.id', RANK.payment)} AND (@lenderId IS NULL OR a.lender_id = @lenderId)
   ORDER BY p.paid_date DESC, at DESC, p.id DESC LIMIT @limit`;

// A letter has up to three steps; every step is at or after its creation, so creation bounds the read.
const LETTERS_SQL = `
  SELECT le.id, le.type, le.title, le.status, le.created_at, le.finalised_at, le.sent_at, le.debt_id, le.lender_id, l.name AS lender_name
    FROM letters le LEFT JOIN lenders l ON l.id = le.lender_id
   WHERE le.client_id = @clientId AND le.created_at <= @at AND (@lenderId IS NULL OR le.lender_id = @lenderId)`;

const STATUS_SQL = `
  SELECT s.id, s.at, s.from_status, s.to_status
    FROM client_status_changes s
   WHERE s.client_id = @clientId AND ${after('s.at', 's.id', RANK.status)}
   ORDER BY s.at DESC, s.id DESC LIMIT @limit`;

// Court and enforcement steps, dated by day like payments (a hearing may lie ahead).
const LEGAL_AT = dayInstant('e.event_date', 'e.created_at');
const LEGAL_SQL = `
  SELECT e.id, ${LEGAL_AT} AS at, e.kind, e.event_date, e.court, e.case_number, e.amount_fen, e.service_date, e.decision,
         e.instance, e.measure, e.notes, e.origin, e.debt_id, d.lender_id, l.name AS lender_name
    FROM legal_events e JOIN debts d ON d.id = e.debt_id LEFT JOIN lenders l ON l.id = d.lender_id
   WHERE e.client_id = @clientId AND e.event_date <= @atDay
     AND ${after(LEGAL_AT, 'e.id', RANK.legal)} AND (@lenderId IS NULL OR d.lender_id = @lenderId)
   ORDER BY e.event_date DESC, at DESC, e.id DESC LIMIT @limit`;

// An agreement's status changes, at the instant of their day (agreements/status.ts).
const AGREEMENTS_SQL = `
  SELECT e.id, e.at, e.on_date, e.from_status, e.to_status, e.reason, e.note, e.origin, e.agreement_id, a.debt_id, a.lender_id, l.name AS lender_name
    FROM agreement_events e JOIN agreements a ON a.id = e.agreement_id LEFT JOIN lenders l ON l.id = a.lender_id
   WHERE e.client_id = @clientId AND ${after('e.at', 'e.id', RANK.agreement)} AND (@lenderId IS NULL OR a.lender_id = @lenderId)
   ORDER BY e.at DESC, e.id DESC LIMIT @limit`;

/** The statements, for EXPLAIN QUERY PLAN checks in the tests. */
export const TIMELINE_SQL = { contacts: CONTACTS_SQL, offers: OFFERS_SQL, payments: PAYMENTS_SQL, letters: LETTERS_SQL, status: STATUS_SQL, legal: LEGAL_SQL, agreements: AGREEMENTS_SQL };

export function timelineContacts(db: Db, p: TimelineParams & { inc0: 0 | 1; inc1: 0 | 1 }) {
  type Row = Pick<ContactRow, 'id' | 'debt_id' | 'lender_id' | 'lender_name' | 'channel' | 'direction' | 'person' | 'summary' | 'generated_json' | 'outcome' | 'source' | 'is_incident' | 'incident_details'>;
  return stmt(db, CONTACTS_SQL).all(p) as (Row & { at: string; types: string | null })[];
}

export function timelineOfferSteps(db: Db, p: TimelineParams) {
  return stmt(db, OFFERS_SQL).all(p) as {
    id: number;
    at: string;
    on_date: string;
    status: string;
    note: string | null;
    offer_id: number;
    debt_id: number | null;
    lender_id: number | null;
    lender_name: string | null;
    remedy: string;
    total_fen: number;
    monthly_fen: number | null;
    months: number | null;
  }[];
}

export function timelinePayments(db: Db, p: TimelineParams & ZoneModifiers) {
  return stmt(db, PAYMENTS_SQL).all(p) as {
    id: number;
    at: string;
    paid_date: string;
    amount_fen: number;
    note: string | null;
    agreement_id: number;
    debt_id: number | null;
    lender_id: number | null;
    lender_name: string | null;
  }[];
}

/** A client's letters created up to @at (each gives up to three steps). */
export function timelineLetters(db: Db, p: Pick<TimelineParams, 'clientId' | 'lenderId' | 'at'>) {
  return stmt(db, LETTERS_SQL).all(p) as {
    id: number;
    type: string;
    title: string;
    status: string;
    created_at: string;
    finalised_at: string | null;
    sent_at: string | null;
    debt_id: number | null;
    lender_id: number | null;
    lender_name: string | null;
  }[];
}

export function timelineStatusChanges(db: Db, p: Omit<TimelineParams, 'lenderId'>) {
  return stmt(db, STATUS_SQL).all(p) as {
    id: number;
    at: string;
    from_status: string | null;
    to_status: string;
  }[];
}

export function timelineLegalEvents(db: Db, p: TimelineParams & ZoneModifiers) {
  return stmt(db, LEGAL_SQL).all(p) as (Omit<LegalEventRow, 'client_id' | 'rev' | 'created_at' | 'updated_at'> & { at: string; lender_id: number; lender_name: string | null })[];
}

export function timelineAgreementEvents(db: Db, p: TimelineParams) {
  return stmt(db, AGREEMENTS_SQL).all(p) as (Pick<AgreementEventRow, 'id' | 'at' | 'on_date' | 'from_status' | 'to_status' | 'reason' | 'note' | 'origin' | 'agreement_id'> & {
    debt_id: number;
    lender_id: number;
    lender_name: string | null;
  })[];
}
