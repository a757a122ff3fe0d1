import { plus, zero } from '../../../shared/domain/ledger';
import type { LedgerView } from '../../../shared/schemas/ledger';
import { todayIn } from '../../../shared/domain/dates';
import type { HandlerContext } from '../context';
import type { Db } from '../db/connection';
import { getDebtRow, type DebtRow } from '../db/debts';
import { balancesAsOf, ledgerRows, toEntry } from '../db/ledger';
import { notFound } from '../errors';

// A debt's ledger as the counsellor sees it: every entry with the balance after it.

export const today = (ctx: HandlerContext): string => todayIn(ctx.timeZone(), ctx.now());

export function requireDebt(db: Db, debtId: number): DebtRow {
  const row = getDebtRow(db, debtId);
  if (!row) throw notFound();
  return row;
}

export function ledgerView(ctx: HandlerContext, debtId: number): LedgerView {
  const debt = requireDebt(ctx.db, debtId);
  let running = zero();
  const entries = ledgerRows(ctx.db, debtId).map((r) => {
    running = plus(running, { principalFen: r.principal_fen, interestFen: r.interest_fen, penaltyFen: r.penalty_fen, lateFeesFen: r.late_fees_fen, otherFen: r.other_fen });
    return toEntry(r, running);
  });
  const { balance, summary } = balancesAsOf(ctx.db, [debtId], today(ctx)).get(debtId)!;
  return { debtId, clientId: debt.client_id, lenderName: debt.lender_name, balance, summary, entries };
}
