import { z } from 'zod';
import { Id, IsoDate, optionalText } from './common';
import { LedgerSummary } from './ledger';
import { Fen } from './money';

/**
 * One amount of one debt: at most ¥100 billion, so that a debt's parts, and a client's or a
 * lender's totals over them, always stay exact integers (no consumer debt comes near it).
 */
const DebtFen = Fen.max(10_000_000_000_000, 'validation.moneyTooLarge');

export const PRODUCT_TYPES = ['online_loan', 'consumer_loan', 'credit_card', 'bank_loan', 'private_loan', 'other'] as const;
export const LEGAL_STAGES = ['none', 'lawsuit_filed', 'mediation', 'judgment', 'enforcement', 'dishonest_list', 'consumption_restriction'] as const;
export type LegalStage = (typeof LEGAL_STAGES)[number];
/** Stages in which a court is already enforcing: these cases need attention first. */
export const ENFORCEMENT_STAGES: readonly LegalStage[] = ['enforcement', 'dishonest_list', 'consumption_restriction'];
export const RATE_UNITS = ['annual', 'monthly', 'daily'] as const;

/** A contractual rate as the lender quotes it: 0.0005 daily is 0.05% a day. */
export const QuotedRate = z
  .object({
    value: z.number({ error: 'validation.number' }).min(0, 'validation.number').max(10, 'validation.rateTooHigh'),
    unit: z.enum(RATE_UNITS, { error: 'validation.choice' }),
  })
  .strict();

export const ScheduledPayment = z.object({ date: IsoDate, amountFen: DebtFen }).strict();

const debtFields = {
  lenderId: Id,
  collectorId: Id.nullable(),
  productType: z.enum(PRODUCT_TYPES, { error: 'validation.choice' }),
  accountRef: optionalText(64),
  loanDate: IsoDate.nullable(),
  borrowedFen: DebtFen.nullable(),
  receivedFen: DebtFen.nullable(),
  rate: QuotedRate.nullable(),
  feesFen: DebtFen,
  principalFen: DebtFen,
  interestFen: DebtFen,
  penaltyFen: DebtFen,
  lateFeesFen: DebtFen,
  otherFen: DebtFen,
  firstMissedDate: IsoDate.nullable(),
  priority: z.boolean({ error: 'validation.type' }),
  /** The contract's repayment schedule, for the true cost (IRR) of the loan. */
  schedule: z.array(ScheduledPayment, { error: 'validation.type' }).max(600, 'validation.tooLong'),
  notes: optionalText(20_000),
};

/** Amount received cannot exceed amount borrowed (fees are deducted, never added). */
function receivedWithinBorrowed(d: { borrowedFen?: number | null; receivedFen?: number | null }, ctx: z.RefinementCtx) {
  if (d.borrowedFen != null && d.receivedFen != null && d.receivedFen > d.borrowedFen) {
    ctx.addIssue({ code: 'custom', path: ['receivedFen'], message: 'validation.receivedAboveBorrowed' });
  }
}

export const DebtCreateInput = z
  .object(debtFields)
  .partial()
  .extend({
    clientId: Id,
    lenderId: Id,
    productType: z.enum(PRODUCT_TYPES, { error: 'validation.choice' }).default('online_loan'),
    feesFen: DebtFen.default(0),
    principalFen: DebtFen.default(0),
    interestFen: DebtFen.default(0),
    penaltyFen: DebtFen.default(0),
    lateFeesFen: DebtFen.default(0),
    otherFen: DebtFen.default(0),
    /** The stage a new debt is already in: recorded as one legal event dated today, marked as an intake estimate. Later steps go through legal.*. */
    legalStage: z.enum(LEGAL_STAGES, { error: 'validation.choice' }).default('none'),
    priority: z.boolean({ error: 'validation.type' }).default(false),
    schedule: z.array(ScheduledPayment).max(600, 'validation.tooLong').default([]),
  })
  .strict()
  .superRefine(receivedWithinBorrowed);

/** The combined check (received ≤ borrowed) also runs on the merged row in the handler. */
export const DebtUpdateInput = z
  .object({ id: Id, rev: z.number().int().min(1), patch: z.object(debtFields).partial().strict().superRefine(receivedWithinBorrowed) })
  .strict();

