import { z } from 'zod';
import { AGREEMENT_STATUSES } from './agreements';
import { Id } from './common';
import { ContactView } from './contacts';
import { LegalEventView } from './legal';

// The client timeline: contacts, offer steps, letters, payments, case status changes, court steps and agreements' status changes,
// newest first, paged with an opaque cursor.

export const TIMELINE_TYPES = ['contact', 'incident', 'offer', 'letter', 'payment', 'status', 'legal', 'agreement'] as const;
export type TimelineType = (typeof TIMELINE_TYPES)[number];

export const TimelineListInput = z
  .object({
    clientId: Id,
    lenderId: Id.optional(),
    types: z.array(z.enum(TIMELINE_TYPES, { error: 'validation.choice' }), { error: 'validation.type' }).max(TIMELINE_TYPES.length * 2, 'validation.tooLong').optional(),
    /** Opaque: the nextCursor of the previous page. */
    before: z.string({ error: 'validation.text' }).max(200, 'validation.tooLong').optional(),
    limit: z.number({ error: 'validation.number' }).int('validation.number').min(1, 'validation.number').max(200, 'validation.number').default(50),
  })
  .strict();

const base = {
  /** Unique across the timeline, e.g. 'contact:12', 'letter:3:sent'. */
  key: z.string(),
  /** The instant the item is sorted by (ISO UTC); a step dated by day (payment, court step) sorts at the moment it was recorded when that was on its day, else at noon of its day (db/timeline.ts). */
  at: z.string(),
  lenderId: z.number().int().nullable(),
  lenderName: z.string().nullable(),
  debtId: z.number().int().nullable(),
};

export const TimelineContact = z.object({
  ...base,
  type: z.enum(['contact', 'incident']),
  contact: ContactView.pick({ id: true, channel: true, direction: true, person: true, summary: true, generated: true, outcome: true, source: true, incidentTypes: true, incidentDetails: true }),
});

export const TimelineOffer = z.object({
  ...base,
  type: z.literal('offer'),
  offer: z.object({
    eventId: z.number().int(),
    offerId: z.number().int(),
    status: z.string(),
    onDate: z.string(),
    note: z.string().nullable(),
    remedy: z.string(),
    totalFen: z.number().int(),
    monthlyFen: z.number().int().nullable(),
    months: z.number().int().nullable(),
  }),
});

export const TimelineLetter = z.object({
  ...base,
  type: z.literal('letter'),
  letter: z.object({ letterId: z.number().int(), event: z.enum(['created', 'finalised', 'sent']), title: z.string(), letterType: z.string(), status: z.string() }),
});

export const TimelinePayment = z.object({
  ...base,
  type: z.literal('payment'),
  payment: z.object({ paymentId: z.number().int(), agreementId: z.number().int(), paidDate: z.string(), amountFen: z.number().int(), note: z.string().nullable() }),
});

export const TimelineStatus = z.object({
  ...base,
  type: z.literal('status'),
  status: z.object({ changeId: z.number().int(), from: z.string().nullable(), to: z.string() }),
});

/** A court or enforcement step as data (kind and its facts), worded by the screen in its language. */
export const TimelineLegal = z.object({
  ...base,
  type: z.literal('legal'),
  legal: LegalEventView.pick({ kind: true, eventDate: true, court: true, caseNumber: true, amountFen: true, serviceDate: true, decision: true, instance: true, measure: true, notes: true, origin: true }).extend({
    eventId: z.number().int(),
  }),
});

/** An agreement's status change on the day it happened; reason says when Parley made it (the last payment came in, a payment was removed). */
export const TimelineAgreement = z.object({
  ...base,
  type: z.literal('agreement'),
  agreement: z.object({
    eventId: z.number().int(),
    agreementId: z.number().int(),
    from: z.enum(AGREEMENT_STATUSES),
    to: z.enum(AGREEMENT_STATUSES),
    onDate: z.string(),
    reason: z.enum(['all_paid', 'payment_removed']).nullable(),
    note: z.string().nullable(),
    origin: z.enum(['recorded', 'migrated']),
  }),
});

export const TimelineItem = z.union([TimelineContact, TimelineOffer, TimelineLetter, TimelinePayment, TimelineStatus, TimelineLegal, TimelineAgreement]);
export type TimelineItem = z.infer<typeof TimelineItem>;

export const TimelineListOutput = z.object({ items: z.array(TimelineItem), nextCursor: z.string().nullable() });
export type TimelineListOutput = z.infer<typeof TimelineListOutput>;
