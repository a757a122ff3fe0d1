import { compareTotals, totalsOfRegions } from '../../../shared/domain/currency-totals';
import type { Currency } from '../../../shared/domain/money';
import { currencyOf, type Region } from '../../../shared/domain/region';
import type { LenderDetail, LenderListInput, LenderSummary, LenderType } from '../../../shared/schemas/lenders';
import { nameKey } from '../text/lender-names';
import type { Db } from './connection';
import { OWED_BY_DEBT, owedOf } from './ledger';
import { LENDER_SUMMARY_COLUMNS, NO_USAGE, toDetail, toSummary, type LenderRow, type LenderSummaryRow, type LenderUsage } from './lenders';
import { stmt } from './statements';

// Reading the lender directory: each lender's figures (cases, debts, what they still owe),
// the lender's page, one page of the list, and the picker's suggestions.

// What a debt still owes: its ledger's current balance (db/ledger.ts), one debt at a time
// through debt_ledger_balance, or for every debt in one grouped pass.
const OWED = owedOf('debts.id');

/**
 * Per lender and region (a region is a currency): the cases and debts it appears in, as lender
 * or as collector (a debt it both lent and collects counts once), and what those debts still owe.
 * A client has one region, so cases and debts add up over the rows; amounts never do.
 */
export const USAGE_ONE_SQL = `SELECT region, count(DISTINCT client_id) AS caseCount, count(*) AS debtCount, coalesce(sum(owed), 0) AS fen FROM (
    SELECT debts.client_id, c.region, ${OWED} AS owed FROM debts JOIN clients c ON c.id = debts.client_id WHERE debts.lender_id = @id
    UNION ALL
    SELECT debts.client_id, c.region, ${OWED} FROM debts JOIN clients c ON c.id = debts.client_id WHERE debts.collector_id = @id AND debts.lender_id <> @id
  ) GROUP BY region`;

/** The same figures for every lender that has debts, in one pass. */
export const USAGE_ALL_SQL = `WITH owed AS (SELECT d.lender_id, d.collector_id, d.client_id, c.region, coalesce(b.owed, 0) AS owed
      FROM debts d JOIN clients c ON c.id = d.client_id LEFT JOIN (${OWED_BY_DEBT}) b ON b.debt_id = d.id)
  SELECT lid AS id, region, count(DISTINCT client_id) AS caseCount, count(*) AS debtCount, sum(owed) AS fen FROM (
    SELECT lender_id AS lid, client_id, region, owed FROM owed
    UNION ALL
    SELECT collector_id, client_id, region, owed FROM owed WHERE collector_id IS NOT NULL AND collector_id <> lender_id
  ) GROUP BY lid, region`;

type UsageRow = { region: Region; caseCount: number; debtCount: number; fen: number };

/** A lender's rows (one per region) as its figures. */
function usageFrom(rows: readonly UsageRow[]): LenderUsage {
  if (rows.length === 0) return NO_USAGE;
  return { caseCount: rows.reduce((n, r) => n + r.caseCount, 0), debtCount: rows.reduce((n, r) => n + r.debtCount, 0), outstanding: totalsOfRegions(rows) };
}

export function lenderUsage(db: Db, id: number): LenderUsage {
  return usageFrom(stmt(db, USAGE_ONE_SQL).all({ id }) as UsageRow[]);
}

function usageOf(db: Db, ids: readonly number[]): Map<number, LenderUsage> {
  return new Map(ids.map((id) => [id, lenderUsage(db, id)]));
}

// The figures of every lender, kept until the database next changes: sorting the directory by
// them reads every debt, and paging through a sorted list should not repeat that. This
// connection's change counter sees its own writes; data_version moves when another connection
// (a job worker's: an import, a purge) committed.
const usageCache = new WeakMap<Db, { changes: string; usage: Map<number, LenderUsage> }>();

const changeCount = (db: Db) => (stmt(db, `SELECT total_changes() || '/' || (SELECT data_version FROM pragma_data_version) AS changes`).get() as { changes: string }).changes;

/** The figures of every lender if they are known and nothing has changed since. */
function cachedUsage(db: Db): Map<number, LenderUsage> | null {
  const cached = usageCache.get(db);
  return cached && cached.changes === changeCount(db) ? cached.usage : null;
}

