import { z } from 'zod';
import { Id, IsoDate, optionalText } from './common';
import { CurrencyCode, Fen } from './money';
import { RemedyParams, Terms } from './remedies';

// Offers put to lenders, the agreements that come of accepted ones, their instalments and
// the payments made against them.

export const OFFER_STATUSES = ['drafted', 'sent', 'countered', 'accepted', 'rejected', 'expired'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

/** Where an offer may go from each status. Accepted, rejected and expired are final. */
export const OFFER_TRANSITIONS: Record<OfferStatus, readonly OfferStatus[]> = {
  drafted: ['sent'],
  sent: ['countered', 'accepted', 'rejected', 'expired'],
  // A countered offer is re-sent (revised), or the lender's terms are accepted, or it ends.
  countered: ['sent', 'accepted', 'rejected', 'expired'],
  accepted: [],
  rejected: [],
  expired: [],
};

export const AGREEMENT_STATUSES = ['active', 'completed', 'broken', 'cancelled'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const INSTALMENT_STATES = ['paid', 'partial', 'due', 'late', 'missed'] as const;
export type InstalmentState = (typeof INSTALMENT_STATES)[number];

export const CONTACT_CHANNELS = ['phone', 'letter', 'email', 'online', 'in_person', 'sms_wechat'] as const;

/** Days after the due date during which an unpaid instalment is late, not yet missed. */
export const DEFAULT_GRACE_DAYS = 7;
/** Days after sending an offer until the reply is chased. */
export const DEFAULT_REPLY_DAYS = 14;

const Note = optionalText(2000);

// ---- inputs ----

export const OfferListInput = z.object({ clientId: Id }).strict();

export const OfferCreateFromProposalInput = z
  .object({
    proposalId: Id,
    lineIds: z.array(Id, { error: 'validation.type' }).min(1, 'agreements.errors.noLines').max(200, 'validation.tooLong'),
    validUntil: IsoDate.nullable().optional(),
    /** The day the offers were drafted (default: today). */
    draftedOn: IsoDate.optional(),
  })
  .strict();

const LogContact = z.object({ channel: z.enum(CONTACT_CHANNELS, { error: 'validation.choice' }), person: optionalText(100).optional() }).strict();
const FollowUpDays = z.number({ error: 'validation.number' }).int('validation.number').min(1, 'validation.number').max(365, 'validation.number');

export const OfferCreateInput = z
  .object({
    debtId: Id,
    params: RemedyParams,
    /** The first instalment's date (default: a month from today). */
    startDate: IsoDate.optional(),
    validUntil: IsoDate.nullable().optional(),
    note: Note.optional(),
    /** The day it was drafted (default: today, or the day it was sent). */
    draftedOn: IsoDate.optional(),
    /** Already sent on this day: the offer is recorded as sent, with its reply follow-up. */
    sentOn: IsoDate.optional(),
    /** With sentOn: log a contact entry of this channel on that day. */
    logContact: LogContact.optional(),
    /** With sentOn: chase the reply this many days after it (default 14). */
    followUpDays: FollowUpDays.optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.sentOn !== undefined) return;
    for (const k of ['logContact', 'followUpDays'] as const) {
      if (v[k] !== undefined) ctx.addIssue({ code: 'custom', path: [k], message: 'agreements.errors.onlyOnSend' });
    }
  });

export const OfferTransitionInput = z
  .object({
    id: Id,
    rev: z.number().int().min(1),
    to: z.enum(['sent', 'countered', 'accepted', 'rejected', 'expired'], { error: 'validation.choice' }),
    onDate: IsoDate,
    note: Note.optional(),
    /** The lender's terms, for a counter-offer (required then, refused otherwise). */
    counterParams: RemedyParams.optional(),
    /** On sending a countered offer again: our revised terms (optional). */
    params: RemedyParams.optional(),
    /** First instalment date for counterParams / params (default: the current terms' first date). */
    startDate: IsoDate.optional(),
    /** On sending: log a contact entry of this channel. */
    logContact: LogContact.optional(),
    /** On sending: chase the reply this many days later (default 14). */
    followUpDays: FollowUpDays.optional(),
    /** On sending: the date the offer stays open until. */
    validUntil: IsoDate.nullable().optional(),
    /** On accepting: whether the part of the balance the agreement gives up is forgiven only once the plan is completed (default) or at once. */
    waiverConditional: z.boolean({ error: 'validation.type' }).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.to === 'countered' && !v.counterParams) ctx.addIssue({ code: 'custom', path: ['counterParams'], message: 'validation.required' });
    if (v.to !== 'countered' && v.counterParams) ctx.addIssue({ code: 'custom', path: ['counterParams'], message: 'agreements.errors.counterOnlyOnCounter' });
    if (v.to !== 'accepted' && v.waiverConditional !== undefined) ctx.addIssue({ code: 'custom', path: ['waiverConditional'], message: 'ledger.errors.onlyOnAccept' });
    if (v.to !== 'sent') {
      for (const k of ['logContact', 'followUpDays', 'params', 'validUntil'] as const) {
        if (v[k] !== undefined) ctx.addIssue({ code: 'custom', path: [k], message: 'agreements.errors.onlyOnSend' });
      }
    }
  });

export const OfferDeleteInput = z.object({ id: Id, rev: z.number().int().min(1) }).strict();

export const AgreementListInput = z.object({ clientId: Id }).strict();
export const AgreementByLenderInput = z.object({ lenderId: Id }).strict();

export const AgreementSetStatusInput = z
  .object({
    id: Id,
    rev: z.number().int().min(1),
    status: z.enum(AGREEMENT_STATUSES, { error: 'validation.choice' }),
    note: Note.optional(),
    /** The day it happened, in the counsellor's time zone; default today. */
    onDate: IsoDate.optional(),
  })
  .strict();

