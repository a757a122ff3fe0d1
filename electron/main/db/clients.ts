import type { ClientDetail, ClientListInput, ClientStatus, ClientSummary } from '../../../shared/schemas/clients';
import { maskIdNumber } from '../../../shared/domain/prc-id';
import { pinyinKeys } from '../text/pinyin';
import type { Db } from './connection';
import { stmt } from './statements';

export interface ClientRow {
  id: number;
  case_ref: string;
  name: string;
  name_pinyin: string;
  name_initials: string;
  gender: 'unspecified' | 'female' | 'male';
  phone: string | null;
  id_number: string | null;
  email: string | null;
  address: string | null;
  status: ClientStatus;
  archived: 0 | 1;
  notes: string | null;
  rev: number;
  created_at: string;
  updated_at: string;
}

/** The editable columns, in the shape handlers work with. */
export interface ClientValues {
  name: string;
  gender: ClientRow['gender'];
  phone: string | null;
  idNumber: string | null;
  email: string | null;
  address: string | null;
  status: ClientStatus;
  notes: string | null;
}

const SUMMARY_COLUMNS = 'id, case_ref, name, phone, id_number, status, archived, created_at, updated_at';

export function toSummary(r: Pick<ClientRow, 'id' | 'case_ref' | 'name' | 'phone' | 'id_number' | 'status' | 'archived' | 'created_at' | 'updated_at'>): ClientSummary {
  return {
    id: r.id,
    caseRef: r.case_ref,
    name: r.name,
    phone: r.phone,
    idNumberMasked: r.id_number === null ? null : maskIdNumber(r.id_number),
    status: r.status,
    archived: r.archived === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function toDetail(r: ClientRow): ClientDetail {
  return { ...toSummary(r), gender: r.gender, email: r.email, address: r.address, notes: r.notes, rev: r.rev };
}

export function toValues(r: ClientRow): ClientValues {
  return {
    name: r.name,
    gender: r.gender,
    phone: r.phone,
    idNumber: r.id_number,
    email: r.email,
    address: r.address,
    status: r.status,
    notes: r.notes,
  };
}

export function getClientRow(db: Db, id: number): ClientRow | undefined {
  return stmt(db, 'SELECT * FROM clients WHERE id = ?').get(id) as ClientRow | undefined;
}

export function findClientByIdNumber(db: Db, idNumber: string): Pick<ClientRow, 'id' | 'case_ref'> | undefined {
  return stmt(db, 'SELECT id, case_ref FROM clients WHERE id_number = ?').get(idNumber) as
    | Pick<ClientRow, 'id' | 'case_ref'>
    | undefined;
}

/** Case numbers read P-<year>-<id, five digits>: short enough to say on the phone. */
function caseRefFor(id: number, now: Date): string {
  return `P-${now.getFullYear()}-${String(id).padStart(5, '0')}`;
}

export function insertClient(db: Db, v: ClientValues, now: Date): number {
  const at = now.toISOString();
  const keys = pinyinKeys(v.name);
  // The case number needs the row id, so insert with a placeholder and set it in the same transaction.
  const info = stmt(
    db,
    `INSERT INTO clients (case_ref, name, name_pinyin, name_initials, gender, phone, id_number, email, address, status, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(`pending-${at}-${Math.random()}`, v.name, keys.full, keys.initials, v.gender, v.phone, v.idNumber, v.email, v.address, v.status, v.notes, at, at);
  const id = Number(info.lastInsertRowid);
  stmt(db, 'UPDATE clients SET case_ref = ? WHERE id = ?').run(caseRefFor(id, now), id);
  return id;
}

export function updateClient(db: Db, id: number, v: ClientValues, now: Date): void {
  const keys = pinyinKeys(v.name);
  stmt(
    db,
    `UPDATE clients SET name = ?, name_pinyin = ?, name_initials = ?, gender = ?, phone = ?, id_number = ?, email = ?,
       address = ?, status = ?, notes = ?, rev = rev + 1, updated_at = ?
     WHERE id = ?`,
  ).run(v.name, keys.full, keys.initials, v.gender, v.phone, v.idNumber, v.email, v.address, v.status, v.notes, now.toISOString(), id);
}

export function setArchived(db: Db, id: number, archived: boolean, now: Date): void {
  stmt(db, 'UPDATE clients SET archived = ?, rev = rev + 1, updated_at = ? WHERE id = ?').run(archived ? 1 : 0, now.toISOString(), id);
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

  const rows = stmt(db, `SELECT ${SUMMARY_COLUMNS} FROM clients WHERE ${whereSql} ORDER BY ${orderSql} LIMIT ? OFFSET ?`).all(
    ...params,
    input.pageSize,
    offset,
  ) as ClientRow[];
  const { total } = stmt(db, `SELECT count(*) AS total FROM clients WHERE ${whereSql}`).get(...params) as { total: number };
  return { items: rows.map(toSummary), total };
}
