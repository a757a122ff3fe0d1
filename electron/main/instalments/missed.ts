import { addDays } from '../../../shared/domain/dates';
import { DEFAULT_GRACE_DAYS } from '../../../shared/schemas/agreements';
import { allocate, ledger } from '../agreements/ledger';
import { today } from '../agreements/view';
import type { HandlerContext } from '../context';
import { instalmentForFollowup, ledgerInputs } from '../db/agreements';
import { caseCurrency } from '../db/clients';
import { writeAudit } from '../db/audit';
import { insertChaseFollowup, instalmentHasFollowup } from '../db/followups';
import { agreementsWithMissedCandidates, setUnpaidFlags, type SweepScope } from '../db/instalments';
import type { Db } from '../db/connection';
import { reviewOnMissedInstalment } from '../reviews/schedule';

// A missed instalment gets one follow-up to chase it, made when it is marked missed or
// when the sweep finds it unpaid beyond the grace period.

/** One follow-up per missed instalment, never two. Returns whether one was created. */
export function ensureMissedFollowup(ctx: HandlerContext, instalmentId: number, todayIso: string): boolean {
  if (instalmentHasFollowup(ctx.db, instalmentId)) return false;
  const r = instalmentForFollowup(ctx.db, instalmentId)!;
  const v = {
    clientId: r.client_id,
    debtId: r.debt_id,
    lenderId: r.lender_id,
    dueDate: todayIso,
    reason: 'missed_payment' as const,
    generated: { kind: 'missedInstalment' as const, lender: r.lender_name, seq: r.seq, dueDate: r.due_date, amountFen: r.amount_fen, currency: caseCurrency(ctx.db, r.client_id) },
    instalmentId,
  };
  const id = insertChaseFollowup(ctx.db, v, ctx.now());
  writeAudit(ctx.db, { actor: ctx.actor(), at: ctx.now(), entity: 'followup', entityId: id, action: 'create', after: v });
  reviewOnMissedInstalment(ctx, r.client_id);
  return true;
}

/** Stores which of the agreement's instalments the ledger has covered (after any payment change). */
export function refreshUnpaidFlags(db: Db, agreementId: number): void {
  const { instalments, payments } = ledgerInputs(db, agreementId);
  const { paidFen } = allocate(instalments, payments);
  setUnpaidFlags(
    db,
    instalments.map((i, k) => ({ id: i.id, paid: paidFen[k]! >= i.amountFen })),
  );
}

/**
 * Finds instalments of active agreements that are missed (marked, or unpaid beyond the
 * grace period in the counsellor's time zone) and have no follow-up yet, and creates one
 * for each. Candidates come off the unpaid-instalments index (db/instalments.ts), so the
 * cost follows what is still open, not the history; the ledger decides, and a stale
 * "unpaid" flag found paid is corrected. Idempotent: a second run creates nothing.
 * Returns how many were created. A page that shows one client's or one lender's agreements
 * sweeps just those (`scope`); start-up sweeps all.
 */
export function sweepMissedInstalments(ctx: HandlerContext, scope: SweepScope = {}, graceDays = DEFAULT_GRACE_DAYS): number {
  const todayIso = today(ctx);
  const candidates = agreementsWithMissedCandidates(ctx.db, addDays(todayIso, -graceDays), scope);
  if (candidates.length === 0) return 0;
  return ctx.db.transaction(() => {
    let created = 0;
    for (const agreementId of candidates) {
      const { instalments, payments } = ledgerInputs(ctx.db, agreementId);
      const lines = ledger(instalments, payments, todayIso, graceDays);
      for (const line of lines) {
        if (line.state === 'missed' && ensureMissedFollowup(ctx, line.id, todayIso)) created++;
      }
      setUnpaidFlags(
        ctx.db,
        lines.map((l) => ({ id: l.id, paid: l.state === 'paid' })),
      );
    }
    return created;
  })();
}