function allUsage(db: Db): Map<number, LenderUsage> {
  const cached = cachedUsage(db);
  if (cached) return cached;
  const changes = changeCount(db);
  const rows = stmt(db, USAGE_ALL_SQL).all() as (UsageRow & { id: number })[];
  const byLender = new Map<number, UsageRow[]>();
  for (const r of rows) byLender.set(r.id, [...(byLender.get(r.id) ?? []), r]);
  const usage = new Map([...byLender].map(([id, list]) => [id, usageFrom(list)]));
  usageCache.set(db, { changes, usage });
  return usage;
}

/** The lender's page, with the cases it appears in (as lender or as collector), each case's amount in its currency. */
export function lenderDetail(db: Db, r: LenderRow): LenderDetail {
  const rows = stmt(
    db,
    `SELECT c.id AS clientId, c.name AS clientName, c.case_ref AS caseRef, c.region AS region, count(*) AS debtCount, sum(d.owed) AS outstandingFen
     FROM (
       SELECT client_id, ${OWED} AS owed FROM debts WHERE lender_id = @id
       UNION ALL
       SELECT client_id, ${OWED} FROM debts WHERE collector_id = @id AND lender_id <> @id
     ) d JOIN clients c ON c.id = d.client_id
     GROUP BY c.id ORDER BY c.name_pinyin, c.id`,
  ).all({ id: r.id }) as (Omit<LenderDetail['cases'][number], 'currency'> & { region: Region })[];
  return toDetail(
    r,
    rows.map(({ region, ...c }) => ({ ...c, currency: currencyOf(region) })),
  );
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** What was typed, as pinyin keys are stored: lower-case a–z and digits, or '' if it is not that. */
function latinQuery(q: string): string {
  const latin = q.toLowerCase().replace(/[\s'’-]+/g, '');
  return /^[a-z0-9]+$/.test(latin) ? latin : '';
}

interface NameMatch {
  lender_id: number;
  name: string;
  pinyin: string;
  initials: string;
  lender_name: string;
  lender_pinyin: string;
  type: LenderType;
}

/**
 * Every (lender, name) pair whose name contains the query, or whose pinyin or initials
 * start with it. GLOB keeps to the binary indexes on pinyin and initials.
 */
function matchNames(db: Db, q: string, type: LenderType | null): NameMatch[] {
  const latin = latinQuery(q);
  const compact = q.replace(/\s+/g, '');
  return stmt(
    db,
    `SELECT n.lender_id, n.name, n.pinyin, n.initials, l.name AS lender_name, l.name_pinyin AS lender_pinyin, l.type
     FROM lender_names n JOIN lenders l ON l.id = n.lender_id
     WHERE (@type IS NULL OR l.type = @type)
       AND (n.name LIKE @contains ESCAPE '\\' OR replace(n.name, ' ', '') LIKE @compact ESCAPE '\\'
            OR (@latin <> '' AND (n.pinyin GLOB @latin || '*' OR n.initials GLOB @latin || '*')))`,
  ).all({ contains: `%${escapeLike(q)}%`, compact: `%${escapeLike(compact)}%`, latin, type }) as NameMatch[];
}

/** Lower is better: exact name, name prefix, exact pinyin/initials, pinyin/initials prefix, name contains. */
function matchRank(m: NameMatch, q: string): number {
  const key = nameKey(q);
  const name = nameKey(m.name);
  const latin = latinQuery(q);
  if (name === key) return 0;
  if (name.startsWith(key)) return 1;
  if (latin && (m.initials === latin || m.pinyin === latin)) return 2;
  if (latin && (m.initials.startsWith(latin) || m.pinyin.startsWith(latin))) return 3;
  return 4;
}

export interface Suggestion {
  id: number;
  name: string;
  type: LenderType;
  matchedAlias: string | null;
}

/** Lenders for the picker: the best match first, each lender once, by its best-matching name. */
export function suggestLenders(db: Db, query: string, limit: number): Suggestion[] {
  const q = query.normalize('NFC').trim();
  if (!q) {
    const rows = stmt(db, 'SELECT id, name, type FROM lenders ORDER BY name_pinyin, name, id LIMIT ?').all(limit) as Omit<Suggestion, 'matchedAlias'>[];
    return rows.map((r) => ({ ...r, matchedAlias: null }));
  }
  const best = new Map<number, { m: NameMatch; rank: number }>();
  for (const m of matchNames(db, q, null)) {
    // At equal rank the lender's own name beats an alias.
    const rank = matchRank(m, q) * 2 + (m.name === m.lender_name ? 0 : 1);
    const seen = best.get(m.lender_id);
    if (!seen || rank < seen.rank) best.set(m.lender_id, { m, rank });
  }
  return [...best.values()]
    .sort((a, b) => a.rank - b.rank || (a.m.lender_pinyin < b.m.lender_pinyin ? -1 : a.m.lender_pinyin > b.m.lender_pinyin ? 1 : a.m.lender_id - b.m.lender_id))
    .slice(0, limit)
    .map(({ m }) => ({ id: m.lender_id, name: m.lender_name, type: m.type, matchedAlias: m.name === m.lender_name ? null : m.name }));
}

/**
 * One page of the directory. Searching matches any name the lender goes by (anywhere in
 * it, or by pinyin and initials from the start) and its phone numbers by digits.
 * Sorting by name needs the figures of one page only; sorting by them reads all debts once.
 */
export function listLenders(db: Db, input: LenderListInput, currencyOrder: readonly Currency[]): { items: LenderSummary[]; total: number } {
  const q = (input.q ?? '').normalize('NFC').trim();
  const type = input.type ?? null;
  let ids: number[] | null = null;
  if (q) {
    const found = new Set(matchNames(db, q, type).map((m) => m.lender_id));
    const digits = q.replace(/[\s\-()+]/g, '');
    if (/^\d{3,}$/.test(digits)) {
      const byPhone = stmt(
        db,
        `SELECT id FROM lenders WHERE (@type IS NULL OR type = @type)
           AND EXISTS (SELECT 1 FROM json_each(phones_json) p WHERE replace(replace(replace(replace(p.value, ' ', ''), '-', ''), '(', ''), ')', '') LIKE @digits)`,
      ).all({ digits: `%${digits}%`, type }) as { id: number }[];
      for (const r of byPhone) found.add(r.id);
    }
    ids = [...found];
  }

  const where: string[] = [];
  const params: (string | number)[] = [];
  if (type) {
    where.push('type = ?');
    params.push(type);
  }
  if (ids) {
    where.push('id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(ids));
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const direction = input.order === 'asc' ? 'ASC' : 'DESC';
  const offset = (input.page - 1) * input.pageSize;

  if (input.sort === 'name') {
    const rows = stmt(db, `SELECT ${LENDER_SUMMARY_COLUMNS} FROM lenders ${whereSql} ORDER BY name_pinyin ${direction}, name ${direction}, id ${direction} LIMIT ? OFFSET ?`).all(
      ...params,
      input.pageSize,
      offset,
    ) as LenderSummaryRow[];
    const { total } = stmt(db, `SELECT count(*) AS total FROM lenders ${whereSql}`).get(...params) as { total: number };
    const usage =
      cachedUsage(db) ??
      usageOf(
        db,
        rows.map((r) => r.id),
      );
    return { items: rows.map((r) => toSummary(r, usage.get(r.id) ?? NO_USAGE)), total };
  }

  // Sorting by a figure: every matching lender's figures, then sort and cut the page here.
  const rows = stmt(db, `SELECT ${LENDER_SUMMARY_COLUMNS}, name_pinyin FROM lenders ${whereSql}`).all(...params) as (LenderSummaryRow & { name_pinyin: string })[];
  const usage = ids && ids.length <= 50 ? usageOf(db, ids) : allUsage(db);
  const of = (id: number) => usage.get(id) ?? NO_USAGE;
  // By amount: the amount in the installation's currency decides, then each other currency in
  // turn (a lender of Taiwan cases only sorts among those by its NT$): currencies are never added.
  const compare = (a: number, b: number) =>
    input.sort === 'caseCount' ? of(a).caseCount - of(b).caseCount : compareTotals(of(a).outstanding, of(b).outstanding, currencyOrder);
  const sign = input.order === 'asc' ? 1 : -1;
  rows.sort((a, b) => sign * compare(a.id, b.id) || (a.name_pinyin < b.name_pinyin ? -1 : a.name_pinyin > b.name_pinyin ? 1 : a.id - b.id));
  return {
    items: rows.slice(offset, offset + input.pageSize).map((r) => toSummary(r, usage.get(r.id) ?? NO_USAGE)),
    total: rows.length,
  };
}
