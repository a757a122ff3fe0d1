import type { SearchHit } from '../../../shared/schemas/search';
import { parseGenerated, type GeneratedText } from '../../../shared/schemas/generated-text';
import type { Db } from './connection';
import { stmt } from './statements';

// The full-text search indexes (FTS5) and the few columns a hit shows. The tokens are built
// by search/ from the rows the repositories return; this module only stores, removes and
// finds them. Two indexes, because they grow differently and are read differently:
//   - search_index: the things a case is about (clients, lenders, debts), ranked by relevance;
//   - search_log: the record of what happened (contacts, letters), which grows with every
//     day's work (250,000 contacts at the M fixture). Ranking every match there costs time in
//     proportion to the log, so it is read newest first, which FTS5 answers by walking its
//     row ids and stopping at the limit.

export type SearchKind = SearchHit['kind'];
export type LogKind = Extract<SearchKind, 'contact' | 'letter'>;

// Each thing's row id in an index is derived from its kind and id, so replacing or
// removing it is a lookup by row id; kind and ref_id are unindexed columns, and filtering
// on them would scan the whole index.
const KIND_CODES: Record<SearchKind, number> = { client: 1, lender: 2, debt: 3, contact: 4, letter: 5 };
const KIND_SPAN = 2 ** 40;

export function searchRowId(kind: SearchKind, id: number): number {
  return KIND_CODES[kind] * KIND_SPAN + id;
}

const isLog = (kind: SearchKind): kind is LogKind => kind === 'contact' || kind === 'letter';
const tableOf = (kind: SearchKind): 'search_index' | 'search_log' => (isLog(kind) ? 'search_log' : 'search_index');

/** Replaces the thing's tokens (none: it is only removed). */
export function putTokens(db: Db, kind: SearchKind, id: number, tokens: string): void {
  removeTokens(db, kind, id);
  addTokens(db, kind, id, tokens);
}

/** Adds the tokens of a thing not yet in its index (indexing a whole table for the first time). */
export function addTokens(db: Db, kind: SearchKind, id: number, tokens: string): void {
  if (tokens) stmt(db, `INSERT INTO ${tableOf(kind)} (rowid, tokens, kind, ref_id) VALUES (?, ?, ?, ?)`).run(searchRowId(kind, id), tokens, kind, id);
}

export function removeTokens(db: Db, kind: SearchKind, id: number): void {
  stmt(db, `DELETE FROM ${tableOf(kind)} WHERE rowid = ?`).run(searchRowId(kind, id));
}

export interface IndexHit {
  kind: SearchKind;
  ref_id: number;
}

/** The best matching clients, lenders and debts of an FTS5 expression, best first. */
export function findHits(db: Db, expression: string, limit: number): IndexHit[] {
  return stmt(db, 'SELECT kind, ref_id FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT ?').all(expression, limit) as IndexHit[];
}

/** The matching things of one log kind (contacts or letters) for an FTS5 expression, most recently recorded first. */
export function findLogHits(db: Db, kind: LogKind, expression: string, limit: number): IndexHit[] {
  return stmt(db, 'SELECT kind, ref_id FROM search_log WHERE search_log MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rowid DESC LIMIT ?').all(
    expression,
    searchRowId(kind, 0),
    searchRowId(kind, KIND_SPAN - 1),
    limit,
  ) as IndexHit[];
}

// What a hit shows, read straight by id (these run once per hit on every keystroke).

type ClientHit = { id: number; name: string; case_ref: string; phone: string | null; archived: number; is_demo: number };
type LenderHit = { id: number; name: string; aliases_json: string; is_demo: number };
type DebtHit = { id: number; client_id: number; account_ref: string | null; client_name: string; is_demo: number; lender_name: string };

type ContactHit = { id: number; client_id: number; client_name: string; is_demo: number; lender_name: string | null; person: string | null; summary: string; generated_json: string | null; occurred_at: string; is_incident: number };
type LetterHit = { id: number; client_id: number; client_name: string; is_demo: number; lender_name: string | null; title: string; status: string };

export function contactHitRow(db: Db, id: number): ContactHit | undefined {
  return stmt(
    db,
    `SELECT k.id, k.client_id, c.name AS client_name, c.is_demo, l.name AS lender_name, k.person, k.summary, k.generated_json, k.occurred_at, k.is_incident
       FROM contacts k JOIN clients c ON c.id = k.client_id LEFT JOIN lenders l ON l.id = k.lender_id WHERE k.id = ?`,
  ).get(id) as ContactHit | undefined;
}

