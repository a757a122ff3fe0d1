import { z } from 'zod';
import { GeneratedText } from './generated-text';
import { Id, IsoDate, IsoTimestamp, optionalText } from './common';

// The contact log (what was said to whom), conduct incidents and follow-ups.
// Timestamps are ISO UTC; the counsellor enters and reads them as a local date and time
// in their time zone (see zonedToUtc / utcToZoned below). Follow-up dates are calendar dates.

export const CONTACT_CHANNELS = ['phone', 'letter', 'email', 'online', 'in_person', 'sms_wechat'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];
export const DIRECTIONS = ['in', 'out'] as const;
export const CONTACT_SOURCES = ['manual', 'letter', 'offer', 'followup', 'payment'] as const;
export const INCIDENT_TYPES = [
  'threats',
  'violence',
  'contacting_relatives',
  'contacting_employer',
  'contacting_contacts',
  'unreasonable_hours',
  'disclosure',
  'impersonating_officials',
  'other',
] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];
export const FOLLOWUP_REASONS = ['contact', 'missed_payment', 'offer_reply', 'agreement_review', 'manual', 'appeal_deadline'] as const;

const Channel = z.enum(CONTACT_CHANNELS, { error: 'validation.choice' });
const Direction = z.enum(DIRECTIONS, { error: 'validation.choice' });
const IncidentTypes = z.array(z.enum(INCIDENT_TYPES, { error: 'validation.choice' }), { error: 'validation.type' }).max(INCIDENT_TYPES.length, 'validation.tooLong');
const Summary = z.string({ error: 'validation.required' }).trim().min(1, 'validation.required').max(5000, 'validation.tooLong');

const contactFields = {
  debtId: Id.nullable(),
  lenderId: Id.nullable(),
  occurredAt: IsoTimestamp,
  channel: Channel,
  direction: Direction,
  person: optionalText(200),
  summary: Summary,
  outcome: optionalText(5000),
  isIncident: z.boolean({ error: 'validation.type' }),
  incidentTypes: IncidentTypes,
  incidentDetails: optionalText(10_000),
  /** The next follow-up date; creates (or moves) the follow-up this contact asks for. */
  followUpDate: IsoDate.nullable(),
  followUpNote: optionalText(1000),
};

/** An incident names at least one kind of misconduct. */
function incidentHasType(d: { isIncident?: boolean; incidentTypes?: readonly string[] }, ctx: z.RefinementCtx) {
  if (d.isIncident === true && d.incidentTypes !== undefined && d.incidentTypes.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['incidentTypes'], message: 'contacts.errors.incidentTypeRequired' });
  }
}

export const ContactCreateInput = z
  .object({
    clientId: Id,
    debtId: Id.nullable().default(null),
    lenderId: Id.nullable().default(null),
    occurredAt: IsoTimestamp,
    channel: Channel,
    direction: Direction,
    person: optionalText(200).default(null),
    summary: Summary,
    outcome: optionalText(5000).default(null),
    isIncident: z.boolean({ error: 'validation.type' }).default(false),
    incidentTypes: IncidentTypes.default([]),
    incidentDetails: optionalText(10_000).default(null),
    followUpDate: IsoDate.nullable().default(null),
    followUpNote: optionalText(1000).default(null),
  })
  .strict()
  .superRefine(incidentHasType);

export const ContactUpdateInput = z
  .object({ id: Id, rev: z.number().int().min(1), patch: z.object(contactFields).partial().strict().superRefine(incidentHasType) })
  .strict();

export const ContactIdInput = z.object({ id: Id }).strict();

export const ContactFollowup = z.object({ id: z.number().int(), dueDate: z.string(), status: z.enum(['open', 'done', 'cancelled']), note: z.string().nullable() });

