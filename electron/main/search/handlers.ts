import type { SearchHit } from '../../../shared/schemas/search';
import { shownText } from '../../../shared/i18n/generated-text';
import { parseGenerated } from '../../../shared/schemas/generated-text';
import type { HandlerContext } from '../context';
import { aliasesOf } from '../db/lenders';
import { todayIn } from '../../../shared/domain/dates';
import { clientHitRow, contactHitRow, debtHitRow, findHits, findLogHits, lenderHitRow, letterHitRow, type IndexHit } from '../db/search-index';
import type { HandlerPart } from '../handler-types';
import { matchExpression } from './tokens';

/**
 * Quick search across clients, lenders, debts (account numbers, notes), the contact log
 * (who was spoken to, what was said, incidents) and letters, best matches first.
 */
/** Places kept for contacts and letters when clients, lenders and debts would fill the list. */
const LOG_PLACES = 5;

export function searchHandlers(ctx: HandlerContext): HandlerPart<'search.query'> {
  const { db } = ctx;

  const excerpt = (text: string): string => (text.length > 60 ? `${text.slice(0, 59)}…` : text);
  const joined = (parts: (string | null)[]): string | null => parts.filter(Boolean).join(' · ') || null;

  function describe(row: IndexHit): SearchHit | null {
    switch (row.kind) {
      case 'client': {
        const c = clientHitRow(db, row.ref_id);
        return c ? { kind: 'client', id: c.id, clientId: c.id, title: c.name, subtitle: [c.case_ref, c.phone].filter(Boolean).join(' · '), demo: c.is_demo === 1, date: null } : null;
      }
      case 'lender': {
        const l = lenderHitRow(db, row.ref_id);
        if (!l) return null;
        const aliases = aliasesOf(l);
        return { kind: 'lender', id: l.id, clientId: null, title: l.name, subtitle: aliases.length ? aliases.join('、') : null, demo: l.is_demo === 1, date: null };
      }
      case 'debt': {
        const d = debtHitRow(db, row.ref_id);
        return d
          ? { kind: 'debt', id: d.id, clientId: d.client_id, title: `${d.lender_name}${d.account_ref ? ` ${d.account_ref}` : ''}`, subtitle: d.client_name, demo: d.is_demo === 1, date: null }
          : null;
      }
      case 'contact': {
        const k = contactHitRow(db, row.ref_id);
        if (!k) return null;
        const date = todayIn(ctx.timeZone(), new Date(k.occurred_at));
        return { kind: 'contact', id: k.id, clientId: k.client_id, title: excerpt(shownText(ctx.locale(), k.summary, parseGenerated(k.generated_json))), subtitle: joined([k.client_name, k.lender_name, k.person]), demo: k.is_demo === 1, date };
      }
      case 'letter': {
        const l = letterHitRow(db, row.ref_id);
        return l ? { kind: 'letter', id: l.id, clientId: l.client_id, title: l.title, subtitle: joined([l.client_name, l.lender_name]), demo: l.is_demo === 1, date: null } : null;
      }
    }
  }

  return {
    'search.query': ({ q, limit }) => {
      const expression = matchExpression(q);
      if (!expression) return { items: [] };
      // Over-fetch a little: a hit whose row has gone (it never should) is skipped, not shown.
      const found = (rows: IndexHit[]) => rows.map(describe).filter((h): h is SearchHit => h !== null);
      const things = found(findHits(db, expression, limit + 5));
      const log = [...found(findLogHits(db, 'contact', expression, limit + 5)), ...found(findLogHits(db, 'letter', expression, limit + 5))];
      // Clients, lenders and debts first; the log (most recently recorded first) fills the rest, and always
      // keeps a few places, so a collector's name is found even where it is also a client's.
      const logPlaces = Math.min(log.length, Math.max(Math.min(LOG_PLACES, limit), limit - things.length));
      return { items: [...things.slice(0, limit - logPlaces), ...log.slice(0, logPlaces)] };
    },
  };
}
