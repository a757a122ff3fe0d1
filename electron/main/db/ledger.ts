import { z } from 'zod';
import { applyLedger, totalOf, zero, type Components, type LedgerIntent, type LedgerKind } from '../../../shared/domain/ledger';
import type { LedgerEntryView, LedgerSummary } from '../../../shared/schemas/ledger';
import type { Db } from './connection';
import { readJson } from './json';
import { stmt } from './statements';

// The debt_ledger table (migration 010): a debt's dated entries, and its balance derived from
// them. Each row keeps what happened and, in its component columns, the effect the ledger's
// arithmetic (shared/domain/ledger.ts) gives it among the debt's entries; every write here
// ends with rebuild(debtId), which works those effects out again for the whole debt, so the
// balance as of a date is a plain sum over the covering index debt_ledger_balance.
//
// No entry is dated after the day it is recorded (the handlers refuse future dates), so the
// current balance is the sum of all of a debt's entries; balancesAsOf() takes a date.

export interface LedgerRow {
  id: number;
  debt_id: number;
  kind: LedgerKind;
  entry_date: string;
  amount_fen: number | null;
  stated_json: string | null;
  conditional: 0 | 1 | null;
  settles: 0 | 1;
  agreement_id: number | null;
  payment_id: number | null;
  revokes_id: number | null;
  principal_fen: number;
  interest_fen: number;
  penalty_fen: number;
  late_fees_fen: number;
  other_fen: number;
  total_fen: number;
  unapplied_fen: number;
  note: string | null;
  created_at: string;
}

const Stated = z.object({ principalFen: z.number().int(), interestFen: z.number().int(), penaltyFen: z.number().int(), lateFeesFen: z.number().int(), otherFen: z.number().int() }).strict();

const statedOf = (r: Pick<LedgerRow, 'stated_json'>): Components | null => (r.stated_json === null ? null : readJson(Stated, r.stated_json, 'debt_ledger.stated_json'));

const effectOf = (r: LedgerRow): Components => ({
  principalFen: r.principal_fen,
  interestFen: r.interest_fen,
  penaltyFen: r.penalty_fen,
  lateFeesFen: r.late_fees_fen,
  otherFen: r.other_fen,
});

const withTotal = (c: Components) => ({ ...c, totalFen: totalOf(c) });

/** An entry as the ledger view shows it, with the balance just after it. */
export function toEntry(r: LedgerRow, balance: Components): LedgerEntryView {
  return {
    id: r.id,
    kind: r.kind,
    entryDate: r.entry_date,
    amountFen: r.amount_fen,
    stated: statedOf(r),
    conditional: r.conditional === null ? null : r.conditional === 1,
    settles: r.settles === 1,
    agreementId: r.agreement_id,
    paymentId: r.payment_id,
    revokesId: r.revokes_id,
    direct: r.agreement_id === null && r.kind !== 'opening',
    effect: withTotal(effectOf(r)),
    unappliedFen: r.unapplied_fen,
    balance: withTotal(balance),
    note: r.note,
    createdAt: r.created_at,
  };
}

const ORDER = `(kind <> 'opening'), entry_date, id`;

/** A debt's entries in ledger order. */
export function ledgerRows(db: Db, debtId: number): LedgerRow[] {
  return stmt(db, `SELECT * FROM debt_ledger WHERE debt_id = ? ORDER BY ${ORDER}`).all(debtId) as LedgerRow[];
}

export function getLedgerRow(db: Db, id: number): LedgerRow | undefined {
  return stmt(db, 'SELECT * FROM debt_ledger WHERE id = ?').get(id) as LedgerRow | undefined;
}

/** Works out the effect of every entry of the debt again and writes those that changed. */
export function rebuild(db: Db, debtId: number): void {
  const rows = ledgerRows(db, debtId);
  const intents: LedgerIntent[] = rows.map((r) => ({ id: r.id, kind: r.kind, entryDate: r.entry_date, amountFen: r.amount_fen, stated: statedOf(r), revokesId: r.revokes_id }));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const update = stmt(
    db,
    `UPDATE debt_ledger SET principal_fen = ?, interest_fen = ?, penalty_fen = ?, late_fees_fen = ?, other_fen = ?, total_fen = ?, unapplied_fen = ? WHERE id = ?`,
  );
  for (const e of applyLedger(intents)) {
    const r = byId.get(e.id)!;
    const c = e.effect;
    const total = totalOf(c);
    const same =
      r.principal_fen === c.principalFen &&
      r.interest_fen === c.interestFen &&
      r.penalty_fen === c.penaltyFen &&
      r.late_fees_fen === c.lateFeesFen &&
      r.other_fen === c.otherFen &&
      r.unapplied_fen === e.unappliedFen;
    if (!same) update.run(c.principalFen, c.interestFen, c.penaltyFen, c.lateFeesFen, c.otherFen, total, e.unappliedFen, e.id);
  }
}

export interface NewEntry {
  debtId: number;
  kind: LedgerKind;
  entryDate: string;
  amountFen?: number | null;
  stated?: Components | null;
  conditional?: boolean | null;
  settles?: boolean;
  agreementId?: number | null;
  paymentId?: number | null;
  revokesId?: number | null;
  note?: string | null;
}