export const PaymentRecordInput = z
  .object({
    agreementId: Id,
    paidDate: IsoDate,
    amountFen: Fen.refine((v) => v > 0, 'agreements.errors.amountZero'),
    instalmentId: Id.nullable().optional(),
    note: Note.optional(),
  })
  .strict();

export const PaymentDeleteInput = z.object({ id: Id }).strict();

export const InstalmentMarkMissedInput = z
  .object({
    id: Id,
    missed: z.boolean({ error: 'validation.type' }),
    onDate: IsoDate.optional(),
  })
  .strict();

// ---- outputs ----

export const OfferEventView = z.object({
  id: z.number().int(),
  at: z.string(),
  onDate: z.string(),
  status: z.enum(OFFER_STATUSES),
  note: z.string().nullable(),
  terms: Terms.nullable(),
  contactId: z.number().int().nullable(),
});
export type OfferEventView = z.infer<typeof OfferEventView>;

export const OfferView = z.object({
  id: z.number().int(),
  clientId: z.number().int(),
  debtId: z.number().int(),
  lenderId: z.number().int(),
  lenderName: z.string(),
  accountRef: z.string().nullable(),
  proposalLineId: z.number().int().nullable(),
  remedy: z.string(),
  terms: Terms,
  counterTerms: Terms.nullable(),
  totalFen: z.number().int(),
  monthlyFen: z.number().int().nullable(),
  months: z.number().int().nullable(),
  status: z.enum(OFFER_STATUSES),
  validUntil: z.string().nullable(),
  agreementId: z.number().int().nullable(),
  /** Statuses this offer may move to now. */
  next: z.array(z.enum(OFFER_STATUSES)),
  events: z.array(OfferEventView),
  rev: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OfferView = z.infer<typeof OfferView>;

export const OfferListOutput = z.object({ items: z.array(OfferView) });

export const InstalmentView = z.object({
  id: z.number().int(),
  seq: z.number().int(),
  dueDate: z.string(),
  amountFen: z.number().int(),
  paidFen: z.number().int(),
  /** The date the instalment was fully covered, when it was. */
  paidOn: z.string().nullable(),
  missedAt: z.string().nullable(),
  state: z.enum(INSTALMENT_STATES),
  /** Calendar days past the due date (0 when not yet due). */
  daysLate: z.number().int(),
});
export type InstalmentView = z.infer<typeof InstalmentView>;

export const PaymentView = z.object({
  id: z.number().int(),
  paidDate: z.string(),
  amountFen: z.number().int(),
  instalmentId: z.number().int().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
});

export const Progress = z.object({
  totalFen: z.number().int(),
  paidFen: z.number().int(),
  outstandingFen: z.number().int(),
  instalments: z.number().int(),
  paidInstalments: z.number().int(),
  nextDue: z.object({ dueDate: z.string(), amountFen: z.number().int(), instalmentId: z.number().int() }).nullable(),
  lateCount: z.number().int(),
  missedCount: z.number().int(),
});
export type Progress = z.infer<typeof Progress>;

export const AgreementView = z.object({
  id: z.number().int(),
  clientId: z.number().int(),
  clientName: z.string(),
  caseRef: z.string(),
  debtId: z.number().int(),
  lenderId: z.number().int(),
  lenderName: z.string(),
  accountRef: z.string().nullable(),
  offerId: z.number().int().nullable(),
  agreedDate: z.string(),
  remedy: z.string(),
  terms: Terms,
  status: z.enum(AGREEMENT_STATUSES),
  /** The day the current status began (its latest status change); null while it has never changed. */
  statusDate: z.string().nullable(),
  /** Whether its waiver is forgiven only once the plan is completed (revoked if it breaks). */
  waiverConditional: z.boolean(),
  notes: z.string().nullable(),
  progress: Progress,
  instalments: z.array(InstalmentView),
  payments: z.array(PaymentView),
  rev: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AgreementView = z.infer<typeof AgreementView>;

export const AgreementListOutput = z.object({ items: z.array(AgreementView), progress: Progress });

export const LenderOfferRow = z.object({
  id: z.number().int(),
  clientId: z.number().int(),
  clientName: z.string(),
  caseRef: z.string(),
  status: z.enum(OFFER_STATUSES),
  remedy: z.string(),
  totalFen: z.number().int(),
  /** The case's currency (a lender's offers span cases of several regions). */
  currency: CurrencyCode,
  validUntil: z.string().nullable(),
  updatedAt: z.string(),
});

export const AgreementByLenderOutput = z.object({
  offers: z.array(LenderOfferRow),
  offerCounts: z.record(z.string(), z.number().int()),
  /** Each with its case's currency. */
  agreements: z.array(AgreementView.omit({ instalments: true, payments: true, terms: true }).extend({ currency: CurrencyCode })),
  /** The running agreements' progress per currency (amounts of different currencies are never combined). */
  progress: z.array(z.object({ currency: CurrencyCode, progress: Progress })),
});

export const DeletedOutput = z.object({ deleted: z.literal(true) });

/** Saved proposals of a client with their lines, to pick offers from. */
export const ProposalChoices = z.array(
  z.object({
    id: z.number().int(),
    name: z.string(),
    months: z.number().int(),
    startDate: z.string(),
    createdAt: z.string(),
    lines: z.array(
      z.object({
        id: z.number().int(),
        debtId: z.number().int(),
        lenderId: z.number().int(),
        lenderName: z.string(),
        remedy: z.string(),
        totalFen: z.number().int(),
        monthlyFen: z.number().int().nullable(),
        /** Offers already made from this line (any status). */
        offerCount: z.number().int(),
      }),
    ),
  }),
);
