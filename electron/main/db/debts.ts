import { z } from 'zod';
import type { DebtView, LegalStage, PRODUCT_TYPES, RATE_UNITS } from '../../../shared/schemas/debts';
import type { DebtFigures } from '../../../shared/domain/remedies';
import type { Db } from './connection';
import { readJson } from './json';
import { LEDGER_SUMS, setOpening, summaryOf, type LedgerSumsRow } from './ledger';
import { stmt } from './statements';

// The debts table. Handlers work with DebtValues (camelCase, the contract's shape); rows
// come back with the lender's and the collector's names already joined, and every other
// capability reads a debt as a DebtRecord (the shared view without the figures of the day).
//
// The balance is the ledger's (db/ledger.ts): every query here joins each debt's sums over
// debt_ledger and returns them under the amount columns' names (principal_fen … other_fen,
// outstanding_fen), so every reader of a DebtRow or DebtRecord sees the derived balance. The
// debts table's own amount columns hold the opening balance as typed (a mirror of the
// opening entry, written with it) and are read as a balance nowhere.

export type ProductType = (typeof PRODUCT_TYPES)[number];
export type RateUnit = (typeof RATE_UNITS)[number];

/** Everything a counsellor can edit on a debt (the client it belongs to is fixed). */
export interface DebtValues {
  lenderId: number;
  collectorId: number | null;
  productType: ProductType;
  accountRef: string | null;
  loanDate: string | null;
  borrowedFen: number | null;
  receivedFen: number | null;
  rate: { value: number; unit: RateUnit } | null;
  feesFen: number;
  principalFen: number;
  interestFen: number;
  penaltyFen: number;
  lateFeesFen: number;
  otherFen: number;
  firstMissedDate: string | null;
  priority: boolean;
  schedule: { date: string; amountFen: number }[];
  notes: string | null;
}

export interface DebtRow {
  id: number;
  client_id: number;
  lender_id: number;
  collector_id: number | null;
  product_type: ProductType;
  account_ref: string | null;
  loan_date: string | null;
  borrowed_fen: number | null;
  received_fen: number | null;
  rate_value: number | null;
  rate_unit: RateUnit | null;
  fees_fen: number;
  principal_fen: number;
  interest_fen: number;
  penalty_fen: number;
  late_fees_fen: number;
  other_fen: number;
  outstanding_fen: number;
  first_missed_date: string | null;
  /** Derived from the debt's legal events (legal/stage.ts); written only through setLegalStage. */
  legal_stage: LegalStage;
  legal_stage_date: string | null;
  priority: 0 | 1;
  schedule_json: string;
  notes: string | null;
  rev: number;
  created_at: string;
  updated_at: string;
  lender_name: string;
  collector_name: string | null;
  paid_fen: number | null;
  saved_fen: number | null;
  written_off_fen: number | null;
  unapplied_fen: number | null;
  movements: number | null;
}

/** The stored schedule's shape (its dates and amounts were checked when it was written). */
const Schedule = z.array(z.object({ date: z.string(), amountFen: z.number().int() }));

/** A debt as every capability reads it: the shared view less what depends on the day and the settings. */
export type DebtRecord = Omit<DebtView, 'daysOverdue' | 'cost'>;

/** The quoted rate, when both its value and unit were given. */
function rateOf(r: Pick<DebtRow, 'rate_value' | 'rate_unit'>): DebtValues['rate'] {
  return r.rate_value === null || r.rate_unit === null ? null : { value: r.rate_value, unit: r.rate_unit };
}

/** What remedies and plans are worked out from: the balance by component (the ledger's) and the quoted rate. */
export function figuresOf(r: DebtRow): DebtFigures {
  return { principalFen: r.principal_fen, interestFen: r.interest_fen, penaltyFen: r.penalty_fen, lateFeesFen: r.late_fees_fen, otherFen: r.other_fen, rate: rateOf(r) };
}