export const ContactView = z.object({
  id: z.number().int(),
  clientId: z.number().int(),
  debtId: z.number().int().nullable(),
  lenderId: z.number().int().nullable(),
  lenderName: z.string().nullable(),
  occurredAt: z.string(),
  channel: z.enum(CONTACT_CHANNELS),
  direction: z.enum(DIRECTIONS),
  person: z.string().nullable(),
  summary: z.string(),
  /** An entry the app wrote, as data: the screen words it in its language ('' in summary). */
  generated: GeneratedText.nullable(),
  outcome: z.string().nullable(),
  source: z.enum(CONTACT_SOURCES),
  isIncident: z.boolean(),
  incidentTypes: z.array(z.enum(INCIDENT_TYPES)),
  incidentDetails: z.string().nullable(),
  /** The follow-up this contact asked for (the latest one), if any. */
  followup: ContactFollowup.nullable(),
  rev: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ContactView = z.infer<typeof ContactView>;

// ---- incidents per lender ----

export const IncidentsByLenderInput = z.object({ lenderId: Id, limit: z.number().int().min(1).max(500).default(100) }).strict();

export const IncidentItem = z.object({
  contactId: z.number().int(),
  clientId: z.number().int(),
  clientName: z.string(),
  caseRef: z.string(),
  occurredAt: z.string(),
  channel: z.enum(CONTACT_CHANNELS),
  person: z.string().nullable(),
  summary: z.string(),
  types: z.array(z.enum(INCIDENT_TYPES)),
  details: z.string().nullable(),
});
export type IncidentItem = z.infer<typeof IncidentItem>;

export const IncidentsByLenderOutput = z.object({
  total: z.number().int(),
  /** Cases (clients) with at least one incident by this lender. */
  clients: z.number().int(),
  byType: z.array(z.object({ type: z.enum(INCIDENT_TYPES), count: z.number().int() })),
  items: z.array(IncidentItem),
});

// ---- follow-ups ----

export const FollowupView = z.object({
  id: z.number().int(),
  clientId: z.number().int(),
  clientName: z.string(),
  caseRef: z.string(),
  debtId: z.number().int().nullable(),
  lenderId: z.number().int().nullable(),
  lenderName: z.string().nullable(),
  dueDate: z.string(),
  originalDueDate: z.string().nullable(),
  snoozeCount: z.number().int(),
  reason: z.enum(FOLLOWUP_REASONS),
  note: z.string().nullable(),
  /** A follow-up the app made, as data: the screen words it in its language (note is then null). */
  generated: GeneratedText.nullable(),
  contactId: z.number().int().nullable(),
  /** What the contact that asked for this follow-up was about. */
  contactSummary: z.string().nullable(),
  contactGenerated: GeneratedText.nullable(),
  status: z.enum(['open', 'done', 'cancelled']),
  rev: z.number().int(),
});
export type FollowupView = z.infer<typeof FollowupView>;

const FollowupSection = z.object({ count: z.number().int(), items: z.array(FollowupView) });

export const FollowupsListInput = z.object({}).strict().optional();
export const FollowupsListOutput = z.object({
  /** Today in the counsellor's time zone: the day the sections are counted from. */
  today: z.string(),
  /** The last day of "this week": today + 7. */
  weekEnd: z.string(),
  overdue: FollowupSection,
  dueToday: FollowupSection,
  thisWeek: FollowupSection,
});
export type FollowupsListOutput = z.infer<typeof FollowupsListOutput>;

export const FollowupCreateInput = z
  .object({
    clientId: Id,
    debtId: Id.nullable().default(null),
    lenderId: Id.nullable().default(null),
    dueDate: IsoDate,
    note: optionalText(1000).default(null),
  })
  .strict();

export const FollowupDoneInput = z
  .object({
    id: Id,
    rev: z.number().int().min(1).optional(),
    occurredAt: IsoTimestamp.optional(),
    channel: Channel.default('phone'),
    direction: Direction.default('out'),
    person: optionalText(200).default(null),
    summary: Summary,
    outcome: optionalText(5000).default(null),
    /** A next follow-up, asked for by the contact this logs. */
    followUpDate: IsoDate.nullable().default(null),
  })
  .strict();

export const FollowupSnoozeInput = z
  .object({
    id: Id,
    rev: z.number().int().min(1).optional(),
    until: IsoDate.optional(),
    days: z.number({ error: 'validation.number' }).int('validation.number').min(1, 'validation.number').max(365, 'validation.number').optional(),
  })
  .strict()
  .superRefine((d, ctx) => {
    if ((d.until === undefined) === (d.days === undefined)) ctx.addIssue({ code: 'custom', path: ['until'], message: 'contacts.errors.snoozeTarget' });
  });

export const FollowupIdInput = z.object({ id: Id }).strict();
export const FollowupsForClientInput = z.object({ clientId: Id }).strict();

// ---- the counsellor's local time ----

function zonedParts(ms: number, timeZone: string) {
  const f = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    calendar: 'gregory',
    numberingSystem: 'latn',
  }).formatToParts(new Date(ms));
  const get = (t: string) => Number(f.find((p) => p.type === t)?.value);
  return { y: get('year'), mo: get('month'), d: get('day'), h: get('hour') % 24, mi: get('minute'), s: get('second') };
}

/** The local date ('YYYY-MM-DD') and time ('HH:mm') in `timeZone` of a UTC instant. */
export function utcToZoned(iso: string, timeZone: string): { date: string; time: string } {
  const p = zonedParts(Date.parse(iso), timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return { date: `${String(p.y).padStart(4, '0')}-${two(p.mo)}-${two(p.d)}`, time: `${two(p.h)}:${two(p.mi)}` };
}

/**
 * The UTC instant (ISO) of a wall-clock date and time in `timeZone`. In a gap (a
 * daylight-saving spring-forward) the later offset wins; in an overlap the earlier instant.
 */
export function zonedToUtc(date: string, time: string, timeZone: string): string {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  const offsetAt = (ms: number) => {
    const p = zonedParts(ms, timeZone);
    return Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s) - Math.floor(ms / 1000) * 1000;
  };
  let guess = wall - offsetAt(wall);
  guess = wall - offsetAt(guess);
  return new Date(guess).toISOString();
}
