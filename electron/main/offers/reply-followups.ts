import type { HandlerContext } from '../context';
import { writeAudit } from '../db/audit';
import { cancelFollowup, insertChaseFollowup, openReplyFollowups } from '../db/followups';
import type { OfferRow } from '../db/offers';

// A sent offer gets a follow-up to chase the lender's reply; the reply (or the offer's end)
// cancels it.

/** A follow-up to chase the lender's reply, unless one is already open for this offer. */
export function ensureReplyFollowup(ctx: HandlerContext, offer: OfferRow, dueDate: string): void {
  if (openReplyFollowups(ctx.db, offer.id).length) return;
  const v = {
    clientId: offer.client_id,
    debtId: offer.debt_id,
    lenderId: offer.lender_id,
    dueDate,
    reason: 'offer_reply' as const,
    generated: { kind: 'offerReply' as const, lender: offer.lender_name },
    offerId: offer.id,
  };
  const id = insertChaseFollowup(ctx.db, v, ctx.now());
  writeAudit(ctx.db, { actor: ctx.actor(), at: ctx.now(), entity: 'followup', entityId: id, action: 'create', after: v });
}

/** The reply came (or the offer ended): open reply follow-ups of the offer are cancelled. */
export function closeReplyFollowups(ctx: HandlerContext, offerId: number): void {
  for (const id of openReplyFollowups(ctx.db, offerId)) {
    cancelFollowup(ctx.db, id, ctx.now());
    writeAudit(ctx.db, { actor: ctx.actor(), at: ctx.now(), entity: 'followup', entityId: id, action: 'update', before: { status: 'open' }, after: { status: 'cancelled' } });
  }
}
