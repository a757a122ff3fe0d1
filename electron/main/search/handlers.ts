import type { SearchHit } from '../../../shared/schemas/search';
import type { HandlerContext } from '../context';
import { aliasesOf } from '../db/lenders';
import { clientHitRow, debtHitRow, findHits, lenderHitRow, type IndexHit } from '../db/search-index';
import type { HandlerPart } from '../handler-types';
import { matchExpression } from './tokens';

/** Quick search across clients, lenders and debts (account numbers, notes), best matches first. */
export function searchHandlers(ctx: HandlerContext): HandlerPart<'search.query'> {
  const { db } = ctx;

  function describe(row: IndexHit): SearchHit | null {
    switch (row.kind) {
      case 'client': {
        const c = clientHitRow(db, row.ref_id);
        return c ? { kind: 'client', id: c.id, clientId: c.id, title: c.name, subtitle: [c.case_ref, c.phone].filter(Boolean).join(' · '), demo: c.is_demo === 1 } : null;
      }
      case 'lender': {
        const l = lenderHitRow(db, row.ref_id);
        if (!l) return null;
        const aliases = aliasesOf(l);
        return { kind: 'lender', id: l.id, clientId: null, title: l.name, subtitle: aliases.length ? aliases.join('、') : null, demo: l.is_demo === 1 };
      }
      case 'debt': {
        const d = debtHitRow(db, row.ref_id);
        return d
          ? { kind: 'debt', id: d.id, clientId: d.client_id, title: `${d.lender_name}${d.account_ref ? ` ${d.account_ref}` : ''}`, subtitle: d.client_name, demo: d.is_demo === 1 }
          : null;
      }
    }
  }

  return {
    'search.query': ({ q, limit }) => {
      const expression = matchExpression(q);
      if (!expression) return { items: [] };
      // Over-fetch a little: a hit whose row has gone (it never should) is skipped, not shown.
      const rows = findHits(db, expression, limit + 5);
      const items = rows.map(describe).filter((h): h is SearchHit => h !== null).slice(0, limit);
      return { items };
    },
  };
}
