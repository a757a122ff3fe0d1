import type { CHECKLISTS_CHANNELS } from '../../../shared/ipc/checklists.channels';
import type { HandlerContext } from '../context';
import { writeAudit } from '../db/audit';
import { lenderEvidenceRules, setLenderEvidenceRule } from '../db/lender-evidence-rules';
import { lenderExists } from '../db/lenders';
import { notFound } from '../errors';
import type { HandlerPart } from '../handler-types';
import { checklistsOfClient, lenderRules } from './gather';

// Evidence checklists: per lender of a case, the documents it should have, ticked when a
// matching file is attached; per lender in the directory, the documents it always or never
// asks for (audited like every change).

export function checklistsHandlers(ctx: HandlerContext): HandlerPart<(typeof CHECKLISTS_CHANNELS)[number]> {
  const { db } = ctx;
  const requireLender = (id: number) => {
    if (!lenderExists(db, id)) throw notFound();
  };
  return {
    'checklists.forClient': ({ clientId }) => ({ lenders: checklistsOfClient(ctx, clientId) }),
    'checklists.lenderRules': ({ lenderId }) => {
      requireLender(lenderId);
      return lenderRules(ctx, lenderId);
    },
    'checklists.setLenderRule': ({ lenderId, kind, rule }) =>
      db.transaction(() => {
        requireLender(lenderId);
        const before = lenderEvidenceRules(db, lenderId);
        setLenderEvidenceRule(db, lenderId, kind, rule === 'default' ? null : rule, ctx.now());
        const after = lenderEvidenceRules(db, lenderId);
        writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'lender_evidence_rules', entityId: lenderId, action: 'update', before, after });
        return lenderRules(ctx, lenderId);
      })(),
  };
}