/** Adds an entry and rebuilds the debt's effects; returns the new entry's id. */
export function insertEntry(db: Db, v: NewEntry, now: Date): number {
  const id = writeEntry(db, v, now);
  rebuild(db, v.debtId);
  return id;
}

/**
 * Records entries in the order given, then works each touched debt out once: the same rows as
 * insertEntry one by one (a ledger's effects follow from its entries alone), without re-reading
 * a debt's ledger after every entry (bulk writes such as the fixtures' payment history).
 */
export function insertEntries(db: Db, entries: readonly NewEntry[], now: Date): void {
  const debts = new Set<number>();
  for (const v of entries) {
    writeEntry(db, v, now);
    debts.add(v.debtId);
  }
  for (const debtId of debts) rebuild(db, debtId);
}

function writeEntry(db: Db, v: NewEntry, now: Date): number {
  const info = stmt(
    db,
    `INSERT INTO debt_ledger (debt_id, kind, entry_date, amount_fen, stated_json, conditional, settles, agreement_id, payment_id, revokes_id, note, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    v.debtId,
    v.kind,
    v.entryDate,
    v.amountFen ?? null,
    v.stated ? JSON.stringify(pickStated(v.stated)) : null,
    v.conditional == null ? null : v.conditional ? 1 : 0,
    v.settles ? 1 : 0,
    v.agreementId ?? null,
    v.paymentId ?? null,
    v.revokesId ?? null,
    v.note ?? null,
    now.toISOString(),
  );
  return Number(info.lastInsertRowid);
}

function pickStated(c: Components): Components {
  return { principalFen: c.principalFen, interestFen: c.interestFen, penaltyFen: c.penaltyFen, lateFeesFen: c.lateFeesFen, otherFen: c.otherFen };
}

/** Removes entries (and, by the foreign key, any revocation of them) and rebuilds their debts. */
export function deleteEntries(db: Db, ids: readonly number[]): void {
  if (!ids.length) return;
  const debts = stmt(db, 'SELECT DISTINCT debt_id FROM debt_ledger WHERE id IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(ids)) as number[];
  stmt(db, 'DELETE FROM debt_ledger WHERE id IN (SELECT value FROM json_each(?))').run(JSON.stringify(ids));
  for (const d of debts) rebuild(db, d);
}

// ---- the opening entry ----

export function openingOf(db: Db, debtId: number): { id: number; entryDate: string; stated: Components } | undefined {
  const r = stmt(db, `SELECT id, entry_date, stated_json FROM debt_ledger WHERE debt_id = ? AND kind = 'opening' ORDER BY id LIMIT 1`).get(debtId) as
    | { id: number; entry_date: string; stated_json: string }
    | undefined;
  return r && { id: r.id, entryDate: r.entry_date, stated: statedOf(r)! };
}

/** Sets the debt's opening balance (creating the entry if the debt has none). */
export function setOpening(db: Db, debtId: number, entryDate: string, stated: Components, now: Date): void {
  const current = openingOf(db, debtId);
  if (!current) {
    insertEntry(db, { debtId, kind: 'opening', entryDate, stated }, now);
    return;
  }
  stmt(db, 'UPDATE debt_ledger SET entry_date = ?, stated_json = ? WHERE id = ?').run(entryDate, JSON.stringify(pickStated(stated)), current.id);
  rebuild(db, debtId);
}

/** How many entries the debt has beside its opening. */
export function movementCount(db: Db, debtId: number): number {
  return stmt(db, `SELECT count(*) FROM debt_ledger WHERE debt_id = ? AND kind <> 'opening'`).pluck().get(debtId) as number;
}

// ---- entries made by agreements ----

export function entryOfPayment(db: Db, paymentId: number): LedgerRow | undefined {
  return stmt(db, 'SELECT * FROM debt_ledger WHERE payment_id = ?').get(paymentId) as LedgerRow | undefined;
}

export function entriesOfAgreement(db: Db, agreementId: number): LedgerRow[] {
  return stmt(db, 'SELECT * FROM debt_ledger WHERE agreement_id = ? ORDER BY id').all(agreementId) as LedgerRow[];
}

// ---- balances ----

/**
 * Per debt: the balance by component and in total, and what the entries say beside it.
 * `e` is debt_ledger; the caller adds the WHERE and GROUP BY e.debt_id. Exported for the
 * debts repository, which joins it to every debt it reads.
 */
export const LEDGER_SUMS = `SELECT e.debt_id,
    sum(e.principal_fen) AS principal_fen, sum(e.interest_fen) AS interest_fen, sum(e.penalty_fen) AS penalty_fen,
    sum(e.late_fees_fen) AS late_fees_fen, sum(e.other_fen) AS other_fen, sum(e.total_fen) AS total_fen,
    -sum(CASE WHEN e.kind = 'payment' THEN e.total_fen ELSE 0 END) AS paid_fen,
    -sum(CASE WHEN e.kind IN ('waiver', 'waiver_revoked') THEN e.total_fen ELSE 0 END) AS saved_fen,
    -sum(CASE WHEN e.kind = 'write_off' THEN e.total_fen ELSE 0 END) AS written_off_fen,
    sum(e.unapplied_fen) AS unapplied_fen,
    sum(e.kind <> 'opening') AS movements
  FROM debt_ledger e`;

/** The columns LEDGER_SUMS gives (all null for a debt without entries). */
export interface LedgerSumsRow {
  principal_fen: number;
  interest_fen: number;
  penalty_fen: number;
  late_fees_fen: number;
  other_fen: number;
  total_fen: number;
  paid_fen: number | null;
  saved_fen: number | null;
  written_off_fen: number | null;
  unapplied_fen: number | null;
  movements: number | null;
}

export function summaryOf(r: LedgerSumsRow): LedgerSummary {
  const writtenOffFen = r.written_off_fen ?? 0;
  const closed = r.total_fen === 0 && (r.movements ?? 0) > 0;
  return {
    status: closed ? (writtenOffFen > 0 ? 'written_off' : 'settled') : 'open',
    paidFen: r.paid_fen ?? 0,
    savedFen: r.saved_fen ?? 0,
    writtenOffFen,
    unappliedFen: r.unapplied_fen ?? 0,
  };
}

export interface DebtBalance {
  debtId: number;
  balance: Components & { totalFen: number };
  summary: LedgerSummary;
}

function toBalance(r: LedgerSumsRow & { debt_id: number }): DebtBalance {
  return {
    debtId: r.debt_id,
    balance: withTotal({ principalFen: r.principal_fen, interestFen: r.interest_fen, penaltyFen: r.penalty_fen, lateFeesFen: r.late_fees_fen, otherFen: r.other_fen }),
    summary: summaryOf(r),
  };
}

/** The balances of some debts as of a date (entries dated that day count; the opening always does). */
export function balancesAsOf(db: Db, debtIds: readonly number[], asOf: string): Map<number, DebtBalance> {
  const rows = stmt(
    db,
    `${LEDGER_SUMS} WHERE e.debt_id IN (SELECT value FROM json_each(?)) AND (e.entry_date <= ? OR e.kind = 'opening') GROUP BY e.debt_id`,
  ).all(JSON.stringify(debtIds), asOf) as (LedgerSumsRow & { debt_id: number })[];
  const out = new Map(rows.map((r) => [r.debt_id, toBalance(r)]));
  for (const id of debtIds) if (!out.has(id)) out.set(id, { debtId: id, balance: withTotal(zero()), summary: summaryOf({ ...ZERO_SUMS }) });
  return out;
}

const ZERO_SUMS: LedgerSumsRow = {
  principal_fen: 0,
  interest_fen: 0,
  penalty_fen: 0,
  late_fees_fen: 0,
  other_fen: 0,
  total_fen: 0,
  paid_fen: 0,
  saved_fen: 0,
  written_off_fen: 0,
  unapplied_fen: 0,
  movements: 0,
};

/** A client's debts' balances as of a date, every debt of the client included. */
export function clientBalancesAsOf(db: Db, clientId: number, asOf: string): Map<number, DebtBalance> {
  const ids = stmt(db, 'SELECT id FROM debts WHERE client_id = ?').pluck().all(clientId) as number[];
  return balancesAsOf(db, ids, asOf);
}

/** Current balance of every debt in total, for aggregate queries: `LEFT JOIN (OWED_BY_DEBT) b ON b.debt_id = d.id`. */
export const OWED_BY_DEBT = `SELECT debt_id, sum(total_fen) AS owed FROM debt_ledger GROUP BY debt_id`;

/** Current balance of one debt in total, as an SQL expression over the debt's id column. */
export const owedOf = (debtId: string): string => `(SELECT coalesce(sum(e.total_fen), 0) FROM debt_ledger e WHERE e.debt_id = ${debtId})`;

/** Debts with no entry at all (a case file from before the ledger): they get an opening from their stored amounts. */
export function debtsWithoutLedger(db: Db, debtIds: readonly number[]): number[] {
  return stmt(db, 'SELECT value FROM json_each(?) WHERE NOT EXISTS (SELECT 1 FROM debt_ledger e WHERE e.debt_id = value)')
    .pluck()
    .all(JSON.stringify(debtIds)) as number[];
}

/**
 * Per debt of a client: the net effect on the balance of the entries an agreement recorded
 * after `since` (its waiver, payments, settlement, revocations) – the plan being carried out,
 * which re-planning (replan/) adds back before comparing balances.
 */
export function agreementMovementsSince(db: Db, clientId: number, since: string): Map<number, number> {
  const rows = stmt(
    db,
    `SELECT e.debt_id, sum(e.total_fen) AS fen FROM debt_ledger e JOIN debts d ON d.id = e.debt_id
      WHERE d.client_id = ? AND e.agreement_id IS NOT NULL AND e.created_at > ? GROUP BY e.debt_id`,
  ).all(clientId, since) as { debt_id: number; fen: number }[];
  return new Map(rows.map((r) => [r.debt_id, r.fen]));
}
