import { instantOfDate } from '../../../shared/domain/dates';
import type { AgreementStatus } from '../../../shared/schemas/agreements';
import type { HandlerContext } from '../context';
import { insertAgreementEvent, lastAgreementEvent, type AgreementEventRow } from '../db/agreement-events';
import { lastPaymentDate, setAgreementStatus, type AgreementRow } from '../db/agreements';
import { agreementStatusChanged } from './debt-ledger';
import { today } from './view';

// An agreement's status changes on the day it really happened (issue 13 §5): today unless the
// counsellor gives another day. The order is checked among this agreement's own events only:
// not in the future, not before its acceptance, not before its previous status change, and a
// completion not before its last payment. The change is a dated event (agreement_events) that
// the timeline shows on its day, and the debt's ledger entries it causes take the same day.

export interface StatusChange {
  to: AgreementStatus;
  onDate: string;
  /** Why Parley changed it by itself; null when the counsellor did. */
  reason: AgreementEventRow['reason'];
  note: string | null;
  /** The agreement's notes after the change. */
  notes: string | null;
}

/** Field errors for a change of `a` to `to` on `onDate` (empty when the date fits). */
export function statusDateProblems(ctx: HandlerContext, a: AgreementRow, to: AgreementStatus, onDate: string): Record<string, string> {
  if (onDate > today(ctx)) return { onDate: 'validation.dateInFuture' };
  if (onDate < a.agreed_date) return { onDate: 'agreements.errors.statusBeforeAgreement' };
  const last = lastAgreementEvent(ctx.db, a.id);
  if (last && onDate < last.on_date) return { onDate: 'agreements.errors.beforeLastStep' };
  const paid = lastPaymentDate(ctx.db, a.id);
  if (to === 'completed' && paid !== null && onDate < paid) return { onDate: 'agreements.errors.completedBeforePayment' };
  return {};
}

/** Where the change sits in time: now when it happened today, otherwise noon of its day; never before the agreement's previous change. */
function eventInstant(ctx: HandlerContext, agreementId: number, onDate: string): Date {
  const at = instantOfDate(onDate, ctx.timeZone(), ctx.now());
  const previous = lastAgreementEvent(ctx.db, agreementId)?.at ?? null;
  return previous !== null && previous > at.toISOString() ? new Date(previous) : at;
}

/** Applies the change: the status, its dated event, and what it does to the debt's ledger. Call inside the change's transaction. */
export function changeAgreementStatus(ctx: HandlerContext, a: AgreementRow, c: StatusChange): void {
  const at = eventInstant(ctx, a.id, c.onDate);
  setAgreementStatus(ctx.db, a.id, c.to, c.notes, ctx.now());
  insertAgreementEvent(ctx.db, { agreementId: a.id, clientId: a.client_id, from: a.status, to: c.to, onDate: c.onDate, reason: c.reason, note: c.note }, at, ctx.now());
  agreementStatusChanged(ctx, a, a.status, c.to, c.onDate);
}
