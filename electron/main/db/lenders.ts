import { totalsByCurrency, type CurrencyTotals } from '../../../shared/domain/currency-totals';
import { z } from 'zod';
import type { LenderDetail, LenderSummary, LenderType } from '../../../shared/schemas/lenders';
import { lenderNameKeys, nameKey } from '../text/lender-names';
import type { Db } from './connection';
import { readJson } from './json';
import { stmt } from './statements';

// The shared lender directory: lenders and lender_names. Every name a lender is known by
// (its own name and each alias) also sits in lender_names with its pinyin keys, so the
// picker and the list search one small table; the writers here keep the two in step.
// Reading the directory (figures, list, picker) is in lender-directory.ts.

/** Everything a counsellor can edit on a lender. */
export interface LenderValues {
  name: string;
  aliases: string[];
  type: LenderType;
  address: string | null;
  phones: string[];
  email: string | null;
  complaintChannel: string | null;
  notes: string | null;
}

export interface LenderRow {
  id: number;
  name: string;
  name_pinyin: string;
  name_initials: string;
  aliases_json: string;
  type: LenderType;
  address: string | null;
  phones_json: string;
  email: string | null;
  complaint_channel: string | null;
  notes: string | null;
  is_demo: 0 | 1;
  rev: number;
  created_at: string;
  updated_at: string;
}

export interface LenderUsage {
  caseCount: number;
  debtCount: number;
  /** What its debts still owe, per currency (the cases' regions'). */
  outstanding: CurrencyTotals;
}

export const NO_USAGE: LenderUsage = { caseCount: 0, debtCount: 0, outstanding: [] };

export type LenderSummaryRow = Pick<LenderRow, 'id' | 'name' | 'aliases_json' | 'type' | 'phones_json' | 'is_demo'>;
export const LENDER_SUMMARY_COLUMNS = 'id, name, aliases_json, type, phones_json, is_demo';

export function toSummary(r: LenderSummaryRow, u: LenderUsage): LenderSummary {
  return {
    id: r.id,
    name: r.name,
    aliases: aliasesOf(r),
    type: r.type,
    phones: phonesOf(r),
    caseCount: u.caseCount,
    debtCount: u.debtCount,
    outstanding: u.outstanding,
    isDemo: r.is_demo === 1,
  };
}

/** The lender's page: its figures are summed from the cases it appears in, amounts within each case's currency. */
export function toDetail(r: LenderRow, cases: LenderDetail['cases']): LenderDetail {
  const usage: LenderUsage = {
    caseCount: cases.length,
    debtCount: cases.reduce((n, c) => n + c.debtCount, 0),
    outstanding: totalsByCurrency(cases.map((c) => ({ currency: c.currency, amountMinor: c.outstandingFen }))),
  };
  return {
    ...toSummary(r, usage),
    address: r.address,
    email: r.email,
    complaintChannel: r.complaint_channel,
    notes: r.notes,
    rev: r.rev,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    cases,
  };
}


const Names = z.array(z.string());

/** The row's aliases and phones, checked. */
export function aliasesOf(r: Pick<LenderRow, 'aliases_json'>): string[] {
  return readJson(Names, r.aliases_json, 'lenders.aliases_json');
}

export function phonesOf(r: Pick<LenderRow, 'phones_json'>): string[] {
  return readJson(Names, r.phones_json, 'lenders.phones_json');
}

export function getLenderRow(db: Db, id: number): LenderRow | undefined {
  return stmt(db, 'SELECT * FROM lenders WHERE id = ?').get(id) as LenderRow | undefined;
}

export function toValues(r: LenderRow): LenderValues {
  return {
    name: r.name,
    aliases: aliasesOf(r),
    type: r.type,
    address: r.address,
    phones: phonesOf(r),
    email: r.email,
    complaintChannel: r.complaint_channel,
    notes: r.notes,
  };
}

export function lenderExists(db: Db, id: number): boolean {
  return stmt(db, 'SELECT 1 FROM lenders WHERE id = ?').get(id) !== undefined;
}

/** A lender's name, or undefined when there is no such lender. */
export function lenderName(db: Db, id: number): string | undefined {
  return (stmt(db, 'SELECT name FROM lenders WHERE id = ?').get(id) as { name: string } | undefined)?.name;
}

/** Every name the lender goes by (its own and its aliases), as stored for the picker. */
export function lenderNames(db: Db, id: number): string[] {
  return (stmt(db, 'SELECT name FROM lender_names WHERE lender_id = ?').all(id) as { name: string }[]).map((r) => r.name);
}

export interface NameOwner {
  lenderId: number;
  lenderName: string;
  /** The name as that lender holds it (its name or one of its aliases). */
  name: string;
}

/**
 * Which other lender already goes by each of `names` (compared by nameKey). The directory
 * holds a few hundred lenders, so reading every name once is cheaper than an index would be.
 */
export function findNameOwners(db: Db, names: readonly string[], exceptId: number | null): Map<string, NameOwner> {
  const wanted = new Map(names.map((n) => [nameKey(n), n]));
  const found = new Map<string, NameOwner>();
  const rows = stmt(db, 'SELECT n.lender_id, n.name, l.name AS lender_name FROM lender_names n JOIN lenders l ON l.id = n.lender_id').all() as {
    lender_id: number;
    name: string;
    lender_name: string;
  }[];
  for (const r of rows) {
    if (r.lender_id === exceptId) continue;
    const given = wanted.get(nameKey(r.name));
    if (given !== undefined && !found.has(given)) found.set(given, { lenderId: r.lender_id, lenderName: r.lender_name, name: r.name });
  }
  return found;
}