export function letterHitRow(db: Db, id: number): LetterHit | undefined {
  return stmt(
    db,
    `SELECT lt.id, lt.client_id, c.name AS client_name, c.is_demo, l.name AS lender_name, lt.title, lt.status
       FROM letters lt JOIN clients c ON c.id = lt.client_id LEFT JOIN lenders l ON l.id = lt.lender_id WHERE lt.id = ?`,
  ).get(id) as LetterHit | undefined;
}

export function clientHitRow(db: Db, id: number): ClientHit | undefined {
  return stmt(db, 'SELECT id, name, case_ref, phone, archived, is_demo FROM clients WHERE id = ?').get(id) as ClientHit | undefined;
}

export function lenderHitRow(db: Db, id: number): LenderHit | undefined {
  return stmt(db, 'SELECT id, name, aliases_json, is_demo FROM lenders WHERE id = ?').get(id) as LenderHit | undefined;
}

/** is_demo: the debt's client is a demo case. */
export function debtHitRow(db: Db, id: number): DebtHit | undefined {
  return stmt(
    db,
    `SELECT d.id, d.client_id, d.account_ref, c.name AS client_name, c.is_demo, l.name AS lender_name
             FROM debts d JOIN clients c ON c.id = d.client_id JOIN lenders l ON l.id = d.lender_id WHERE d.id = ?`,
  ).get(id) as DebtHit | undefined;
}

// The text each kind is indexed by.

export function clientIndexRow(db: Db, id: number):
  | { name: string; phone: string | null; case_ref: string; email: string | null; employer: string | null; notes: string | null; hardship_details: string | null }
  | undefined {
  return stmt(db, 'SELECT name, phone, case_ref, email, employer, notes, hardship_details FROM clients WHERE id = ?').get(id) as
    | { name: string; phone: string | null; case_ref: string; email: string | null; employer: string | null; notes: string | null; hardship_details: string | null }
    | undefined;
}

export function debtIndexRow(db: Db, id: number): { account_ref: string | null; notes: string | null } | undefined {
  return stmt(db, 'SELECT account_ref, notes FROM debts WHERE id = ?').get(id) as { account_ref: string | null; notes: string | null } | undefined;
}

/** A contact's searchable text: who was spoken to, what was said and agreed, the incident. */
export function contactIndexRow(db: Db, id: number): { person: string | null; summary: string; outcome: string | null; incident_details: string | null } | undefined {
  return stmt(db, 'SELECT person, summary, outcome, incident_details FROM contacts WHERE id = ?').get(id) as
    | { person: string | null; summary: string; outcome: string | null; incident_details: string | null }
    | undefined;
}

/**
 * What the app wrote for a contact, as data. Only asked for a contact whose summary is empty:
 * that is never so before migration 011 (a summary was required), so the migration that first
 * indexed contacts (008) never reads this column before it exists.
 */
export function contactGenerated(db: Db, id: number): GeneratedText | null {
  const r = stmt(db, 'SELECT generated_json FROM contacts WHERE id = ?').get(id) as { generated_json: string | null } | undefined;
  return parseGenerated(r?.generated_json);
}

export function letterIndexRow(db: Db, id: number): { title: string; body_json: string } | undefined {
  return stmt(db, 'SELECT title, body_json FROM letters WHERE id = ?').get(id) as { title: string; body_json: string } | undefined;
}

/** The searchable text of the contacts after `afterId`, by id (the one-time indexing of a whole log, a page at a time). */
export function contactIndexRowsAfter(
  db: Db,
  afterId: number,
  limit: number,
): { id: number; person: string | null; summary: string; outcome: string | null; incident_details: string | null }[] {
  return stmt(db, 'SELECT id, person, summary, outcome, incident_details FROM contacts WHERE id > ? ORDER BY id LIMIT ?').all(afterId, limit) as {
    id: number;
    person: string | null;
    summary: string;
    outcome: string | null;
    incident_details: string | null;
  }[];
}

/** Every letter id (the one-time indexing of a database made before letters were searchable). */
export function allLetterIds(db: Db): number[] {
  return (stmt(db, 'SELECT id FROM letters').all() as { id: number }[]).map((r) => r.id);
}

/** A client's contact and letter ids (their index entries go when the client goes). */
export function contactAndLetterIdsOfClient(db: Db, clientId: number): { contacts: number[]; letters: number[] } {
  const ids = (sql: string) => (stmt(db, sql).all(clientId) as { id: number }[]).map((r) => r.id);
  return { contacts: ids('SELECT id FROM contacts WHERE client_id = ?'), letters: ids('SELECT id FROM letters WHERE client_id = ?') };
}
