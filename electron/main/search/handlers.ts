import type { SearchHit } from '../../../shared/schemas/search';
import type { HandlerContext } from '../context';
import { stmt } from '../db/statements';
import type { HandlerPart } from '../handler-types';
import { matchExpression } from './tokens';

interface IndexRow {
  kind: SearchHit['kind'];
  ref_id: number;
}

// Over-fetch a little: a hit whose row has gone (it never should) is skipped, not shown.
const HIT_SQL = `SELECT kind, ref_id FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT ?`;

/** Quick search across clients, lenders and debts (account numbers, notes), best matches first. */
export function searchHandlers(ctx: HandlerContext): HandlerPart<'search.query'> {
  const { db } = ctx;

  function describe(row: IndexRow): SearchHit | null {
    switch (row.kind) {
      case 'client': {
        const c = stmt(db, 'SELECT id, name, case_ref, phone, archived FROM clients WHERE id = ?').get(row.ref_id) as
          | { id: number; name: string; case_ref: string; phone: string | null; archived: number }
          | undefined;
        return c ? { kind: 'client', id: c.id, clientId: c.id, title: c.name, subtitle: [c.case_ref, c.phone].filter(Boolean).join(' · ') } : null;
      }
      case 'lender': {
        const l = stmt(db, 'SELECT id, name, aliases_json FROM lenders WHERE id = ?').get(row.ref_id) as
          | { id: number; name: string; aliases_json: string }
          | undefined;
        if (!l) return null;
        const aliases = JSON.parse(l.aliases_json) as string[];
        return { kind: 'lender', id: l.id, clientId: null, title: l.name, subtitle: aliases.length ? aliases.join('、') : null };
      }
      case 'debt': {
        const d = stmt(
          db,
          `SELECT d.id, d.client_id, d.account_ref, c.name AS client_name, l.name AS lender_name
             FROM debts d JOIN clients c ON c.id = d.client_id JOIN lenders l ON l.id = d.lender_id WHERE d.id = ?`,
        ).get(row.ref_id) as { id: number; client_id: number; account_ref: string | null; client_name: string; lender_name: string } | undefined;
        return d
          ? { kind: 'debt', id: d.id, clientId: d.client_id, title: `${d.lender_name}${d.account_ref ? ` ${d.account_ref}` : ''}`, subtitle: d.client_name }
          : null;
      }
    }
  }

  return {
    'search.query': ({ q, limit }) => {
      const expression = matchExpression(q);
      if (!expression) return { items: [] };
      const rows = stmt(db, HIT_SQL).all(expression, limit + 5) as IndexRow[];
      const items = rows.map(describe).filter((h): h is SearchHit => h !== null).slice(0, limit);
      return { items };
    },
  };
}
