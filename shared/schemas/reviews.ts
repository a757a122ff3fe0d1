import { z } from 'zod';
import { LEGAL_EVENT_KINDS } from '../domain/legal';
import { OFFER_STATUSES } from './agreements';
import { Id, optionalText } from './common';
import { REMEDIES } from './remedies';

// Case reviews (reviews.* channels): each case with an active plan has one open review, every
// few months (a setting) and at once when a second instalment is missed. A review walks through
// what changed since the plan or the last review, and its outcome (continue, or re-plan) opens
// the next one.

export const REVIEW_REASONS = ['scheduled', 'missed_twice'] as const;
export const REVIEW_OUTCOMES = ['continue', 'replan'] as const;
export const REVIEW_STATUSES = ['open', 'done', 'cancelled'] as const;
/** Months between reviews, unless the counsellor sets another interval. */
export const DEFAULT_REVIEW_MONTHS = 6;

export const ReviewView = z.object({
  id: z.number().int(),
  clientId: z.number().int(),
  clientName: z.string(),
  caseRef: z.string(),
  dueDate: z.string(),
  originalDueDate: z.string().nullable(),
  reason: z.enum(REVIEW_REASONS),
  /** The day of the plan or of the last review: the review looks at what changed after it. */
  sinceDate: z.string(),
  status: z.enum(REVIEW_STATUSES),
  outcome: z.enum(REVIEW_OUTCOMES).nullable(),
  notes: z.string().nullable(),
  completedDate: z.string().nullable(),
  rev: z.number().int(),
});
export type ReviewView = z.infer<typeof ReviewView>;

const StatementFigures = z.object({
  id: z.number().int(),
  statementDate: z.string(),
  incomeFen: z.number().int(),
  costsFen: z.number().int(),
  disposableFen: z.number().int(),
});

/** What changed since the review's `sinceDate`, for the counsellor to walk through. */
export const ReviewChanges = z.object({
  /** The statement in force at `sinceDate` and the latest one (the same when none was made since). */
  statementThen: StatementFigures.nullable(),
  statementNow: StatementFigures.nullable(),
  // enteredFen: the balance as typed when the debt was entered (its opening balance).
  newDebts: z.array(z.object({ id: z.number().int(), lenderName: z.string(), enteredFen: z.number().int(), createdDate: z.string() })),
  lenderResponses: z.array(
    z.object({ offerId: z.number().int(), lenderName: z.string(), remedy: z.enum(REMEDIES), status: z.enum(OFFER_STATUSES), onDate: z.string() }),
  ),
  payments: z.object({ count: z.number().int(), totalFen: z.number().int() }),
  missedInstalments: z.array(z.object({ id: z.number().int(), lenderName: z.string(), seq: z.number().int(), dueDate: z.string(), amountFen: z.number().int() })),
  courtEvents: z.array(z.object({ id: z.number().int(), lenderName: z.string(), kind: z.enum(LEGAL_EVENT_KINDS), eventDate: z.string() })),
});
export type ReviewChanges = z.infer<typeof ReviewChanges>;

export const ReviewsForClientInput = z.object({ clientId: Id }).strict();
export const ReviewsForClientOutput = z.object({ open: ReviewView.nullable(), done: z.array(ReviewView) });

export const ReviewGetInput = z.object({ id: Id }).strict();
export const ReviewDetail = z.object({ review: ReviewView, today: z.string(), changes: ReviewChanges });

export const ReviewCompleteInput = z
  .object({
    id: Id,
    rev: z.number({ error: 'validation.number' }).int().min(1),
    outcome: z.enum(REVIEW_OUTCOMES, { error: 'validation.choice' }),
    notes: optionalText(5_000).default(null),
  })
  .strict();
export const ReviewCompleteOutput = z.object({ review: ReviewView, next: ReviewView.nullable() });

export const ReviewsDueInput = z.object({}).strict().optional();
export const ReviewsDueOutput = z.object({ today: z.string(), weekEnd: z.string(), count: z.number().int(), items: z.array(ReviewView) });