/** A reference line: a fixed one from Settings (24%, 36%), or 4 × the one-year LPR the counsellor entered. */
export const COST_LINE_KINDS = ['line', 'lpr4'] as const;
export const CostLine = z.object({ rate: z.number(), kind: z.enum(COST_LINE_KINDS) });

/** How the IRR-method rate was worked out: the schedule's period, the rates, and the cash flows. */
export const IrrMethodView = z.object({
  /** month (every `months` months), day (every `days` days), term (one payment after `days` days), irregular (a day is the period). */
  period: z.object({ kind: z.enum(['month', 'day', 'term', 'irregular']), months: z.number().int().optional(), days: z.number().int().optional() }),
  periodsPerYear: z.number(),
  periodicRate: z.number(),
  /** periodicRate × periodsPerYear: the IRR-method annual rate (PBOC Announcement [2021] No. 3). */
  annualRate: z.number(),
  /** (1 + periodicRate)^periodsPerYear − 1. */
  effectiveAnnualRate: z.number(),
  /** The XIRR of the payments on their real dates. */
  xirr: z.number().nullable(),
  flows: z.array(z.object({ period: z.number().int(), date: z.string(), amountFen: z.number().int() })),
});

export const DebtCost = z.object({
  /** The quoted rate made annual, simply (daily × 365, monthly × 12). */
  quotedAnnualSimple: z.number().nullable(),
  /** The quoted rate made annual with compounding. */
  quotedAnnualCompound: z.number().nullable(),
  /** The IRR-method figures of the real cash flows (amount received vs each scheduled payment); null without a schedule. */
  irrMethod: IrrMethodView.nullable(),
  /** The primary annual figure, the one the lines are marked against: irrMethod.annualRate, else quotedAnnualSimple. */
  primary: z.number().nullable(),
  basis: z.enum(['irrMethod', 'quoted']).nullable(),
  /** The reference lines `primary` is above, lowest first. */
  aboveLines: z.array(CostLine),
});

export const DebtView = z.object({
  id: z.number().int(),
  clientId: z.number().int(),
  lenderId: z.number().int(),
  lenderName: z.string(),
  collectorId: z.number().int().nullable(),
  collectorName: z.string().nullable(),
  productType: z.enum(PRODUCT_TYPES),
  accountRef: z.string().nullable(),
  loanDate: z.string().nullable(),
  borrowedFen: z.number().int().nullable(),
  receivedFen: z.number().int().nullable(),
  rate: z.object({ value: z.number(), unit: z.enum(RATE_UNITS) }).nullable(),
  feesFen: z.number().int(),
  principalFen: z.number().int(),
  interestFen: z.number().int(),
  penaltyFen: z.number().int(),
  lateFeesFen: z.number().int(),
  otherFen: z.number().int(),
  /** The balance (principalFen … otherFen and this total) is derived from the debt's ledger, as of today. */
  outstandingFen: z.number().int(),
  ledger: LedgerSummary,
  firstMissedDate: z.string().nullable(),
  /** Calendar days since the first missed payment, in the counsellor's time zone. */
  daysOverdue: z.number().int().nullable(),
  /** Derived from the debt's court and enforcement steps (legal.*), with the day it began. */
  legalStage: z.enum(LEGAL_STAGES),
  legalStageDate: z.string().nullable(),
  priority: z.boolean(),
  schedule: z.array(z.object({ date: z.string(), amountFen: z.number().int() })),
  notes: z.string().nullable(),
  cost: DebtCost,
  rev: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DebtView = z.infer<typeof DebtView>;

export const DebtTotals = z.object({
  count: z.number().int(),
  principalFen: z.number().int(),
  interestFen: z.number().int(),
  penaltyFen: z.number().int(),
  lateFeesFen: z.number().int(),
  otherFen: z.number().int(),
  outstandingFen: z.number().int(),
  priorityOutstandingFen: z.number().int(),
  maxDaysOverdue: z.number().int().nullable(),
});

export const DebtListOutput = z.object({
  items: z.array(DebtView),
  totals: DebtTotals,
  byLender: z.array(z.object({ lenderId: z.number().int(), lenderName: z.string(), count: z.number().int(), outstandingFen: z.number().int() })),
});

export const DebtListInput = z.object({ clientId: Id }).strict();
export const DebtIdInput = z.object({ id: Id }).strict();