/** Every name a lender goes by with its stored pinyin key: a spreadsheet import matches names by pinyin too. */
export function lenderNamesWithPinyin(db: Db): { lenderId: number; lenderName: string; name: string; pinyin: string }[] {
  return stmt(db, 'SELECT n.lender_id AS lenderId, l.name AS lenderName, n.name, n.pinyin FROM lender_names n JOIN lenders l ON l.id = n.lender_id ORDER BY n.lender_id').all() as {
    lenderId: number;
    lenderName: string;
    name: string;
    pinyin: string;
  }[];
}

function writeNames(db: Db, id: number, v: LenderValues): void {
  stmt(db, 'DELETE FROM lender_names WHERE lender_id = ?').run(id);
  const insert = stmt(db, 'INSERT INTO lender_names (lender_id, name, pinyin, initials) VALUES (?, ?, ?, ?)');
  for (const name of [v.name, ...v.aliases]) {
    const keys = lenderNameKeys(name, v.type);
    insert.run(id, name, keys.full, keys.initials);
  }
}

const COLUMNS = 'name, name_pinyin, name_initials, aliases_json, type, address, phones_json, email, complaint_channel, notes';
const columnValues = (v: LenderValues) => {
  const keys = lenderNameKeys(v.name, v.type);
  return [v.name, keys.full, keys.initials, JSON.stringify(v.aliases), v.type, v.address, JSON.stringify(v.phones), v.email, v.complaintChannel, v.notes];
};

export function insertLender(db: Db, v: LenderValues, now: Date): number {
  const at = now.toISOString();
  const info = stmt(db, `INSERT INTO lenders (${COLUMNS}, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(...columnValues(v), at, at);
  const id = Number(info.lastInsertRowid);
  writeNames(db, id, v);
  return id;
}

export function updateLender(db: Db, id: number, v: LenderValues, now: Date): void {
  stmt(
    db,
    `UPDATE lenders SET name = ?, name_pinyin = ?, name_initials = ?, aliases_json = ?, type = ?, address = ?, phones_json = ?, email = ?,
       complaint_channel = ?, notes = ?, rev = rev + 1, updated_at = ? WHERE id = ?`,
  ).run(...columnValues(v), now.toISOString(), id);
  writeNames(db, id, v);
}

/** Deletes the lender and its names. The caller checks that no debt refers to it. */
export function deleteLender(db: Db, id: number): void {
  stmt(db, 'DELETE FROM lender_names WHERE lender_id = ?').run(id);
  stmt(db, 'DELETE FROM lenders WHERE id = ?').run(id);
}

/**
 * Every (table, column) that points at a lender, read from the schema itself, so that the
 * contact log, offers, agreements, letters and whatever comes later are never forgotten.
 */
export function lenderReferences(db: Db): { table: string; column: string }[] {
  return stmt(
    db,
    `SELECT m.name AS "table", f."from" AS "column"
       FROM sqlite_schema m, pragma_foreign_key_list(m.name) f
      WHERE m.type = 'table' AND f."table" = 'lenders' AND m.name <> 'lender_names'
      ORDER BY m.name, f."from"`,
  ).all() as { table: string; column: string }[];
}

/** Whether any row (a debt as lender or collector, a contact, an offer, a letter, …) names this lender. */
export function lenderInUse(db: Db, id: number): boolean {
  return lenderReferences(db).some(
    ({ table, column }) => (stmt(db, `SELECT EXISTS (SELECT 1 FROM "${table}" WHERE "${column}" = ?) AS used`).get(id) as { used: 0 | 1 }).used === 1,
  );
}

/** Points the rows of every table other than debts (contacts, follow-ups, offers, …) at the merge target. */
export function moveOtherReferences(db: Db, sourceId: number, targetId: number): void {
  for (const { table, column } of lenderReferences(db)) {
    if (table === 'debts') continue;
    stmt(db, `UPDATE "${table}" SET "${column}" = ? WHERE "${column}" = ?`).run(targetId, sourceId);
  }
}

/** A real lender folded into a demo one makes it real: removing the demo must not take it. */
export function markReal(db: Db, id: number): void {
  stmt(db, 'UPDATE lenders SET is_demo = 0 WHERE id = ?').run(id);
}

/** The lender that goes by this exact name (its own or an alias), if any. */
export function lenderIdByName(db: Db, name: string): number | undefined {
  return (stmt(db, 'SELECT lender_id FROM lender_names WHERE name = ?').get(name) as { lender_id: number } | undefined)?.lender_id;
}

// Demo lenders are flagged, so removing the demo removes those no real debt uses.

export function markDemoLender(db: Db, id: number): void {
  stmt(db, 'UPDATE lenders SET is_demo = 1 WHERE id = ?').run(id);
}

export function demoLenderCount(db: Db): number {
  return (stmt(db, 'SELECT count(*) AS lenders FROM lenders WHERE is_demo = 1').get() as { lenders: number }).lenders;
}

export function demoLenderIds(db: Db): number[] {
  return (stmt(db, 'SELECT id FROM lenders WHERE is_demo = 1').all() as { id: number }[]).map((r) => r.id);
}

/** Demo lenders no debt names as lender or collector. */
export function unusedDemoLenderIds(db: Db): number[] {
  return (
    stmt(
      db,
      `SELECT id FROM lenders l WHERE is_demo = 1
         AND NOT EXISTS (SELECT 1 FROM debts d WHERE d.lender_id = l.id OR d.collector_id = l.id)`,
    ).all() as { id: number }[]
  ).map((r) => r.id);
}
