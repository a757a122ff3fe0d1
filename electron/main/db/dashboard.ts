import { currencyOf, type Region } from '../../../shared/domain/region';
import { ENFORCEMENT_STAGES } from '../../../shared/schemas/debts';
import type { Dashboard } from '../../../shared/schemas/dashboard';
import type { Db } from './connection';
import { OWED_BY_DEBT } from './ledger';
import { stmt } from './statements';

// The dashboard's figures: counts over clients, debts, statements and lenders of open
// cases, and the short lists of cases that need attention. Read-only, one pass each.

/** How many names each attention list shows; the total says how many there are. */
const ATTENTION_LIMIT = 20;
/** Open cases: not archived and not closed. */
const OPEN = `c.archived = 0 AND c.status <> 'closed'`;
const STAGE_LIST = ENFORCEMENT_STAGES.map((s) => `'${s}'`).join(', ');

type AttentionList = Dashboard['attention']['noStatement'];

function attention(db: Db, fromWhere: string, detail: string, order: string): AttentionList {
  const rows = stmt(
    db,
    `SELECT c.id AS clientId, c.name AS name, c.case_ref AS caseRef, c.region AS region, ${detail} AS detail ${fromWhere} ORDER BY ${order} LIMIT ${ATTENTION_LIMIT}`,
  ).all() as (Omit<AttentionList['items'][number], 'currency'> & { region: Region })[];
  const items = rows.map(({ region, ...r }) => ({ ...r, currency: currencyOf(region) }));
  const { total } = stmt(db, `SELECT count(*) AS total FROM (SELECT c.id ${fromWhere})`).get() as { total: number };
  return { total, items };
}

/** Clients not archived, per status. */
export function statusCounts(db: Db): { status: keyof Dashboard['statusCounts']; n: number }[] {
  return stmt(db, 'SELECT status, count(*) AS n FROM clients WHERE archived = 0 GROUP BY status').all() as { status: keyof Dashboard['statusCounts']; n: number }[];
}

export const OPEN_DEBTS_BY_STAGE_SQL = `SELECT d.legal_stage AS stage, c.region AS region, count(*) AS debts, coalesce(sum(b.owed), 0) AS fen
       FROM debts d JOIN clients c ON c.id = d.client_id LEFT JOIN (${OWED_BY_DEBT}) b ON b.debt_id = d.id
      WHERE ${OPEN} GROUP BY d.legal_stage, c.region`;

/**
 * The debts of open cases per legal stage and per region (a region is a currency, so the
 * amounts are never added across currencies): how many, and what they still owe (their ledgers' balances).
 */
export function openDebtsByStage(db: Db): { stage: keyof Dashboard['legalStages']; region: Region; debts: number; fen: number }[] {
  return stmt(db, OPEN_DEBTS_BY_STAGE_SQL).all() as { stage: keyof Dashboard['legalStages']; region: Region; debts: number; fen: number }[];
}

export function lenderCount(db: Db): number {
  return (stmt(db, 'SELECT count(*) AS lenders FROM lenders').get() as { lenders: number }).lenders;
}

/** Open cases with no financial statement yet, oldest first. */
export function casesWithoutStatement(db: Db): AttentionList {
  return attention(db, `FROM clients c WHERE ${OPEN} AND NOT EXISTS (SELECT 1 FROM statements s WHERE s.client_id = c.id)`, 'NULL', 'c.created_at');
}

/** Open cases whose latest statement leaves less than nothing each month, the worst first. */
export function casesWithNegativeDisposable(db: Db): AttentionList {
  return attention(db, `FROM clients c WHERE ${OPEN} AND c.disposable_fen < 0`, 'c.disposable_fen', 'c.disposable_fen');
}

/** Open cases with a debt a court is enforcing, with how many such debts; the latest changed first. */
export function casesUnderEnforcement(db: Db): AttentionList {
  return attention(
    db,
    `FROM clients c WHERE ${OPEN} AND EXISTS (SELECT 1 FROM debts d WHERE d.client_id = c.id AND d.legal_stage IN (${STAGE_LIST}))`,
    `(SELECT count(*) FROM debts d WHERE d.client_id = c.id AND d.legal_stage IN (${STAGE_LIST}))`,
    'c.updated_at DESC',
  );
}
