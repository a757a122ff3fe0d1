import { addMonths, todayIn } from '../../../shared/domain/dates';
import type { HandlerContext } from '../context';
import type { AgreementStatus } from '../db/agreements';
import { writeAudit } from '../db/audit';
import { activePlanSince, getReviewRow, insertReview, missedInstalmentsSince, openReviewOf, reviewAudit, updateReview, type ReviewFields, type ReviewRow } from '../db/reviews';

// When a case is reviewed. A case with an active plan has one open review: the first one
// the set interval (6 months by default) after the agreement, the next one that interval after
// each completed review, and at once when a second instalment falling due since the plan or the
// last review is missed. Called inside the transaction of the change that prompts it.

const today = (ctx: HandlerContext) => todayIn(ctx.timeZone(), ctx.now());
export const reviewInterval = (ctx: HandlerContext) => ctx.settings().reviewIntervalMonths;

function create(ctx: HandlerContext, v: { clientId: number; dueDate: string; reason: ReviewRow['reason']; sinceDate: string }): ReviewRow {
  const id = insertReview(ctx.db, v, ctx.now());
  const row = getReviewRow(ctx.db, id)!;
  writeAudit(ctx.db, { actor: ctx.actor(), at: ctx.now(), entity: 'case_review', entityId: id, action: 'create', after: reviewAudit(row) });
  return row;
}

/** Writes fields of a review with its audit row; answers the review as it is now. */
export function setReviewFields(ctx: HandlerContext, r: ReviewRow, fields: Partial<ReviewFields>): ReviewRow {
  updateReview(ctx.db, r, fields, ctx.now());
  const after = getReviewRow(ctx.db, r.id)!;
  writeAudit(ctx.db, { actor: ctx.actor(), at: ctx.now(), entity: 'case_review', entityId: r.id, action: 'update', before: reviewAudit(r), after: reviewAudit(after) });
  return after;
}

/** An agreement was reached on `agreedDate`: the case gets its first review, unless one is open already. */
export function scheduleFirstReview(ctx: HandlerContext, clientId: number, agreedDate: string): void {
  if (openReviewOf(ctx.db, clientId)) return;
  create(ctx, { clientId, dueDate: addMonths(agreedDate, reviewInterval(ctx)), reason: 'scheduled', sinceDate: agreedDate });
}

/** A review was completed on `onDate`: the next one, while the case still has an active plan. */
export function scheduleNextReview(ctx: HandlerContext, clientId: number, onDate: string): ReviewRow | null {
  if (activePlanSince(ctx.db, clientId) === null) return null;
  return create(ctx, { clientId, dueDate: addMonths(onDate, reviewInterval(ctx)), reason: 'scheduled', sinceDate: onDate });
}

/**
 * An instalment of the case was found missed: when it is the second since the plan or the last
 * review, the open review is due today (or one is opened, for a plan that had none).
 */
export function reviewOnMissedInstalment(ctx: HandlerContext, clientId: number): void {
  const t = today(ctx);
  const open = openReviewOf(ctx.db, clientId);
  const since = open?.since_date ?? activePlanSince(ctx.db, clientId);
  if (since === null || missedInstalmentsSince(ctx.db, clientId, since).length < 2) return;
  if (!open) create(ctx, { clientId, dueDate: t, reason: 'missed_twice', sinceDate: since });
  else if (open.due_date > t) setReviewFields(ctx, open, { due_date: t, reason: 'missed_twice' });
}

/**
 * An agreement of the case changed status. A completed or cancelled plan that leaves the case
 * with no active one takes the open review with it (a broken plan keeps it: that is when a
 * review is needed); a plan active again brings one back if none is open.
 */
export function reviewAfterPlanChange(ctx: HandlerContext, clientId: number, to: AgreementStatus): void {
  const open = openReviewOf(ctx.db, clientId);
  if (to === 'active') {
    if (!open) scheduleFirstReview(ctx, clientId, today(ctx));
  } else if ((to === 'completed' || to === 'cancelled') && open && activePlanSince(ctx.db, clientId) === null) {
    setReviewFields(ctx, open, { status: 'cancelled' });
  }
}
