import type { ClientDetail, ClientListInput, ClientStatus, ClientSummary } from '../../../shared/schemas/clients';
import { maskPersonalId, type IdType } from '../../../shared/domain/personal-id';
import { currencyOf, type Region } from '../../../shared/domain/region';
import type { Currency } from '../../../shared/domain/money';
import { pinyinKeys } from '../text/pinyin';
import type { Db } from './connection';
import { stmt } from './statements';
import { demoCaseRef } from '../../../shared/domain/demo';

/** The editable fields, in the shape handlers work with, and the column each is stored in. */
const VALUE_COLUMNS = {
  name: 'name',
  gender: 'gender',
  phone: 'phone',
  idNumber: 'id_number',
  idType: 'id_type',
  region: 'region',
  email: 'email',
  address: 'address',
  status: 'status',
  notes: 'notes',
  householdAdults: 'household_adults',
  householdDependants: 'household_dependants',
  employmentStatus: 'employment_status',
  employer: 'employer',
  occupation: 'occupation',
  hardshipReason: 'hardship_reason',
  hardshipSince: 'hardship_since',
  hardshipDetails: 'hardship_details',
  consentDate: 'consent_date',
  consentScope: 'consent_scope',
  consentRecordedBy: 'consent_recorded_by',
  closureReason: 'closure_reason',
  assignedCounsellor: 'assigned_counsellor',
} as const satisfies Record<keyof ClientValues, string>;

export type ClientValues = Omit<ClientDetail, 'id' | 'caseRef' | 'idNumberMasked' | 'archived' | 'isDemo' | 'createdAt' | 'updatedAt' | 'rev' | 'disposableFen'> & {
  idNumber: string | null;
};

type ValueColumn = (typeof VALUE_COLUMNS)[keyof typeof VALUE_COLUMNS];

export type ClientRow = { [C in ValueColumn]: unknown } & {
  id: number;
  case_ref: string;
  name: string;
  name_pinyin: string;
  name_initials: string;
  phone: string | null;
  id_number: string | null;
  id_type: IdType;
  region: Region;
  status: ClientStatus;
  archived: 0 | 1;
  is_demo: 0 | 1;
  disposable_fen: number | null;
  rev: number;
  created_at: string;
  updated_at: string;
};

const VALUE_ENTRIES = Object.entries(VALUE_COLUMNS) as [keyof ClientValues, ValueColumn][];
const SUMMARY_COLUMNS = 'id, case_ref, name, phone, id_number, id_type, region, status, archived, is_demo, created_at, updated_at';

type SummaryRow = Pick<ClientRow, 'id' | 'case_ref' | 'name' | 'phone' | 'id_number' | 'id_type' | 'region' | 'status' | 'archived' | 'is_demo' | 'created_at' | 'updated_at'>;

