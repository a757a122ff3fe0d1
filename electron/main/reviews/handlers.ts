import { addDays, todayIn } from '../../../shared/domain/dates';
import type { REVIEWS_CHANNELS } from '../../../shared/ipc/reviews.channels';
import type { HandlerContext } from '../context';
import { getClientRow } from '../db/clients';
import { changesSince, doneReviewsOf, dueReviews, getReviewRow, openReviewOf, toReviewView, type ReviewRow } from '../db/reviews';
import { AppError, notFound } from '../errors';
import type { HandlerPart } from '../handler-types';
import { scheduleNextReview, setReviewFields } from './schedule';

// Case reviews (reviews.*): a case's open review and its history, one review with what changed
// since the plan or the last review, completing it (which opens the next), and the reviews due
// this week for the follow-ups page.

/** How many due reviews the follow-ups page lists (the count is complete). */
const DUE_LIMIT = 100;

export function reviewsHandlers(ctx: HandlerContext): HandlerPart<(typeof REVIEWS_CHANNELS)[number]> {
  const { db } = ctx;
  const today = () => todayIn(ctx.timeZone(), ctx.now());

  function requireReview(id: number, rev?: number): ReviewRow {
    const r = getReviewRow(db, id);
    if (!r) throw notFound();
    if (rev !== undefined && r.rev !== rev) throw new AppError('CONFLICT', 'reviews.errors.conflict');
    return r;
  }

  return {
    'reviews.forClient': ({ clientId }) => {
      if (!getClientRow(db, clientId)) throw notFound();
      const open = openReviewOf(db, clientId);
      return { open: open ? toReviewView(open) : null, done: doneReviewsOf(db, clientId).map(toReviewView) };
    },

    'reviews.get': ({ id }) => {
      const r = requireReview(id);
      return { review: toReviewView(r), today: today(), changes: changesSince(db, r.client_id, r.since_date) };
    },

    'reviews.complete': ({ id, rev, outcome, notes }) =>
      db.transaction(() => {
        const r = requireReview(id, rev);
        if (r.status !== 'open') throw new AppError('CONFLICT', 'reviews.errors.notOpen');
        const t = today();
        const done = setReviewFields(ctx, r, { status: 'done', outcome, notes, completed_date: t });
        const next = scheduleNextReview(ctx, r.client_id, t);
        return { review: toReviewView(done), next: next ? toReviewView(next) : null };
      })(),

    'reviews.due': () => {
      const t = today();
      const weekEnd = addDays(t, 7);
      const { count, rows } = dueReviews(db, weekEnd, DUE_LIMIT);
      return { today: t, weekEnd, count, items: rows.map(toReviewView) };
    },
  };
}
