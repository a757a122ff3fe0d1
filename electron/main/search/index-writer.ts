import type { Db } from '../db/connection';
import { lenderNameKeys } from '../db/lenders';
import { stmt } from '../db/statements';
import type { LENDER_TYPES } from '../../../shared/schemas/lenders';

type LenderType = (typeof LENDER_TYPES)[number];
import { joinTokens, nameTokens, textTokens } from './tokens';

// Keeps the search index in step with the tables. Call these inside the same transaction
// as the change they follow, so the index never disagrees with the data.

export type SearchKind = 'client' | 'lender' | 'debt';

// Each thing's row id in the index is derived from its kind and id, so replacing or
// removing it is a lookup by row id; kind and ref_id are unindexed columns, and filtering
// on them would scan the whole index.
const KIND_CODES: Record<SearchKind, number> = { client: 1, lender: 2, debt: 3 };
const KIND_SPAN = 2 ** 40;

export function searchRowId(kind: SearchKind, id: number): number {
  return KIND_CODES[kind] * KIND_SPAN + id;
}

function put(db: Db, kind: SearchKind, id: number, tokens: string): void {
  removeFromIndex(db, kind, id);
  if (tokens) stmt(db, 'INSERT INTO search_index (rowid, tokens, kind, ref_id) VALUES (?, ?, ?, ?)').run(searchRowId(kind, id), tokens, kind, id);
}

export function removeFromIndex(db: Db, kind: SearchKind, id: number): void {
  stmt(db, 'DELETE FROM search_index WHERE rowid = ?').run(searchRowId(kind, id));
}

export function indexClient(db: Db, id: number): void {
  const c = stmt(db, 'SELECT name, phone, case_ref, email, employer, notes, hardship_details FROM clients WHERE id = ?').get(id) as
    | { name: string; phone: string | null; case_ref: string; email: string | null; employer: string | null; notes: string | null; hardship_details: string | null }
    | undefined;
  if (!c) return removeFromIndex(db, 'client', id);
  put(
    db,
    'client',
    id,
    joinTokens([nameTokens(c.name), textTokens(c.phone), textTokens(c.case_ref), textTokens(c.email), textTokens(c.employer), textTokens(c.notes), textTokens(c.hardship_details)]),
  );
}

export function indexLender(db: Db, id: number): void {
  const l = stmt(db, 'SELECT type, notes, phones_json FROM lenders WHERE id = ?').get(id) as
    | { type: LenderType; notes: string | null; phones_json: string }
    | undefined;
  if (!l) return removeFromIndex(db, 'lender', id);
  const names = (stmt(db, 'SELECT name FROM lender_names WHERE lender_id = ?').all(id) as { name: string }[]).map((r) => r.name);
  const phones = JSON.parse(l.phones_json) as string[];
  put(db, 'lender', id, joinTokens([...names.map((n) => nameTokens(n, (text) => lenderNameKeys(text, l.type))), ...phones.map((p) => textTokens(p.replace(/\D/g, ''))), textTokens(l.notes)]));
}

export function indexDebt(db: Db, id: number): void {
  const d = stmt(db, 'SELECT account_ref, notes FROM debts WHERE id = ?').get(id) as { account_ref: string | null; notes: string | null } | undefined;
  if (!d) return removeFromIndex(db, 'debt', id);
  put(db, 'debt', id, joinTokens([textTokens(d.account_ref), textTokens(d.notes)]));
}
