import { pinyin } from 'pinyin-pro';
import type { ParsedInput } from '../../../shared/contract';
import type { LenderDetail, LenderSummary, LENDER_TYPES } from '../../../shared/schemas/lenders';
import { pinyinKeys, type PinyinKeys } from '../text/pinyin';
import type { Db } from './connection';
import { stmt } from './statements';

// Queries over the shared lender directory. Every name a lender is known by (its own
// name and each alias) also sits in lender_names with its pinyin keys, so the picker and
// the list search one small table; the writers here keep the two in step.

export type LenderType = (typeof LENDER_TYPES)[number];

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
  outstandingFen: number;
}

const NO_USAGE: LenderUsage = { caseCount: 0, debtCount: 0, outstandingFen: 0 };

/**
 * The form of a name used to decide whether two names are the same lender: width-folded
 * (ＡＢＣ, （ ）), case-folded and without spaces, so '招商银行 ' and 'ABC bank' / 'abcBank' clash.
 */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/**
 * Pinyin keys for a lender's name. Institutions are read as words (银行 yinhang, 重庆
 * chongqing), so 招商银行 keys as zhaoshangyinhang / zsyh; a private lender is usually a
 * person, whose first character is read as a surname (曾 zeng, 单 shan), as for clients.
 * In a bank's names 行 is always hang, also where no word tells the dictionary so (招行, 工行).
 */
export function lenderNameKeys(name: string, type: LenderType): PinyinKeys {
  if (type === 'private') return pinyinKeys(name);
  if (type === 'bank') name = name.replace(/行/g, '航');
  const options = { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true } as const;
  const clean = (parts: string[]) =>
    parts
      .join('')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
  return { full: clean(pinyin(name, options)), initials: clean(pinyin(name, { ...options, pattern: 'first' })) };
}

export function getLenderRow(db: Db, id: number): LenderRow | undefined {
  return stmt(db, 'SELECT * FROM lenders WHERE id = ?').get(id) as LenderRow | undefined;
}

export function toValues(r: LenderRow): LenderValues {
  return {
    name: r.name,
    aliases: JSON.parse(r.aliases_json) as string[],
    type: r.type,
    address: r.address,
    phones: JSON.parse(r.phones_json) as string[],
    email: r.email,
    complaintChannel: r.complaint_channel,
    notes: r.notes,
  };
}

/** Aliases without repeats (by nameKey) and without the name itself, in the order given. */
export function cleanAliases(name: string, aliases: readonly string[]): string[] {
  const seen = new Set([nameKey(name)]);
  const out: string[] = [];
  for (const alias of aliases) {
    const key = nameKey(alias);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(alias);
  }
  return out;
}

