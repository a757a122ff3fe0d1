// The data of the list a client takes home (build/evidence-list.ts): the case's
// evidence checklists (checklists/gather.ts) merged over its lenders, item names and plain
// explanations from the catalogs in the document's language.
import { CHECKLIST_ITEMS, type ChecklistItem } from '../../../../shared/domain/evidence-checklist';
import { lookup } from '../../../../shared/i18n';
import type { Locale } from '../../../../shared/schemas/common';
import { checklistsOfClient } from '../../checklists/gather';
import type { HandlerContext } from '../../context';
import { allLendersWord, type EvidenceListDocData } from '../build/evidence-list';
import { gatherBase } from './base';
/** The list the client takes home: every item any lender's checklist asks for, merged over lenders. */
export function gatherEvidenceList(ctx: HandlerContext, clientId: number, language: Locale): EvidenceListDocData {
  const base = gatherBase(ctx, clientId, language);
  const lenders = checklistsOfClient(ctx, clientId);
  const byItem = new Map<ChecklistItem, { lenders: string[]; received: boolean }>();
  for (const l of lenders) {
    for (const entry of l.items) {
      const row = byItem.get(entry.item) ?? { lenders: [], received: true };
      row.lenders.push(l.lenderName);
      row.received &&= entry.done;
      byItem.set(entry.item, row);
    }
  }
  const { client, ...rest } = base;
  return {
    ...rest,
    counsellorName: ctx.settings().counsellorName ?? client.assigned_counsellor ?? null,
    rows: CHECKLIST_ITEMS.filter((item) => byItem.has(item)).map((item) => {
      const row = byItem.get(item)!;
      return {
        name: lookup(language, `checklists.items.${item}`) ?? item,
        explain: lookup(language, `checklists.bring.${item}`) ?? '',
        lenders: row.lenders.length === lenders.length && lenders.length > 1 ? [allLendersWord(language)] : row.lenders,
        received: row.received,
      };
    }),
  };
}