export function toSummary(r: SummaryRow): ClientSummary {
  return {
    id: r.id,
    caseRef: r.case_ref,
    name: r.name,
    phone: r.phone,
    idNumberMasked: r.id_number === null ? null : maskPersonalId(r.id_type, r.id_number),
    idType: r.id_type,
    region: r.region,
    status: r.status,
    archived: r.archived === 1,
    isDemo: r.is_demo === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function toValues(r: ClientRow): ClientValues {
  return Object.fromEntries(VALUE_ENTRIES.map(([key, column]) => [key, r[column]])) as ClientValues;
}

export function toDetail(r: ClientRow): ClientDetail {
  const { idNumber: _hidden, ...values } = toValues(r);
  return { ...values, ...toSummary(r), rev: r.rev, disposableFen: r.disposable_fen };
}

export function getClientRow(db: Db, id: number): ClientRow | undefined {
  return stmt(db, 'SELECT * FROM clients WHERE id = ?').get(id) as ClientRow | undefined;
}

/** The currency of a case's amounts, from its region (mainland when it has none). */
export function caseCurrency(db: Db, clientId: number): Currency {
  const r = stmt(db, 'SELECT region FROM clients WHERE id = ?').get(clientId) as { region: Region | null } | undefined;
  return currencyOf(r?.region);
}

export function clientExists(db: Db, id: number): boolean {
  return stmt(db, 'SELECT 1 FROM clients WHERE id = ?').get(id) !== undefined;
}

/** Case numbers read P-<year>-<id, five digits>: short enough to say on the phone. */
function caseRefFor(id: number, now: Date): string {
  return `P-${now.getFullYear()}-${String(id).padStart(5, '0')}`;
}

const INSERT_SQL = `INSERT INTO clients (case_ref, name_pinyin, name_initials, is_demo, created_at, updated_at, ${VALUE_ENTRIES.map(([, c]) => c).join(', ')})
  VALUES (?, ?, ?, ?, ?, ?, ${VALUE_ENTRIES.map(() => '?').join(', ')})`;
const UPDATE_SQL = `UPDATE clients SET name_pinyin = ?, name_initials = ?, rev = rev + 1, updated_at = ?,
  ${VALUE_ENTRIES.map(([, c]) => `${c} = ?`).join(', ')} WHERE id = ?`;

const valuesInOrder = (v: ClientValues) => VALUE_ENTRIES.map(([key]) => v[key] ?? null);

export function insertClient(db: Db, v: ClientValues, now: Date, options: { demo?: boolean } = {}): number {
  const at = now.toISOString();
  const keys = pinyinKeys(v.name);
  // The case number needs the row id, so insert with a placeholder and set it in the same transaction.
  const info = stmt(db, INSERT_SQL).run(`pending-${at}-${Math.random()}`, keys.full, keys.initials, options.demo ? 1 : 0, at, at, ...valuesInOrder(v));
  const id = Number(info.lastInsertRowid);
  setCaseRef(db, id, caseRefFor(id, now));
  return id;
}

/** Flags a client as demo and gives it the next number of the demo series (DEMO-001…). */
export function markDemoClient(db: Db, id: number): void {
  const { n } = stmt(db, 'SELECT count(*) AS n FROM clients WHERE is_demo = 1').get() as { n: number };
  let seq = n + 1;
  while (stmt(db, 'SELECT 1 FROM clients WHERE case_ref = ?').get(demoCaseRef(seq))) seq++;
  stmt(db, 'UPDATE clients SET is_demo = 1, case_ref = ? WHERE id = ?').run(demoCaseRef(seq), id);
}

export function updateClient(db: Db, id: number, v: ClientValues, now: Date): void {
  const keys = pinyinKeys(v.name);
  stmt(db, UPDATE_SQL).run(keys.full, keys.initials, now.toISOString(), ...valuesInOrder(v), id);
}

export function setArchived(db: Db, id: number, archived: boolean, now: Date): void {
  stmt(db, 'UPDATE clients SET archived = ?, rev = rev + 1, updated_at = ? WHERE id = ?').run(archived ? 1 : 0, now.toISOString(), id);
}

/** Records a case status change for the timeline; call in the transaction that changes the status. */
export function recordStatusChange(db: Db, clientId: number, from: string | null, to: string, at: Date): void {
  if (from === to) return;
  stmt(db, `INSERT INTO client_status_changes (client_id, at, from_status, to_status) VALUES (?, ?, ?, ?)`).run(clientId, at.toISOString(), from, to);
}

/** The instant of the case's latest change of status (ISO; its creation does not count), or null. */
export function lastStatusChangeAt(db: Db, clientId: number): string | null {
  return (stmt(db, `SELECT MAX(at) AS at FROM client_status_changes WHERE client_id = ? AND from_status IS NOT NULL`).get(clientId) as { at: string | null }).at;
}

// Demo cases are flagged, so one action removes them again.

export function demoClientIds(db: Db): number[] {
  return (stmt(db, 'SELECT id FROM clients WHERE is_demo = 1').all() as { id: number }[]).map((r) => r.id);
}

export function demoClientCount(db: Db): number {
  return (stmt(db, 'SELECT count(*) AS clients FROM clients WHERE is_demo = 1').get() as { clients: number }).clients;
}

/** Their statements, debts and the rest go with them (ON DELETE CASCADE). */
export function deleteDemoClients(db: Db): void {
  stmt(db, 'DELETE FROM clients WHERE is_demo = 1').run();
}

export function clientByCaseRef(db: Db, caseRef: string): Pick<ClientRow, 'id' | 'case_ref' | 'name'> | undefined {
  return stmt(db, 'SELECT id, case_ref, name FROM clients WHERE case_ref = ?').get(caseRef) as Pick<ClientRow, 'id' | 'case_ref' | 'name'> | undefined;
}

/** The clients with this case number or ID number (a purge finds the person in a kept copy of the database by either). */
export function clientsByCaseRefOrIdNumber(db: Db, caseRef: string, idNumber: string | null): ClientRow[] {
  return stmt(db, 'SELECT * FROM clients WHERE case_ref = ? OR (? IS NOT NULL AND id_number = ?) ORDER BY id').all(caseRef, idNumber, idNumber) as ClientRow[];
}

export function clientByIdNumber(db: Db, idNumber: string): Pick<ClientRow, 'id' | 'case_ref' | 'name'> | undefined {
  return stmt(db, 'SELECT id, case_ref, name FROM clients WHERE id_number = ?').get(idNumber) as Pick<ClientRow, 'id' | 'case_ref' | 'name'> | undefined;
}

/** The first client with exactly this name and phone (a spreadsheet import asks before adding to it). */
export function clientByNameAndPhone(db: Db, name: string, phone: string): Pick<ClientRow, 'id' | 'case_ref' | 'name'> | undefined {
  return stmt(db, 'SELECT id, case_ref, name FROM clients WHERE name = ? AND phone = ? ORDER BY id LIMIT 1').get(name, phone) as Pick<ClientRow, 'id' | 'case_ref' | 'name'> | undefined;
}

/** Sets the case number of a client written with a placeholder (a new or an imported case). */
export function setCaseRef(db: Db, id: number, caseRef: string): void {
  stmt(db, 'UPDATE clients SET case_ref = ? WHERE id = ?').run(caseRef, id);
}

/** A closed case (status closed, or archived), with when its status last became closed. */
export interface ClosedCaseRow {
  id: number;
  case_ref: string;
  name: string;
  status: string;
  archived: number;
  updated_at: string;
  closed_at: string | null;
}

const CLOSED_SQL = `
  SELECT c.id, c.case_ref, c.name, c.status, c.archived, c.updated_at,
         (SELECT max(s.at) FROM client_status_changes s WHERE s.client_id = c.id AND s.to_status = 'closed') AS closed_at
  FROM clients c WHERE (c.status = 'closed' OR c.archived = 1)`;

export function closedCaseRow(db: Db, id: number): ClosedCaseRow | undefined {
  return stmt(db, `${CLOSED_SQL} AND c.id = ?`).get(id) as ClosedCaseRow | undefined;
}

export function closedCaseRows(db: Db): ClosedCaseRow[] {
  return stmt(db, CLOSED_SQL).all() as ClosedCaseRow[];
}

const SORT_COLUMNS: Record<ClientListInput['sort'], string> = {
  updatedAt: 'updated_at',
  createdAt: 'created_at',
  name: 'name_pinyin',
  caseRef: 'case_ref',
  status: 'status_rank',
};

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * One page of clients. The search matches the name anywhere, pinyin and initials from
 * the start (zs, zhangs), the phone by any run of three or more digits, and the case number.
 */
export function listClients(db: Db, input: ClientListInput): { items: ClientSummary[]; total: number } {
  const where: string[] = ['archived = ?'];
  const params: (string | number)[] = [input.archived ? 1 : 0];
  if (input.status) {
    where.push('status = ?');
    params.push(input.status);
  }
  const q = (input.q ?? '').trim();
  if (q) {
    const ors = ['name LIKE ? ESCAPE \'\\\'', 'case_ref LIKE ? ESCAPE \'\\\''];
    params.push(`%${escapeLike(q)}%`, `%${escapeLike(q.toUpperCase())}%`);
    const digits = q.replace(/[\s\-()+]/g, '');
    if (/^\d{3,}$/.test(digits)) {
      ors.push('phone LIKE ?');
      params.push(`%${digits}%`);
    }
    const latin = q.toLowerCase().replace(/\s+/g, '');
    if (/^[a-z]+$/.test(latin)) {
      ors.push('name_pinyin LIKE ?', 'name_initials LIKE ?');
      params.push(`${latin}%`, `${latin}%`);
    }
    where.push(`(${ors.join(' OR ')})`);
  }
  const whereSql = where.join(' AND ');
  const direction = input.order === 'asc' ? 'ASC' : 'DESC';
  const orderSql = `${SORT_COLUMNS[input.sort]} ${direction}, id ${direction}`;
  const offset = (input.page - 1) * input.pageSize;

  if (q) {
    // A search matches few rows: find them once on the narrow search index, then read and
    // sort only those, counting them in the same pass.
    const rows = stmt(
      db,
      `WITH m AS MATERIALIZED (SELECT id FROM clients WHERE ${whereSql})
       SELECT ${SUMMARY_COLUMNS}, (SELECT count(*) FROM m) AS total FROM clients
       WHERE id IN (SELECT id FROM m) ORDER BY ${orderSql} LIMIT ? OFFSET ?`,
    ).all(...params, input.pageSize, offset) as (SummaryRow & { total: number })[];
    if (rows.length) return { items: rows.map(toSummary), total: rows[0]!.total };
  } else {
    const rows = stmt(db, `SELECT ${SUMMARY_COLUMNS} FROM clients WHERE ${whereSql} ORDER BY ${orderSql} LIMIT ? OFFSET ?`).all(
      ...params,
      input.pageSize,
      offset,
    ) as SummaryRow[];
    const { total } = stmt(db, `SELECT count(*) AS total FROM clients WHERE ${whereSql}`).get(...params) as { total: number };
    return { items: rows.map(toSummary), total };
  }
  // A search page past the last match: the count still comes from the same filter.
  const { total } = stmt(db, `SELECT count(*) AS total FROM clients WHERE ${whereSql}`).get(...params) as { total: number };
  return { items: [], total };
}
