import { waiverOf } from '../../../shared/domain/plan-figures';
import type { HandlerContext } from '../context';
import { parseTerms } from '../db/offers';
import type { AgreementRow, AgreementStatus } from '../db/agreements';
import { writeAudit } from '../db/audit';
import { balancesAsOf, deleteEntries, entriesOfAgreement, entryOfPayment, insertEntry } from '../db/ledger';
import { reviewAfterPlanChange } from '../reviews/schedule';
import { today } from './view';

// What an agreement does to its debt's ledger (db/ledger.ts), always in the transaction of
// the change that causes it:
//   accepted  -> a waiver of the part of the balance the agreement gives up (balance − agreed
//                total, the figure a lender reads as 减免金额), conditional on completing the
//                plan unless the agreement says otherwise;
//   a payment -> a payment entry on the same date (removed again with the payment);
//   completed -> the debt is settled: whatever is still owed is waived (unconditionally: the
//                condition is met), so the balance is zero and the saving shows;
//   broken or cancelled -> the conditional waivers are revoked: the debt shows what is owed again;
//   back to active -> the revocations and the settlement made by the old status are undone.
// An agreement covers exactly one debt (agreements.debt_id), so nothing is split between debts.

type Ctx = HandlerContext;

function audit(ctx: Ctx, a: AgreementRow, what: string, ids: readonly number[]): void {
  if (!ids.length) return;
  writeAudit(ctx.db, {
    actor: ctx.actor(),
    at: ctx.now(),
    entity: 'debtLedger',
    entityId: ids[0]!,
    action: what === 'removed' ? 'delete' : 'create',
    after: { clientId: a.client_id, debtId: a.debt_id, agreementId: a.id, change: what, entries: ids },
  });
}

/** The date an entry caused today takes: today, or the agreement's own date if that is earlier. */
const notAfterToday = (ctx: Ctx, date: string) => {
  const t = today(ctx);
  return date > t ? t : date;
};

/** On acceptance: the waiver the agreement grants, if it gives up any of the balance. */
export function grantAgreementWaiver(ctx: Ctx, a: AgreementRow): void {
  const terms = parseTerms(a.terms_json, 'agreements.terms_json');
  const date = notAfterToday(ctx, a.agreed_date);
  const owed = balancesAsOf(ctx.db, [a.debt_id], date).get(a.debt_id)!.balance.totalFen;
  const waived = waiverOf({ outstandingFen: owed, terms: { ...terms, totalFen: a.total_fen } });
  if (waived <= 0) return;
  const id = insertEntry(
    ctx.db,
    { debtId: a.debt_id, kind: 'waiver', entryDate: date, amountFen: waived, conditional: a.waiver_conditional === 1, agreementId: a.id },
    ctx.now(),
  );
  audit(ctx, a, 'waiver_granted', [id]);
}

export function recordAgreementPayment(ctx: Ctx, a: AgreementRow, payment: { id: number; paidDate: string; amountFen: number }): void {
  insertEntry(ctx.db, { debtId: a.debt_id, kind: 'payment', entryDate: payment.paidDate, amountFen: payment.amountFen, agreementId: a.id, paymentId: payment.id }, ctx.now());
}

/** Before the payment row goes (the entry would go with it by its foreign key, but the debt's effects must be worked out again). */
export function removeAgreementPayment(ctx: Ctx, paymentId: number): void {
  const e = entryOfPayment(ctx.db, paymentId);
  if (e) deleteEntries(ctx.db, [e.id]);
}

/** After the agreement's status changed from `from` to `to` on `date` (the day it happened): the entries it causes take that day. */
export function agreementStatusChanged(ctx: Ctx, a: AgreementRow, from: AgreementStatus, to: AgreementStatus, date: string): void {
  if (from === to) return;
  // The case review follows the plans: none left once the last one is completed or cancelled.
  reviewAfterPlanChange(ctx, a.client_id, to);
  const entries = entriesOfAgreement(ctx.db, a.id);
  // Leaving a status undoes what entering it wrote.
  if (from === 'completed') {
    const settlement = entries.filter((e) => e.settles === 1).map((e) => e.id);
    deleteEntries(ctx.db, settlement);
    audit(ctx, a, 'removed', settlement);
  }
  if ((from === 'broken' || from === 'cancelled') && to !== 'broken' && to !== 'cancelled') {
    const revocations = entries.filter((e) => e.kind === 'waiver_revoked').map((e) => e.id);
    deleteEntries(ctx.db, revocations);
    audit(ctx, a, 'removed', revocations);
  }
  if (to === 'completed') {
    const id = insertEntry(ctx.db, { debtId: a.debt_id, kind: 'waiver', entryDate: date, amountFen: null, conditional: false, settles: true, agreementId: a.id }, ctx.now());
    audit(ctx, a, 'settled', [id]);
  }
  if ((to === 'broken' || to === 'cancelled') && from !== 'broken' && from !== 'cancelled') {
    const current = entriesOfAgreement(ctx.db, a.id);
    const revoked = new Set(current.filter((e) => e.kind === 'waiver_revoked').map((e) => e.revokes_id));
    const ids = current
      .filter((e) => e.kind === 'waiver' && e.conditional === 1 && !revoked.has(e.id))
      .map((w) => insertEntry(ctx.db, { debtId: a.debt_id, kind: 'waiver_revoked', entryDate: date, revokesId: w.id, agreementId: a.id }, ctx.now()));
    audit(ctx, a, 'waiver_revoked', ids);
  }
}