export function toValues(r: DebtRow): DebtValues {
  return {
    lenderId: r.lender_id,
    collectorId: r.collector_id,
    productType: r.product_type,
    accountRef: r.account_ref,
    loanDate: r.loan_date,
    borrowedFen: r.borrowed_fen,
    receivedFen: r.received_fen,
    rate: rateOf(r),
    feesFen: r.fees_fen,
    principalFen: r.principal_fen,
    interestFen: r.interest_fen,
    penaltyFen: r.penalty_fen,
    lateFeesFen: r.late_fees_fen,
    otherFen: r.other_fen,
    firstMissedDate: r.first_missed_date,
    priority: r.priority === 1,
    schedule: readJson(Schedule, r.schedule_json, 'debts.schedule_json'),
    notes: r.notes,
  };
}

export function toDebt(r: DebtRow): DebtRecord {
  return {
    id: r.id,
    clientId: r.client_id,
    ...toValues(r),
    legalStage: r.legal_stage,
    legalStageDate: r.legal_stage_date,
    lenderName: r.lender_name,
    collectorName: r.collector_name,
    outstandingFen: r.outstanding_fen,
    ledger: summaryOf({ ...r, total_fen: r.outstanding_fen } satisfies LedgerSumsRow),
    rev: r.rev,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/**
 * Debts with their lender's and collector's names and their current balance from the ledger.
 * `filter` selects the debts (named parameters); the ledger's sums are read for those debts
 * only, through debt_ledger_balance. The derived columns come after d.* and so replace the
 * stored amount columns of the same name in the row better-sqlite3 returns.
 */
function selectJoined(filter: string): string {
  return `SELECT d.*, l.name AS lender_name, c.name AS collector_name,
      coalesce(b.principal_fen, 0) AS principal_fen, coalesce(b.interest_fen, 0) AS interest_fen, coalesce(b.penalty_fen, 0) AS penalty_fen,
      coalesce(b.late_fees_fen, 0) AS late_fees_fen, coalesce(b.other_fen, 0) AS other_fen, coalesce(b.total_fen, 0) AS outstanding_fen,
      b.paid_fen, b.saved_fen, b.written_off_fen, b.unapplied_fen, b.movements
    FROM debts d JOIN lenders l ON l.id = d.lender_id LEFT JOIN lenders c ON c.id = d.collector_id
    LEFT JOIN (${LEDGER_SUMS} WHERE e.debt_id IN (SELECT d2.id FROM debts d2 WHERE ${filter.replaceAll('d.', 'd2.')}) GROUP BY e.debt_id) b ON b.debt_id = d.id
    WHERE ${filter}`;
}

export function getDebtRow(db: Db, id: number): DebtRow | undefined {
  return stmt(db, selectJoined('d.id = @id')).get({ id }) as DebtRow | undefined;
}

/** A client's debts: priority debts first, then the largest balances. Uses debts_by_client. */
export function listDebtRows(db: Db, clientId: number): DebtRow[] {
  return stmt(db, `${selectJoined('d.client_id = @clientId')} ORDER BY d.priority DESC, outstanding_fen DESC, d.id`).all({ clientId }) as DebtRow[];
}

export function getDebt(db: Db, id: number): DebtRecord | undefined {
  const row = getDebtRow(db, id);
  return row && toDebt(row);
}

/** A client's debts, priority debts first, then the largest balances. */
export function debtsOfClient(db: Db, clientId: number): DebtRecord[] {
  return listDebtRows(db, clientId).map(toDebt);
}

/** A client's debts with one lender, oldest entry first. Uses debts_by_client. */
export function debtsOfClientWithLender(db: Db, clientId: number, lenderId: number): DebtRecord[] {
  return (stmt(db, `${selectJoined('d.client_id = @clientId AND d.lender_id = @lenderId')} ORDER BY d.id`).all({ clientId, lenderId }) as DebtRow[]).map(toDebt);
}

/** Which client and lender a debt belongs to (a cheap check before linking something to it). */
export function debtOwner(db: Db, id: number): { clientId: number; lenderId: number } | undefined {
  const r = stmt(db, 'SELECT client_id, lender_id FROM debts WHERE id = ?').get(id) as { client_id: number; lender_id: number } | undefined;
  return r && { clientId: r.client_id, lenderId: r.lender_id };
}

export interface ClientLender {
  lenderId: number;
  lenderName: string;
  debtCount: number;
  /** The client's first debt with this lender (the one a letter about them all points at). */
  firstDebtId: number;
  outstandingFen: number;
}

/** The lenders a client owes, each once with its debts' current balances summed; the largest balance first. */
export function lendersOfClient(db: Db, clientId: number): ClientLender[] {
  return stmt(
    db,
    `SELECT d.lender_id AS lenderId, l.name AS lenderName, count(*) AS debtCount, min(d.id) AS firstDebtId, coalesce(sum(b.owed), 0) AS outstandingFen
       FROM debts d JOIN lenders l ON l.id = d.lender_id
       LEFT JOIN (SELECT debt_id, sum(total_fen) AS owed FROM debt_ledger WHERE debt_id IN (SELECT id FROM debts WHERE client_id = @clientId) GROUP BY debt_id) b ON b.debt_id = d.id
      WHERE d.client_id = @clientId
      GROUP BY d.lender_id ORDER BY outstandingFen DESC, l.name`,
  ).all({ clientId }) as ClientLender[];
}

export function countDebtsWithLender(db: Db, clientId: number, lenderId: number): number {
  return (stmt(db, 'SELECT count(*) AS n FROM debts WHERE client_id = ? AND lender_id = ?').get(clientId, lenderId) as { n: number }).n;
}

export function debtIdsOfClient(db: Db, clientId: number): number[] {
  return (stmt(db, 'SELECT id FROM debts WHERE client_id = ?').all(clientId) as { id: number }[]).map((r) => r.id);
}

const COLUMNS = [
  'lender_id',
  'collector_id',
  'product_type',
  'account_ref',
  'loan_date',
  'borrowed_fen',
  'received_fen',
  'rate_value',
  'rate_unit',
  'fees_fen',
  'principal_fen',
  'interest_fen',
  'penalty_fen',
  'late_fees_fen',
  'other_fen',
  'first_missed_date',
  'priority',
  'schedule_json',
  'notes',
] as const;

/** The values in COLUMNS order, as SQLite stores them. */
function columnValues(v: DebtValues): (string | number | null)[] {
  return [
    v.lenderId,
    v.collectorId,
    v.productType,
    v.accountRef,
    v.loanDate,
    v.borrowedFen,
    v.receivedFen,
    v.rate?.value ?? null,
    v.rate?.unit ?? null,
    v.feesFen,
    v.principalFen,
    v.interestFen,
    v.penaltyFen,
    v.lateFeesFen,
    v.otherFen,
    v.firstMissedDate,
    v.priority ? 1 : 0,
    JSON.stringify(v.schedule),
    v.notes,
  ];
}

const INSERT_SQL = `INSERT INTO debts (client_id, created_at, updated_at, ${COLUMNS.join(', ')})
  VALUES (?, ?, ?, ${COLUMNS.map(() => '?').join(', ')})`;
const UPDATE_SQL = `UPDATE debts SET rev = rev + 1, updated_at = ?, ${COLUMNS.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`;

/**
 * A new debt; its amounts become the opening entry of its ledger, as of `openingDate` (the
 * counsellor's today; the UTC date of `now` when not given).
 */
export function insertDebt(db: Db, clientId: number, v: DebtValues, now: Date, openingDate?: string): number {
  const at = now.toISOString();
  const id = Number(stmt(db, INSERT_SQL).run(clientId, at, at, ...columnValues(v)).lastInsertRowid);
  setOpening(db, id, openingDate ?? at.slice(0, 10), amountsOf(v), now);
  return id;
}

/**
 * Gives a debt that has no ledger yet (from a case file exported before the ledger) its
 * opening entry, from the amounts stored on the debt, as of the day it was entered.
 */
export function openFromStoredAmounts(db: Db, id: number, now: Date): void {
  const r = stmt(db, 'SELECT principal_fen, interest_fen, penalty_fen, late_fees_fen, other_fen, created_at FROM debts WHERE id = ?').get(id) as
    | Pick<DebtRow, 'principal_fen' | 'interest_fen' | 'penalty_fen' | 'late_fees_fen' | 'other_fen' | 'created_at'>
    | undefined;
  if (!r) return;
  const amounts = { principalFen: r.principal_fen, interestFen: r.interest_fen, penaltyFen: r.penalty_fen, lateFeesFen: r.late_fees_fen, otherFen: r.other_fen };
  setOpening(db, id, r.created_at.slice(0, 10), amounts, now);
}

export function amountsOf(v: Pick<DebtValues, 'principalFen' | 'interestFen' | 'penaltyFen' | 'lateFeesFen' | 'otherFen'>) {
  return { principalFen: v.principalFen, interestFen: v.interestFen, penaltyFen: v.penaltyFen, lateFeesFen: v.lateFeesFen, otherFen: v.otherFen };
}

/** Writes the debt's fields; its amount columns take `v`'s amounts, which must be the opening entry's (see the header). */
export function updateDebt(db: Db, id: number, v: DebtValues, now: Date): void {
  stmt(db, UPDATE_SQL).run(now.toISOString(), ...columnValues(v), id);
}

/** The stage the debt's legal events lead to, and the day it began (legal/stage.ts works it out). */
export function setLegalStage(db: Db, id: number, stage: LegalStage, since: string | null): void {
  stmt(db, 'UPDATE debts SET legal_stage = ?, legal_stage_date = ? WHERE id = ?').run(stage, since, id);
}

export function deleteDebt(db: Db, id: number): void {
  stmt(db, 'DELETE FROM debts WHERE id = ?').run(id);
}

export interface MovedDebts {
  /** Debts whose lender was the source. */
  asLender: number[];
  /** Debts whose collector was the source. */
  asCollector: number[];
  /** Of those, the debts whose collector became the same as their lender, so was cleared. */
  collectorCleared: number[];
}

/**
 * Points every debt of `sourceId` (as lender or as collector) at `targetId`. A debt the
 * target already lent and the source collected ends with no separate collector: after the
 * merge they are one and the same. Moved debts get a new rev, so a form still open on one
 * of them is told to reload rather than saving the old lender back.
 */
export function moveDebtsToLender(db: Db, sourceId: number, targetId: number, now: Date): MovedDebts {
  const ids = (sql: string) => (stmt(db, sql).all({ source: sourceId, target: targetId }) as { id: number }[]).map((r) => r.id);
  const asLender = ids('SELECT id FROM debts WHERE lender_id = @source ORDER BY id');
  const asCollector = ids('SELECT id FROM debts WHERE collector_id = @source ORDER BY id');
  stmt(db, 'UPDATE debts SET lender_id = @target WHERE lender_id = @source').run({ source: sourceId, target: targetId });
  const collectorCleared = ids('SELECT id FROM debts WHERE collector_id = @source AND lender_id = @target ORDER BY id');
  stmt(db, 'UPDATE debts SET collector_id = CASE WHEN lender_id = @target THEN NULL ELSE @target END WHERE collector_id = @source').run({
    source: sourceId,
    target: targetId,
  });
  const moved = [...new Set([...asLender, ...asCollector])];
  stmt(db, 'UPDATE debts SET rev = rev + 1, updated_at = ? WHERE id IN (SELECT value FROM json_each(?))').run(now.toISOString(), JSON.stringify(moved));
  return { asLender, asCollector, collectorCleared };
}
