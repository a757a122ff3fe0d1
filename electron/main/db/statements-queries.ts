import type { Frequency } from '../../../shared/domain/money';
import type { StatementDetail, StatementSummary, StatementTotals } from '../../../shared/schemas/statements';
import type { BudgetCategory, LineKind } from '../../../shared/domain/budget-categories';
import type { Db } from './connection';
import { stmt } from './statements';

// Dated financial statements and their lines. A statement's monthly totals are stored
// with it (so lists and history need no recomputation); the client's disposable income
// is a copy of the latest statement's, refreshed whenever a statement changes.

export interface StatementRow {
  id: number;
  client_id: number;
  statement_date: string;
  notes: string | null;
  income_monthly_fen: number;
  fixed_monthly_fen: number;
  variable_monthly_fen: number;
  disposable_monthly_fen: number;
  assets_fen: number;
  rev: number;
  created_at: string;
  updated_at: string;
}

export interface StatementLineRow {
  id: number;
  statement_id: number;
  position: number;
  kind: LineKind;
  category: BudgetCategory;
  label: string | null;
  amount_fen: number;
  frequency: Frequency;
  monthly_fen: number;
  note: string | null;
}

/** A line as it is written: position comes from its order. */
export interface StoredLine {
  kind: LineKind;
  category: BudgetCategory;
  label: string | null;
  amountFen: number;
  frequency: Frequency;
  monthlyFen: number;
  note: string | null;
}

export interface StatementValues {
  statementDate: string;
  notes: string | null;
  totals: StatementTotals;
}

export function toTotals(r: StatementRow): StatementTotals {
  return {
    incomeMonthlyFen: r.income_monthly_fen,
    fixedMonthlyFen: r.fixed_monthly_fen,
    variableMonthlyFen: r.variable_monthly_fen,
    expenseMonthlyFen: r.fixed_monthly_fen + r.variable_monthly_fen,
    disposableMonthlyFen: r.disposable_monthly_fen,
    assetsFen: r.assets_fen,
  };
}

export function toSummary(r: StatementRow): StatementSummary {
  return { id: r.id, clientId: r.client_id, statementDate: r.statement_date, totals: toTotals(r), createdAt: r.created_at, updatedAt: r.updated_at };
}

/** A line as stored; the expense group and the range mark are added by who reads it (they follow the settings). */
export function toLine(l: StatementLineRow): Omit<StatementDetail['lines'][number], 'group' | 'outOfRange'> {
  return { id: l.id, kind: l.kind, category: l.category, label: l.label, amountFen: l.amount_fen, frequency: l.frequency, monthlyFen: l.monthly_fen, note: l.note };
}

/** Newest first: by statement date, then by id (the later entry wins on the same day). */
const NEWEST_FIRST = 'ORDER BY statement_date DESC, id DESC';

export function getStatementRow(db: Db, id: number): StatementRow | undefined {
  return stmt(db, 'SELECT * FROM statements WHERE id = ?').get(id) as StatementRow | undefined;
}

export function latestStatementRow(db: Db, clientId: number): StatementRow | undefined {
  return stmt(db, `SELECT * FROM statements WHERE client_id = ? ${NEWEST_FIRST} LIMIT 1`).get(clientId) as StatementRow | undefined;
}

export function clientHasStatement(db: Db, clientId: number): boolean {
  return stmt(db, 'SELECT 1 FROM statements WHERE client_id = ? LIMIT 1').get(clientId) !== undefined;
}

export function listStatementRows(db: Db, clientId: number): StatementRow[] {
  return stmt(db, `SELECT * FROM statements WHERE client_id = ? ${NEWEST_FIRST}`).all(clientId) as StatementRow[];
}

export function listLineRows(db: Db, statementId: number): StatementLineRow[] {
  return stmt(db, 'SELECT * FROM statement_lines WHERE statement_id = ? ORDER BY position, id').all(statementId) as StatementLineRow[];
}

const totalsParams = (t: StatementTotals) => [t.incomeMonthlyFen, t.fixedMonthlyFen, t.variableMonthlyFen, t.disposableMonthlyFen, t.assetsFen];

export function insertStatement(db: Db, clientId: number, v: StatementValues, now: Date): number {
  const at = now.toISOString();
  const info = stmt(
    db,
    `INSERT INTO statements (client_id, statement_date, notes, income_monthly_fen, fixed_monthly_fen, variable_monthly_fen,
       disposable_monthly_fen, assets_fen, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(clientId, v.statementDate, v.notes, ...totalsParams(v.totals), at, at);
  return Number(info.lastInsertRowid);
}

export function updateStatement(db: Db, id: number, v: StatementValues, now: Date): void {
  stmt(
    db,
    `UPDATE statements SET statement_date = ?, notes = ?, income_monthly_fen = ?, fixed_monthly_fen = ?, variable_monthly_fen = ?,
       disposable_monthly_fen = ?, assets_fen = ?, rev = rev + 1, updated_at = ?
     WHERE id = ?`,
  ).run(v.statementDate, v.notes, ...totalsParams(v.totals), now.toISOString(), id);
}

/** Replaces all of a statement's lines, numbering them in the given order. */
export function replaceLines(db: Db, statementId: number, lines: readonly StoredLine[]): void {
  stmt(db, 'DELETE FROM statement_lines WHERE statement_id = ?').run(statementId);
  const insert = stmt(
    db,
    `INSERT INTO statement_lines (statement_id, position, kind, category, label, amount_fen, frequency, monthly_fen, note)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  lines.forEach((l, position) => insert.run(statementId, position, l.kind, l.category, l.label, l.amountFen, l.frequency, l.monthlyFen, l.note));
}

/**
 * Copies the latest statement's disposable income onto the client (null when it has none),
 * for the dashboard and the lists. Not a change of the client's own data: its rev stays.
 */
export function refreshClientDisposable(db: Db, clientId: number): void {
  stmt(
    db,
    `UPDATE clients SET disposable_fen =
       (SELECT disposable_monthly_fen FROM statements WHERE client_id = ? ${NEWEST_FIRST} LIMIT 1)
     WHERE id = ?`,
  ).run(clientId, clientId);
}