/** Phone numbers without repeats (compared by their digits). */
export function cleanPhones(phones: readonly string[]): string[] {
  const seen = new Set<string>();
  return phones.filter((p) => {
    const digits = p.replace(/\D/g, '');
    if (seen.has(digits)) return false;
    seen.add(digits);
    return true;
  });
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
export function moveDebts(db: Db, sourceId: number, targetId: number, now: Date): MovedDebts {
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

// --- Reading: usage figures, detail, list, suggestions ---

// What a debt still owes, from its parts: outstanding_fen is a generated column, and SQLite
// only reads a query from an index alone (no table lookups) when it names stored columns.
// With indexes on (lender_id, client_id, <parts>) and (collector_id, lender_id, client_id,
// <parts>) these figures come from the indexes; without them they still come out right.
const OWED = '(principal_fen + interest_fen + penalty_fen + late_fees_fen + other_fen)';

/**
 * Per lender: the cases and debts it appears in, as lender or as collector (a debt it both
 * lent and collects counts once), and what those debts still owe in total.
 */
const USAGE_ONE_SQL = `SELECT count(DISTINCT client_id) AS caseCount, count(*) AS debtCount, coalesce(sum(owed), 0) AS outstandingFen FROM (
    SELECT client_id, ${OWED} AS owed FROM debts WHERE lender_id = @id
    UNION ALL
    SELECT client_id, ${OWED} FROM debts WHERE collector_id = @id AND lender_id <> @id
  )`;

/** The same figures for every lender that has debts, in one pass. */
const USAGE_ALL_SQL = `SELECT lid AS id, count(DISTINCT client_id) AS caseCount, count(*) AS debtCount, sum(owed) AS outstandingFen FROM (
    SELECT lender_id AS lid, client_id, ${OWED} AS owed FROM debts
    UNION ALL
    SELECT collector_id, client_id, ${OWED} FROM debts WHERE collector_id IS NOT NULL AND collector_id <> lender_id
  ) GROUP BY lid`;

export function lenderUsage(db: Db, id: number): LenderUsage {
  return stmt(db, USAGE_ONE_SQL).get({ id }) as LenderUsage;
}

function usageOf(db: Db, ids: readonly number[]): Map<number, LenderUsage> {
  return new Map(ids.map((id) => [id, lenderUsage(db, id)]));
}

// The figures of every lender, kept until the connection next writes anything: sorting the
// directory by them reads every debt, and paging through a sorted list should not repeat that.
// One connection does all the writing, so its change counter sees every change.
const usageCache = new WeakMap<Db, { changes: number; usage: Map<number, LenderUsage> }>();

const changeCount = (db: Db) => (stmt(db, 'SELECT total_changes() AS changes').get() as { changes: number }).changes;

/** The figures of every lender if they are known and nothing has changed since. */
function cachedUsage(db: Db): Map<number, LenderUsage> | null {
  const cached = usageCache.get(db);
  return cached && cached.changes === changeCount(db) ? cached.usage : null;
}

function allUsage(db: Db): Map<number, LenderUsage> {
  const cached = cachedUsage(db);
  if (cached) return cached;
  const changes = changeCount(db);
  const rows = stmt(db, USAGE_ALL_SQL).all() as (LenderUsage & { id: number })[];
  const usage = new Map(rows.map(({ id, ...u }) => [id, u]));
  usageCache.set(db, { changes, usage });
  return usage;
}

type SummaryRow = Pick<LenderRow, 'id' | 'name' | 'aliases_json' | 'type' | 'phones_json' | 'is_demo'>;
const SUMMARY_COLUMNS = 'id, name, aliases_json, type, phones_json, is_demo';

function toSummary(r: SummaryRow, u: LenderUsage): LenderSummary {
  return {
    id: r.id,
    name: r.name,
    aliases: JSON.parse(r.aliases_json) as string[],
    type: r.type,
    phones: JSON.parse(r.phones_json) as string[],
    caseCount: u.caseCount,
    debtCount: u.debtCount,
    outstandingFen: u.outstandingFen,
    isDemo: r.is_demo === 1,
  };
}

export function toDetail(db: Db, r: LenderRow): LenderDetail {
  const cases = stmt(
    db,
    `SELECT c.id AS clientId, c.name AS clientName, c.case_ref AS caseRef, count(*) AS debtCount, sum(d.owed) AS outstandingFen
     FROM (
       SELECT client_id, ${OWED} AS owed FROM debts WHERE lender_id = @id
       UNION ALL
       SELECT client_id, ${OWED} FROM debts WHERE collector_id = @id AND lender_id <> @id
     ) d JOIN clients c ON c.id = d.client_id
     GROUP BY c.id ORDER BY c.name_pinyin, c.id`,
  ).all({ id: r.id }) as LenderDetail['cases'];
  const usage: LenderUsage = {
    caseCount: cases.length,
    debtCount: cases.reduce((n, c) => n + c.debtCount, 0),
    outstandingFen: cases.reduce((n, c) => n + c.outstandingFen, 0),
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
export function listLenders(db: Db, input: ParsedInput<'lenders.list'>): { items: LenderSummary[]; total: number } {
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
    const rows = stmt(db, `SELECT ${SUMMARY_COLUMNS} FROM lenders ${whereSql} ORDER BY name_pinyin ${direction}, name ${direction}, id ${direction} LIMIT ? OFFSET ?`).all(
      ...params,
      input.pageSize,
      offset,
    ) as SummaryRow[];
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
  const rows = stmt(db, `SELECT ${SUMMARY_COLUMNS}, name_pinyin FROM lenders ${whereSql}`).all(...params) as (SummaryRow & { name_pinyin: string })[];
  const usage = ids && ids.length <= 50 ? usageOf(db, ids) : allUsage(db);
  const figure = (id: number) => {
    const u = usage.get(id) ?? NO_USAGE;
    return input.sort === 'caseCount' ? u.caseCount : u.outstandingFen;
  };
  const sign = input.order === 'asc' ? 1 : -1;
  rows.sort((a, b) => sign * (figure(a.id) - figure(b.id)) || (a.name_pinyin < b.name_pinyin ? -1 : a.name_pinyin > b.name_pinyin ? 1 : a.id - b.id));
  return {
    items: rows.slice(offset, offset + input.pageSize).map((r) => toSummary(r, usage.get(r.id) ?? NO_USAGE)),
    total: rows.length,
  };
}
