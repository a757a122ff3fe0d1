import type { CLOSURE_REASONS, ClientStatus } from '../../../shared/schemas/clients';
import type { Region } from '../../../shared/domain/region';
import type { Db } from './connection';
import { stmt } from './statements';

type ClosureReason = (typeof CLOSURE_REASONS)[number];

// What the agency's cases came to: cases by status and closure reason, agreements and the
// time it took to reach them, debts cleared, waivers – for the outcomes dashboard and the
// agency summary export. Every case counts, archived ones too: outcomes are history.
// Read-only; one pass over each table. Months are calendar months of the stored dates
// (a case's opening and a closing are UTC instants: a case opened just after midnight in
// Shanghai counts in the UTC day, which moves nothing but a month's edge).

export function casesByStatusAndReason(db: Db): { status: ClientStatus; reason: ClosureReason | null; n: number }[] {
  return stmt(db, `SELECT status, closure_reason AS reason, count(*) AS n FROM clients GROUP BY status, closure_reason`).all() as {
    status: ClientStatus;
    reason: ClosureReason | null;
    n: number;
  }[];
}

/** Each agreement's date and the day its case was opened. */
export function agreementDates(db: Db): { agreedDate: string; openedDate: string }[] {
  return stmt(db, `SELECT a.agreed_date AS agreedDate, substr(c.created_at, 1, 10) AS openedDate FROM agreements a JOIN clients c ON c.id = a.client_id`).all() as {
    agreedDate: string;
    openedDate: string;
  }[];
}

/**
 * Per debt whose balance came to zero after something happened to it (paid, waived, written
 * off): what was cleared (payments, waivers and write-offs together), the day of its last
 * entry, and its case's region (the currency of the amount). A lender statement restates the
 * balance, so it is not part of what was cleared.
 */
const CLEARED_DEBTS = `
  SELECT x.debt_id, x.cleared, x.last_date, c.region FROM (
    SELECT e.debt_id, sum(e.total_fen) AS owed, sum(e.kind <> 'opening') AS moves,
           -sum(CASE WHEN e.kind IN ('payment', 'waiver', 'waiver_revoked', 'write_off') THEN e.total_fen ELSE 0 END) AS cleared,
           max(e.entry_date) AS last_date
      FROM debt_ledger e GROUP BY e.debt_id) x
    JOIN debts d ON d.id = x.debt_id JOIN clients c ON c.id = d.client_id
   WHERE x.owed = 0 AND x.moves > 0`;

/** Amounts per region: the region is the currency, so these are never added together. */
export type RegionFen = { region: Region; fen: number };

/** Debts cleared: how many in all, and what they came to per region. */
export function resolvedDebts(db: Db): { debts: number; byRegion: RegionFen[] } {
  const rows = stmt(db, `SELECT region, count(*) AS debts, sum(cleared) AS fen FROM (${CLEARED_DEBTS}) GROUP BY region`).all() as (RegionFen & { debts: number })[];
  return { debts: rows.reduce((n, r) => n + r.debts, 0), byRegion: rows };
}

/** Net waivers in every ledger (granted less revoked, the settlement of a completed plan included), per region. */
export function waivedByRegion(db: Db): RegionFen[] {
  return stmt(
    db,
    `SELECT c.region, -sum(e.total_fen) AS fen FROM debt_ledger e JOIN debts d ON d.id = e.debt_id JOIN clients c ON c.id = d.client_id
      WHERE e.kind IN ('waiver', 'waiver_revoked') GROUP BY c.region`,
  ).all() as RegionFen[];
}

/** Waivers granted on condition of completing a plan that is still running (and not revoked), per region. */
export function conditionalWaivedByRegion(db: Db): RegionFen[] {
  return stmt(
    db,
    `SELECT c.region, -sum(w.total_fen) AS fen FROM debt_ledger w JOIN agreements a ON a.id = w.agreement_id JOIN clients c ON c.id = a.client_id
      WHERE w.kind = 'waiver' AND w.conditional = 1 AND a.status = 'active'
        AND NOT EXISTS (SELECT 1 FROM debt_ledger r WHERE r.revokes_id = w.id)
      GROUP BY c.region`,
  ).all() as RegionFen[];
}

type MonthRow = { month: string; n: number };

/** Per month: cases opened, cases closed (by their closure reason, at their last change to closed), agreements, debts cleared, waivers, the change in balances (amounts per region). */
export function monthRows(db: Db) {
  return {
    opened: stmt(db, `SELECT substr(created_at, 1, 7) AS month, count(*) AS n FROM clients GROUP BY month`).all() as MonthRow[],
    closed: stmt(
      db,
      `SELECT substr(s.closed_at, 1, 7) AS month, c.closure_reason AS reason, count(*) AS n
         FROM clients c JOIN (SELECT client_id, max(at) AS closed_at FROM client_status_changes WHERE to_status = 'closed' GROUP BY client_id) s ON s.client_id = c.id
        WHERE c.status = 'closed' GROUP BY month, reason`,
    ).all() as (MonthRow & { reason: ClosureReason | null })[],
    agreements: stmt(db, `SELECT substr(agreed_date, 1, 7) AS month, count(*) AS n FROM agreements GROUP BY month`).all() as MonthRow[],
    // Amounts per month and region (its currency).
    resolved: stmt(db, `SELECT substr(last_date, 1, 7) AS month, region, count(*) AS n, sum(cleared) AS fen FROM (${CLEARED_DEBTS}) GROUP BY month, region`).all() as (MonthRow &
      RegionFen)[],
    waived: stmt(
      db,
      `SELECT substr(e.entry_date, 1, 7) AS month, c.region, -sum(e.total_fen) AS fen FROM debt_ledger e JOIN debts d ON d.id = e.debt_id JOIN clients c ON c.id = d.client_id
        WHERE e.kind IN ('waiver', 'waiver_revoked') GROUP BY month, c.region`,
    ).all() as ({ month: string } & RegionFen)[],
    ledger: stmt(
      db,
      `SELECT substr(e.entry_date, 1, 7) AS month, c.region, sum(e.total_fen) AS fen FROM debt_ledger e JOIN debts d ON d.id = e.debt_id JOIN clients c ON c.id = d.client_id
        GROUP BY month, c.region`,
    ).all() as ({ month: string } & RegionFen)[],
  };
}
