import { currencyOf, type Region } from '../../../shared/domain/region';
import type { CalendarItem, CalendarKind } from '../../../shared/schemas/calendar';
import type { Db } from './connection';
import { caseOf, type CaseColumns } from './parties';
import { stmt } from './statements';

// The calendar's reads: each kind of dated item of the active cases (neither archived nor
// closed) over a range of days, off an index on its date, in date order. The tables belong to
// their own repositories; these are read-only views across them, kept together so the month
// query is one place to measure (test/unit/electron/main/calendar has the query-plan test).

export interface CalendarRow extends CaseColumns {
  id: number;
  date: string;
  lender_name: string | null;
  rev: number | null;
  reason: string | null;
  seq: number | null;
  amount_fen: number | null;
  unpaid: number | null;
  legal_kind: string | null;
  court: string | null;
  remedy: string | null;
  offer_status: string | null;
  /** Instalments only: the case's region (the amount's currency). */
  region?: Region;
}

const ACTIVE_CASE = `c.archived = 0 AND c.status <> 'closed'`;
const NONE = `NULL AS rev, NULL AS reason, NULL AS seq, NULL AS amount_fen, NULL AS unpaid, NULL AS legal_kind, NULL AS court, NULL AS remedy, NULL AS offer_status`;
const none = (...keep: string[]) =>
  NONE.split(', ')
    .filter((col) => !keep.some((k) => col.endsWith(` AS ${k}`)))
    .join(', ');

/** One SELECT per kind, each walking its date index over [@from, @to] (exported for the query-plan test). */
export const CALENDAR_SQL: Record<CalendarKind, string> = {
  followup: `SELECT f.id, f.due_date AS date, f.client_id, c.name AS client_name, c.case_ref, l.name AS lender_name, f.rev, f.reason, ${none('rev', 'reason')}
      FROM followups f INDEXED BY followups_open_by_due JOIN clients c ON c.id = f.client_id LEFT JOIN lenders l ON l.id = f.lender_id
     WHERE f.status = 'open' AND f.due_date >= @from AND f.due_date <= @to AND ${ACTIVE_CASE}
     ORDER BY f.due_date, f.client_id, f.id LIMIT @limit`,
  instalment: `SELECT i.id, i.due_date AS date, a.client_id, c.name AS client_name, c.case_ref, c.region, l.name AS lender_name, i.seq, i.amount_fen, i.unpaid,
           ${none('seq', 'amount_fen', 'unpaid')}
      FROM instalments i INDEXED BY instalments_by_due JOIN agreements a ON a.id = i.agreement_id JOIN clients c ON c.id = a.client_id JOIN lenders l ON l.id = a.lender_id
     WHERE i.due_date >= @from AND i.due_date <= @to AND a.status = 'active' AND ${ACTIVE_CASE}
     ORDER BY i.due_date, i.agreement_id, i.id LIMIT @limit`,
  // Steps made from a single stage value (migrated, intake) carry the day Parley recorded it, not a court's date.
  court: `SELECT e.id, e.event_date AS date, e.client_id, c.name AS client_name, c.case_ref, l.name AS lender_name, e.kind AS legal_kind, e.court,
           ${none('legal_kind', 'court')}
      FROM legal_events e INDEXED BY legal_events_by_date JOIN clients c ON c.id = e.client_id JOIN debts d ON d.id = e.debt_id JOIN lenders l ON l.id = d.lender_id
     WHERE e.event_date >= @from AND e.event_date <= @to AND e.origin = 'entered' AND ${ACTIVE_CASE}
     ORDER BY e.event_date, e.client_id, e.id LIMIT @limit`,
  offerExpiry: `SELECT o.id, o.valid_until AS date, o.client_id, c.name AS client_name, c.case_ref, l.name AS lender_name, o.remedy, o.status AS offer_status,
           ${none('remedy', 'offer_status')}
      FROM offers o INDEXED BY offers_awaiting_by_expiry JOIN clients c ON c.id = o.client_id JOIN lenders l ON l.id = o.lender_id
     WHERE o.status IN ('sent', 'countered') AND o.valid_until >= @from AND o.valid_until <= @to AND ${ACTIVE_CASE}
     ORDER BY o.valid_until, o.client_id, o.id LIMIT @limit`,
  review: `SELECT r.id, r.due_date AS date, r.client_id, c.name AS client_name, c.case_ref, NULL AS lender_name, r.rev, r.reason, ${none('rev', 'reason')}
      FROM case_reviews r INDEXED BY case_reviews_open_by_due JOIN clients c ON c.id = r.client_id
     WHERE r.status = 'open' AND r.due_date >= @from AND r.due_date <= @to AND ${ACTIVE_CASE}
     ORDER BY r.due_date, r.client_id, r.id LIMIT @limit`,
};

/** The items of one kind in [from, to], at most `limit`, by date. */
export function calendarRows(db: Db, kind: CalendarKind, from: string, to: string, limit: number): CalendarRow[] {
  return stmt(db, CALENDAR_SQL[kind]).all({ from, to, limit }) as CalendarRow[];
}

/** One item of a kind by id, with what the calendar shows of it (after a move). */
export function calendarRow(db: Db, kind: CalendarKind, id: number): CalendarRow | undefined {
  const alias = { followup: 'f', instalment: 'i', court: 'e', offerExpiry: 'o', review: 'r' }[kind];
  const sql = CALENDAR_SQL[kind]
    .replace(/INDEXED BY \w+ /, '')
    .replace(/WHERE [\s\S]*$/, `WHERE ${alias}.id = @id`);
  return stmt(db, sql).get({ id }) as CalendarRow | undefined;
}

export function toCalendarItem(kind: CalendarKind, r: CalendarRow): CalendarItem {
  const base = { key: `${kind}:${r.id}`, id: r.id, date: r.date, ...caseOf(r), lenderName: r.lender_name };
  switch (kind) {
    case 'followup':
      return { ...base, kind, rev: r.rev!, reason: r.reason as Extract<CalendarItem, { kind: 'followup' }>['reason'] };
    case 'instalment':
      return { ...base, kind, seq: r.seq!, amountFen: r.amount_fen!, currency: currencyOf(r.region), paid: r.unpaid === 0 };
    case 'court':
      return { ...base, kind, legalKind: r.legal_kind as Extract<CalendarItem, { kind: 'court' }>['legalKind'], court: r.court };
    case 'offerExpiry':
      return {
        ...base,
        kind,
        remedy: r.remedy as Extract<CalendarItem, { kind: 'offerExpiry' }>['remedy'],
        offerStatus: r.offer_status as Extract<CalendarItem, { kind: 'offerExpiry' }>['offerStatus'],
      };
    case 'review':
      return { ...base, kind, rev: r.rev!, reason: r.reason as Extract<CalendarItem, { kind: 'review' }>['reason'] };
  }
}
