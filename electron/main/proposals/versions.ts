import type { ProposalVersionView, ProposalView } from '../../../shared/schemas/proposals';
import type { HandlerContext } from '../context';
import { writeAudit } from '../db/audit';
import { forgetProposalBasis } from '../db/plan-bases';
import { getVersionRow, listVersionLineRows, listVersionRows } from '../db/proposal-versions';
import { getProposalRow, listLineRows, updateProposal, writeLines } from '../db/proposals';
import { AppError, notFound } from '../errors';
import type { HandlerPart } from '../handler-types';
import type { ProposalAuditShape } from './handlers';
import { toView } from './view';

// A scenario's kept versions (issue 13 §1): every save keeps the one it replaces
// (db/proposal-versions.ts); they can be read, and one restored as the current version.
// Restoring brings back that version's own figures as they were saved (not recomputed), so
// what the history showed is what becomes current; the version it replaces is kept in turn.
// A debt deleted since took its line out of every version (as out of the current one).

export function proposalVersionsHandlers(ctx: HandlerContext, auditShape: (v: ProposalView) => ProposalAuditShape): HandlerPart<'proposals.versions' | 'proposals.restore'> {
  const { db } = ctx;

  return {
    'proposals.versions': ({ id }) => {
      const row = getProposalRow(db, id);
      if (!row) throw notFound();
      const asVersion = ({ id: _id, clientId: _c, rev: _r, createdAt: _ca, updatedAt: _u, ...rest }: ProposalView) => rest;
      const current: ProposalVersionView = {
        ...asVersion(toView(row, listLineRows(db, id))),
        proposalId: id,
        versionId: null,
        version: row.rev,
        current: true,
        savedAt: row.updated_at,
        replacedAt: null,
      };
      const kept = listVersionRows(db, id).map(
        (v): ProposalVersionView => ({
          ...asVersion(toView(v, listVersionLineRows(db, v.version_id))),
          proposalId: id,
          versionId: v.version_id,
          version: v.version,
          current: false,
          savedAt: v.saved_at,
          replacedAt: v.replaced_at,
        }),
      );
      return [current, ...kept];
    },

    'proposals.restore': ({ id, rev, versionId }) =>
      db.transaction(() => {
        const row = getProposalRow(db, id);
        if (!row) throw notFound();
        if (row.rev !== rev) throw new AppError('CONFLICT', 'proposals.conflict');
        const v = getVersionRow(db, versionId);
        if (!v || v.id !== id) throw new AppError('NOT_FOUND', 'proposals.errors.versionNotFound');
        const before = toView(row, listLineRows(db, id));
        const old = toView(v, listVersionLineRows(db, versionId));
        // The scenario keeps its current name (another scenario may have taken the old one since).
        updateProposal(db, id, { name: row.name, statementId: old.statementId, notes: old.notes, plan: old }, ctx.now());
        writeLines(db, id, old);
        // The restored figures were built on their own day's figures, which its rows hold (replan/).
        forgetProposalBasis(db, id);
        const after = toView(getProposalRow(db, id)!, listLineRows(db, id));
        writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'proposal', entityId: id, action: 'update', before: auditShape(before), after: { ...auditShape(after), restoredVersion: v.version } });
        return after;
      })(),
  };
}
