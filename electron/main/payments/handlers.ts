import type { PAYMENTS_CHANNELS } from '../../../shared/ipc/payments.channels';
import { recordAgreementPayment, removeAgreementPayment } from '../agreements/debt-ledger';
import { changeAgreementStatus } from '../agreements/status';
import { agreementOut, agreementView, requireAgreement, today } from '../agreements/view';
import type { HandlerContext } from '../context';
import { lastAgreementEvent } from '../db/agreement-events';
import { deletePayment, getInstalmentRow, getPaymentRow, insertPayment, lastPaymentDate } from '../db/agreements';
import { writeAudit } from '../db/audit';
import { AppError, invalidFields, notFound } from '../errors';
import type { HandlerPart } from '../handler-types';
import { refreshUnpaidFlags } from '../instalments/missed';

// Payments made under an agreement. Recording the last one completes the agreement (and so
// settles its debt); removing one from a completed agreement reopens it. Each payment is also
// a payment entry in the debt's ledger, made and removed with it (agreements/debt-ledger.ts).

export function paymentsHandlers(ctx: HandlerContext): HandlerPart<(typeof PAYMENTS_CHANNELS)[number]> {
  const { db } = ctx;
  const audit = (entity: string, entityId: number, action: 'create' | 'update' | 'delete', before?: unknown, after?: unknown) =>
    writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity, entityId, action, before, after });

  /**
   * Completes the agreement when its last instalment is paid, on the day of its latest payment;
   * reopens it, today, when removing a payment leaves an instalment unpaid.
   */
  function maybeComplete(agreementId: number): void {
    const a = requireAgreement(db, agreementId);
    const v = agreementView(db, a, today(ctx));
    const allPaid = v.instalments.length > 0 && v.instalments.every((i) => i.state === 'paid');
    if (a.status === 'active' && allPaid) {
      const last = lastAgreementEvent(db, a.id)?.on_date ?? a.agreed_date;
      const paid = lastPaymentDate(db, a.id) ?? today(ctx);
      const onDate = paid < last ? last : paid;
      changeAgreementStatus(ctx, a, { to: 'completed', onDate, reason: 'all_paid', note: null, notes: a.notes });
      audit('agreement', a.id, 'update', { status: 'active' }, { status: 'completed', onDate, reason: 'all_paid' });
    } else if (a.status === 'completed' && !allPaid && v.instalments.length > 0) {
      changeAgreementStatus(ctx, a, { to: 'active', onDate: today(ctx), reason: 'payment_removed', note: null, notes: a.notes });
      audit('agreement', a.id, 'update', { status: 'completed' }, { status: 'active', onDate: today(ctx), reason: 'payment_removed' });
    }
  }

  return {
    'payments.record': ({ agreementId, paidDate, amountFen, instalmentId, note }) =>
      db.transaction(() => {
        const a = requireAgreement(db, agreementId);
        if (a.status !== 'active' && a.status !== 'broken') throw new AppError('CONFLICT', 'agreements.errors.notOpen');
        const fields: Record<string, string> = {};
        if (paidDate > today(ctx)) fields.paidDate = 'validation.dateInFuture';
        // Order is checked within the agreement only: a payment under it cannot predate it.
        else if (paidDate < a.agreed_date) fields.paidDate = 'agreements.errors.paidBeforeAgreement';
        if (instalmentId != null) {
          const inst = getInstalmentRow(db, instalmentId);
          if (!inst || inst.agreement_id !== agreementId) fields.instalmentId = 'agreements.errors.instalmentNotInAgreement';
        }
        const v = agreementView(db, a, today(ctx));
        if (amountFen > v.progress.outstandingFen) fields.amountFen = 'agreements.errors.overpaid';
        if (Object.keys(fields).length) throw invalidFields(fields);
        const values = { agreementId, clientId: a.client_id, instalmentId: instalmentId ?? null, paidDate, amountFen, note: note ?? null };
        const paymentId = insertPayment(db, values, ctx.now());
        audit('payment', paymentId, 'create', undefined, values);
        recordAgreementPayment(ctx, a, { id: paymentId, paidDate, amountFen });
        refreshUnpaidFlags(db, agreementId);
        maybeComplete(agreementId);
        return agreementOut(ctx, agreementId);
      })(),

    'payments.delete': ({ id }) =>
      db.transaction(() => {
        const p = getPaymentRow(db, id);
        if (!p) throw notFound();
        removeAgreementPayment(ctx, id);
        deletePayment(db, id);
        audit('payment', id, 'delete', { agreementId: p.agreement_id, clientId: p.client_id, instalmentId: p.instalment_id, paidDate: p.paid_date, amountFen: p.amount_fen, note: p.note });
        refreshUnpaidFlags(db, p.agreement_id);
        maybeComplete(p.agreement_id);
        return agreementOut(ctx, p.agreement_id);
      })(),
  };
}
