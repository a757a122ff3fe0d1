// What changed between the figures a plan (or an offer) was built on and today's:
//
//   figureChanges(basis, now) -> FigureChange[]   (empty: the plan still stands)
//
// Compared: the monthly disposable income; for each debt the plan shared among, whether it is
// still there, still owed, and owed the same; and any debt owed now that the plan left out
// (a new debt). The caller gives today's balance of each debt as the plan would see it: the
// movements an agreement made since the plan was saved (its payments, the waiver it granted,
// a settlement at its end) are the plan being carried out, not a change in the figures, so
// they are added back; a lender's restated balance, a write-off or a payment made outside a
// plan remain. A debt closed since (settled or written off) is reported as closed.
import type { FigureChange, PlanBasis } from '../schemas/replan';

export interface DebtNow {
  debtId: number;
  lenderId: number;
  lenderName: string;
  /** Today's balance, with the movements of agreements since the basis was taken added back. */
  balanceFen: number;
  status: 'open' | 'settled' | 'written_off';
}

export interface FiguresNow {
  statementId: number | null;
  disposableFen: number | null;
  debts: readonly DebtNow[];
  /** Names of lenders whose debt is gone from the case (for a debt deleted since). */
  lenderName: (lenderId: number) => string;
}

export function figureChanges(basis: PlanBasis, now: FiguresNow): FigureChange[] {
  const out: FigureChange[] = [];
  if (basis.disposableFen !== now.disposableFen) out.push({ kind: 'disposable', fromFen: basis.disposableFen, toFen: now.disposableFen });
  const byId = new Map(now.debts.map((d) => [d.debtId, d]));
  const inBasis = new Set<number>();
  for (const b of basis.debts) {
    inBasis.add(b.debtId);
    const d = byId.get(b.debtId);
    if (!d) {
      out.push({ kind: 'debtRemoved', debtId: b.debtId, lenderId: b.lenderId, lenderName: now.lenderName(b.lenderId) });
      continue;
    }
    const who = { debtId: d.debtId, lenderId: d.lenderId, lenderName: d.lenderName };
    if (d.status !== 'open') out.push({ kind: 'debtClosed', ...who, status: d.status });
    else if (d.balanceFen !== b.balanceFen) out.push({ kind: 'balance', ...who, fromFen: b.balanceFen, toFen: d.balanceFen });
  }
  for (const d of now.debts) {
    if (inBasis.has(d.debtId) || d.status !== 'open' || d.balanceFen <= 0) continue;
    out.push({ kind: 'debtAdded', debtId: d.debtId, lenderId: d.lenderId, lenderName: d.lenderName, balanceFen: d.balanceFen });
  }
  return out;
}
