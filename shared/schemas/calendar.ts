import { z } from 'zod';
import { LEGAL_EVENT_KINDS } from '../domain/legal';
import { OFFER_STATUSES } from './agreements';
import { IsoDate } from './common';
import { CurrencyCode } from './money';
import { FOLLOWUP_REASONS } from './contacts';
import { REMEDIES } from './remedies';
import { REVIEW_REASONS } from './reviews';

// The calendar (calendar.* channels): follow-ups, instalments due, court dates, offer expiries
// and case reviews of every active case, over a range of days. Items carry a kind and the
// parameters their title is made from; titles are rendered in the language of the moment
// (renderer/src/pages/calendar/itemTitle.ts, and the .ics writer in the main process).

export const CALENDAR_KINDS = ['followup', 'instalment', 'court', 'offerExpiry', 'review'] as const;
export type CalendarKind = (typeof CALENDAR_KINDS)[number];
/** What may be dragged to another day: the rest are facts (a court's date, an agreed schedule, a lender's deadline). */
export const MOVABLE_KINDS: readonly CalendarKind[] = ['followup', 'review'];

/** The longest range one call reads: a month view's six weeks and a little more. */
export const MAX_RANGE_DAYS = 62;

const Kinds = z.array(z.enum(CALENDAR_KINDS, { error: 'validation.choice' })).min(1, 'calendar.errors.noKinds').max(CALENDAR_KINDS.length, 'validation.tooLong');

function dayCount(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
}

const rangeFields = { from: IsoDate, to: IsoDate, kinds: Kinds.optional() };
function checkRange(d: { from: string; to: string }, ctx: z.RefinementCtx) {
  if (d.to < d.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'calendar.errors.rangeOrder' });
  else if (dayCount(d.from, d.to) > MAX_RANGE_DAYS) ctx.addIssue({ code: 'custom', path: ['to'], message: 'calendar.errors.rangeTooLong' });
}

export const CalendarRangeInput = z.object(rangeFields).strict().superRefine(checkRange);

const Base = {
  /** kind:id, unique over the whole calendar. */
  key: z.string(),
  id: z.number().int(),
  date: z.string(),
  clientId: z.number().int(),
  clientName: z.string(),
  caseRef: z.string(),
  lenderName: z.string().nullable(),
};

export const CalendarItem = z.discriminatedUnion('kind', [
  z.object({ ...Base, kind: z.literal('followup'), rev: z.number().int(), reason: z.enum(FOLLOWUP_REASONS) }),
  z.object({ ...Base, kind: z.literal('instalment'), seq: z.number().int(), amountFen: z.number().int(), currency: CurrencyCode, paid: z.boolean() }),
  z.object({ ...Base, kind: z.literal('court'), legalKind: z.enum(LEGAL_EVENT_KINDS), court: z.string().nullable() }),
  z.object({ ...Base, kind: z.literal('offerExpiry'), remedy: z.enum(REMEDIES), offerStatus: z.enum(OFFER_STATUSES) }),
  z.object({ ...Base, kind: z.literal('review'), rev: z.number().int(), reason: z.enum(REVIEW_REASONS) }),
]);
export type CalendarItem = z.infer<typeof CalendarItem>;

export const CalendarRangeOutput = z.object({
  /** Today in the counsellor's time zone. */
  today: z.string(),
  from: z.string(),
  to: z.string(),
  items: z.array(CalendarItem),
  /** Kinds with more items in the range than one answer carries (the first ones by date are shown). */
  truncated: z.array(z.enum(CALENDAR_KINDS)),
});
export type CalendarRange = z.infer<typeof CalendarRangeOutput>;

export const CalendarMoveInput = z
  .object({
    kind: z.enum(CALENDAR_KINDS, { error: 'validation.choice' }),
    id: z.number({ error: 'validation.id' }).int('validation.id').positive('validation.id'),
    rev: z.number({ error: 'validation.number' }).int().min(1),
    date: IsoDate,
  })
  .strict();

export const CalendarExportInput = z
  .object({
    ...rangeFields,
    /** Client names in the event titles: off unless the counsellor ticks it (the case reference stands in). */
    withNames: z.boolean({ error: 'validation.type' }).default(false),
  })
  .strict()
  .superRefine(checkRange);

export const CalendarExportOutput = z.object({ path: z.string().nullable(), events: z.number().int() });
