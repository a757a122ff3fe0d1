import type { Db } from './connection';
import { stmt } from './statements';

// The instalments table's flag for the missed-instalment sweep (migration 006): `unpaid` is 1
// while the ledger has not covered the instalment. It is kept on every payment change and
// corrected by the sweep, so candidates come off a small partial index, not the history.

/** Active agreements with an instalment that may be missed and has no follow-up yet (exported for its query-plan test). */
export const MISSED_CANDIDATES_SQL = `SELECT DISTINCT i.agreement_id FROM (
    SELECT id, agreement_id FROM instalments WHERE unpaid = 1 AND due_date < ?
    UNION ALL SELECT id, agreement_id FROM instalments WHERE unpaid = 1 AND missed_at IS NOT NULL
  ) i JOIN agreements a ON a.id = i.agreement_id
  WHERE a.status = 'active' AND NOT EXISTS (SELECT 1 FROM followups f WHERE f.instalment_id = i.id)`;

/** The same, for one client's or one lender's agreements (when their page is opened). */
const SCOPED_CANDIDATES_SQL = {
  client: `SELECT DISTINCT i.agreement_id FROM instalments i JOIN agreements a ON a.id = i.agreement_id
    WHERE i.client_id = ? AND i.unpaid = 1 AND (i.due_date < ? OR i.missed_at IS NOT NULL) AND a.status = 'active'
      AND NOT EXISTS (SELECT 1 FROM followups f WHERE f.instalment_id = i.id)`,
  lender: `SELECT DISTINCT i.agreement_id FROM agreements a JOIN instalments i ON i.agreement_id = a.id
    WHERE a.lender_id = ? AND a.status = 'active' AND i.unpaid = 1 AND (i.due_date < ? OR i.missed_at IS NOT NULL)
      AND NOT EXISTS (SELECT 1 FROM followups f WHERE f.instalment_id = i.id)`,
} as const;

export type SweepScope = { clientId: number } | { lenderId: number } | Record<string, never>;

export function agreementsWithMissedCandidates(db: Db, cutoff: string, scope: SweepScope = {}): number[] {
  if ('clientId' in scope) return stmt(db, SCOPED_CANDIDATES_SQL.client).pluck().all(scope.clientId, cutoff) as number[];
  if ('lenderId' in scope) return stmt(db, SCOPED_CANDIDATES_SQL.lender).pluck().all(scope.lenderId, cutoff) as number[];
  return stmt(db, MISSED_CANDIDATES_SQL).pluck().all(cutoff) as number[];
}

/** Writes the paid/unpaid state the ledger worked out; only rows that change are written. */
export function setUnpaidFlags(db: Db, lines: readonly { id: number; paid: boolean }[]): void {
  const update = stmt(db, 'UPDATE instalments SET unpaid = ? WHERE id = ? AND unpaid <> ?');
  for (const l of lines) {
    const unpaid = l.paid ? 0 : 1;
    update.run(unpaid, l.id, unpaid);
  }
}
