// Reads what a case's evidence checklists need from the repositories – the lenders of the
// case, the remedies the latest proposal asks of each, the hardship reason, misconduct
// incidents, each lender's rules, what its accepted offers carried (the lender insights
// query), the files on the case – and lets shared/domain/evidence-checklist.ts decide.
import { checklistFor, CHECKLIST_ITEMS, itemOfKind, LEARNED_MIN_OFFERS, type ChecklistItem } from '../../../shared/domain/evidence-checklist';
import type { LenderChecklist, LenderRulesOutput } from '../../../shared/schemas/checklists';
import type { Remedy } from '../../../shared/schemas/remedies';
import type { HandlerContext } from '../context';
import { checklistFilesForLender } from '../db/attachments';
import { getClientRow } from '../db/clients';
import { contactCountsByLender } from '../db/contacts';
import { lendersOfClient } from '../db/debts';
import { lenderEvidenceRules } from '../db/lender-evidence-rules';
import { evidenceOnAcceptedOffers } from '../db/lender-insights';
import { documentLineRows, latestProposalId } from '../db/proposals';
import { notFound } from '../errors';

/** Every lender of the case with its checklist, in the order the packets list them. */
export function checklistsOfClient(ctx: HandlerContext, clientId: number): LenderChecklist[] {
  const client = getClientRow(ctx.db, clientId) as { hardship_reason?: string | null } | undefined;
  if (!client) throw notFound();
  const proposalId = latestProposalId(ctx.db, clientId);
  const lines = proposalId === null ? [] : documentLineRows(ctx.db, proposalId);
  const counts = contactCountsByLender(ctx.db, clientId);
  return lendersOfClient(ctx.db, clientId).map((l) => {
    const remedies = [...new Set(lines.filter((line) => line.lender_id === l.lenderId).map((line) => line.remedy as Remedy))];
    const items = checklistFor({
      remedies,
      hardshipReason: client.hardship_reason ?? null,
      incidents: counts.get(l.lenderId)?.incidents ?? 0,
      rules: lenderEvidenceRules(ctx.db, l.lenderId),
      learned: evidenceOnAcceptedOffers(ctx.db, l.lenderId),
      files: checklistFilesForLender(ctx.db, clientId, l.lenderId).map((f) => ({ kind: f.kind, fileName: f.file_name, onLender: f.on_lender === 1 })),
    });
    return { lenderId: l.lenderId, lenderName: l.lenderName, remedies, items, missing: items.filter((i) => !i.done).length };
  });
}

/** A lender's own rules, and per kind of document how many of its accepted offers carried it. */
export function lenderRules(ctx: HandlerContext, lenderId: number): LenderRulesOutput {
  const evidence = evidenceOnAcceptedOffers(ctx.db, lenderId);
  const of = evidence.accepted.reduce((s, a) => s + a.offers, 0);
  const carried = new Map<ChecklistItem, number>();
  for (const k of evidence.byKind) {
    const item = itemOfKind(k.kind);
    if (item) carried.set(item, Math.min(of, (carried.get(item) ?? 0) + k.offers));
  }
  return {
    lenderId,
    rules: lenderEvidenceRules(ctx.db, lenderId),
    learned: CHECKLIST_ITEMS.filter((item) => (carried.get(item) ?? 0) >= LEARNED_MIN_OFFERS).map((item) => ({ item, offers: carried.get(item)!, of })),
  };
}

