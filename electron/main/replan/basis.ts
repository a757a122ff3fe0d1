import { figureChanges, type DebtNow } from '../../../shared/domain/figure-changes';
import type { ProposalPlan } from '../../../shared/domain/proposal';
import type { FigureChange, PlanBasis, StaleOutput } from '../../../shared/schemas/replan';
import type { HandlerContext } from '../context';
import type { Db } from '../db/connection';
import { listDebtRows, toDebt } from '../db/debts';
import { agreementMovementsSince } from '../db/ledger';
import { lenderName } from '../db/lenders';
import { listOfferViews } from '../db/offers';
import { basesOfClient, proposalBasis, saveOfferBasis, saveProposalBasis, type StoredBasis } from '../db/plan-bases';
import { getLineRow, getProposalRow, listLineRows, listProposalRows, type ProposalLineRow, type ProposalRow } from '../db/proposals';
import { latestStatementRow } from '../db/statements-queries';

// The basis of a plan or an offer (the figures it was built on), taken when it is saved, and
// the comparison with today's figures that says whether – and why – it is stale.

/** Today's figures as a basis: the latest statement's disposable income and every debt still owed. */
export function basisNow(db: Db, clientId: number): PlanBasis {
  const statement = latestStatementRow(db, clientId);
  return {
    statementId: statement?.id ?? null,
    disposableFen: statement ? statement.disposable_monthly_fen : null,
    debts: listDebtRows(db, clientId)
      .filter((r) => r.outstanding_fen > 0)
      .map((r) => ({ debtId: r.id, lenderId: r.lender_id, balanceFen: r.outstanding_fen })),
  };
}

/** A proposal saved before bases were kept: what its own rows say it was built on. */
export function legacyProposalBasis(p: ProposalRow, lines: readonly ProposalLineRow[]): StoredBasis {
  return {
    basis: {
      statementId: p.statement_id,
      disposableFen: p.statement_id === null ? null : p.disposable_fen,
      debts: lines.map((l) => ({ debtId: l.debt_id, lenderId: l.lender_id, balanceFen: l.outstanding_fen })),
    },
    takenAt: p.updated_at,
  };
}

/** Compares bases with today's figures; one read of the debts serves every basis of the client. */
export function changeReader(db: Db, clientId: number): (b: StoredBasis) => FigureChange[] {
  const statement = latestStatementRow(db, clientId);
  const debts = listDebtRows(db, clientId).map(toDebt);
  const disposableFen = statement ? statement.disposable_monthly_fen : null;
  return ({ basis, takenAt }) => {
    const undo = agreementMovementsSince(db, clientId, takenAt);
    const now: DebtNow[] = debts.map((d) => ({
      debtId: d.id,
      lenderId: d.lenderId,
      lenderName: d.lenderName,
      balanceFen: d.outstandingFen - (undo.get(d.id) ?? 0),
      status: d.ledger.status,
    }));
    return figureChanges(basis, { statementId: statement?.id ?? null, disposableFen, debts: now, lenderName: (id) => lenderName(db, id) ?? '' });
  };
}

/** The client's saved proposals and open offers whose figures changed, with what changed. */
export function staleOf(db: Db, clientId: number): StaleOutput {
  const stored = basesOfClient(db, clientId);
  const changes = changeReader(db, clientId);
  const proposalBases = new Map<number, StoredBasis>();
  const basisOfProposal = (p: ProposalRow): StoredBasis => {
    let b = proposalBases.get(p.id) ?? stored.proposals.get(p.id);
    if (!b) b = legacyProposalBasis(p, listLineRows(db, p.id));
    proposalBases.set(p.id, b);
    return b;
  };
  const out: StaleOutput = { proposals: [], offers: [] };
  const rows = listProposalRows(db, clientId);
  const lineToProposal = new Map<number, ProposalRow>();
  for (const p of rows) {
    for (const l of listLineRows(db, p.id)) lineToProposal.set(l.id, p);
    const c = changes(basisOfProposal(p));
    if (c.length) out.proposals.push({ id: p.id, name: p.name, changes: c });
  }
  for (const o of listOfferViews(db, clientId)) {
    if (o.status !== 'drafted' && o.status !== 'sent' && o.status !== 'countered') continue;
    let b = stored.offers.get(o.id);
    if (!b && o.proposalLineId !== null) {
      const p = lineToProposal.get(o.proposalLineId) ?? undefined;
      if (p) b = basisOfProposal(p);
    }
    // A hand-made offer from before bases were kept: nothing to compare with.
    if (!b) continue;
    const c = changes(b);
    if (c.length) out.offers.push({ id: o.id, lenderName: o.lenderName, changes: c });
  }
  return out;
}


/** After a proposal is saved: the figures it was built on, and what the counsellor chose. */
export function recordProposalBasis(
  ctx: HandlerContext,
  clientId: number,
  proposalId: number,
  v: { figures: { statementId: number | null; disposableFen: number | null }; plan: ProposalPlan; input: { contingencyFen?: number; lines: readonly { debtId: number }[] } },
): void {
  const basis: PlanBasis = {
    statementId: v.figures.statementId,
    disposableFen: v.figures.disposableFen,
    debts: v.plan.lines.map((l) => ({ debtId: l.debtId, lenderId: l.lenderId, balanceFen: l.outstandingFen })),
    chosen: v.input.lines.map((l) => l.debtId),
    contingencyFen: v.input.contingencyFen ?? null,
  };
  saveProposalBasis(ctx.db, clientId, proposalId, basis, ctx.now());
}

/** The basis a proposal has: the one kept with it, else what its rows say. */
export function basisOfProposal(db: Db, p: ProposalRow): StoredBasis {
  return proposalBasis(db, p.id) ?? legacyProposalBasis(p, listLineRows(db, p.id));
}

/**
 * When an offer is drafted: an offer made from a proposal line stands on that proposal's
 * figures (it may already be stale); one typed by hand on today's.
 */
export function recordOfferBasis(ctx: HandlerContext, clientId: number, offerId: number, lineId: number | null): void {
  const line = lineId === null ? undefined : getLineRow(ctx.db, lineId);
  const p = line ? getProposalRow(ctx.db, line.proposal_id) : undefined;
  const stored = p ? basisOfProposal(ctx.db, p) : { basis: basisNow(ctx.db, clientId), takenAt: ctx.now().toISOString() };
  saveOfferBasis(ctx.db, clientId, offerId, stored.basis, new Date(stored.takenAt));
}
