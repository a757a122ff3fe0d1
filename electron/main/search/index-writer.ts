import type { Db } from '../db/connection';
import { debtIndexRow, clientIndexRow, putTokens, removeTokens, type SearchKind } from '../db/search-index';
import { getLenderRow, lenderNames, phonesOf } from '../db/lenders';
import { lenderNameKeys } from '../text/lender-names';
import { joinTokens, nameTokens, textTokens } from './tokens';

// Keeps the search index in step with the tables. Call these inside the same transaction
// as the change they follow, so the index never disagrees with the data.

export function removeFromIndex(db: Db, kind: SearchKind, id: number): void {
  removeTokens(db, kind, id);
}

export function indexClient(db: Db, id: number): void {
  const c = clientIndexRow(db, id);
  if (!c) return removeFromIndex(db, 'client', id);
  putTokens(
    db,
    'client',
    id,
    joinTokens([nameTokens(c.name), textTokens(c.phone), textTokens(c.case_ref), textTokens(c.email), textTokens(c.employer), textTokens(c.notes), textTokens(c.hardship_details)]),
  );
}

export function indexLender(db: Db, id: number): void {
  const l = getLenderRow(db, id);
  if (!l) return removeFromIndex(db, 'lender', id);
  const names = lenderNames(db, id);
  const phones = phonesOf(l);
  putTokens(db, 'lender', id, joinTokens([...names.map((n) => nameTokens(n, (text) => lenderNameKeys(text, l.type))), ...phones.map((p) => textTokens(p.replace(/\D/g, ''))), textTokens(l.notes)]));
}

export function indexDebt(db: Db, id: number): void {
  const d = debtIndexRow(db, id);
  if (!d) return removeFromIndex(db, 'debt', id);
  putTokens(db, 'debt', id, joinTokens([textTokens(d.account_ref), textTokens(d.notes)]));
}
