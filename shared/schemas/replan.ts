import { z } from 'zod';
import { Id, IsoDate, Locale } from './common';
import { Fen } from './money';

// Re-planning when the case's figures change. A saved proposal and every offer keep the
// figures they were built on (their basis: the statement's disposable income and each open
// debt's balance); on read those are compared with today's figures, and what differs is
// reported as structured changes – a kind and its parameters, worded by the window in the
// language of the moment, never stored as text.

/** The figures a plan or an offer was built on, as stored with it (plan_bases.basis_json). */
export const PlanBasis = z.object({
  statementId: z.number().int().nullable(),
  /** Monthly disposable income of that statement; null without one. */
  disposableFen: z.number().int().nullable(),
  /** Every debt the plan shared among (open, something owed), with its balance then. */
  debts: z.array(z.object({ debtId: z.number().int(), lenderId: z.number().int(), balanceFen: z.number().int() })),
  /** Proposals only: the debts whose remedy the counsellor chose (the others were the builder's suggestion). */
  chosen: z.array(z.number().int()).optional(),
  /** Proposals only: the contingency the counsellor set; null when the builder's default was used. */
  contingencyFen: z.number().int().nullable().optional(),
});
export type PlanBasis = z.infer<typeof PlanBasis>;

const lender = { debtId: z.number().int(), lenderId: z.number().int(), lenderName: z.string() };

/** One thing that changed since a plan or offer was built. */
export const FigureChange = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('disposable'), fromFen: z.number().int().nullable(), toFen: z.number().int().nullable() }),
  z.object({ kind: z.literal('debtAdded'), ...lender, balanceFen: z.number().int() }),
  z.object({ kind: z.literal('debtClosed'), ...lender, status: z.enum(['settled', 'written_off']) }),
  z.object({ kind: z.literal('debtRemoved'), ...lender }),
  z.object({ kind: z.literal('balance'), ...lender, fromFen: z.number().int(), toFen: z.number().int() }),
]);
export type FigureChange = z.infer<typeof FigureChange>;

export const StaleInput = z.object({ clientId: Id }).strict();

const Stale = z.object({ id: z.number().int(), changes: z.array(FigureChange) });
export const StaleOutput = z.object({
  /** Saved proposals whose figures changed (an empty list of changes is never reported). */
  proposals: z.array(Stale.extend({ name: z.string() })),
  /** Open offers (drafted, sent, countered) whose figures changed. */
  offers: z.array(Stale.extend({ lenderName: z.string() })),
});
export type StaleOutput = z.infer<typeof StaleOutput>;

// -- revise the plan ----------------------------------------------------------------------------

export const RevisePreviewInput = z.object({ proposalId: Id }).strict();

const Figures = z.object({
  remedy: z.string(),
  monthlyFen: z.number().int().nullable(),
  instalments: z.number().int(),
  totalFen: z.number().int(),
  waiverFen: z.number().int(),
  balanceFen: z.number().int(),
});
export type LineFigures = z.infer<typeof Figures>;

export const ReviseLine = z.object({
  debtId: z.number().int(),
  lenderId: z.number().int(),
  lenderName: z.string(),
  /** The saved plan's figures for this debt; null for a debt added since. */
  before: Figures.nullable(),
  /** The revised plan's; null for a debt no longer owed. */
  after: Figures.nullable(),
  /** Whether the lender's figures (remedy, monthly, instalments, total or waiver) differ. */
  changed: z.boolean(),
  /** The debt is under an active agreement: a variation request, not a revised offer, is the way to change it. */
  underAgreement: z.boolean(),
  /** A remedy the counsellor had chosen no longer fits the new figures and was replaced by the suggestion. */
  choiceDropped: z.boolean(),
});
export type ReviseLine = z.infer<typeof ReviseLine>;

export const RevisePreview = z.object({
  proposalId: z.number().int(),
  rev: z.number().int(),
  name: z.string(),
  changes: z.array(FigureChange),
  before: z.object({ disposableFen: z.number().int(), budgetFen: z.number().int(), monthlyFen: z.number().int(), months: z.number().int(), startDate: z.string() }),
  after: z.object({ disposableFen: z.number().int(), budgetFen: z.number().int(), monthlyFen: z.number().int(), months: z.number().int(), startDate: z.string() }),
  lines: z.array(ReviseLine),
  /** The lenders that would get a revised-offer letter (changed, still owed, not under an agreement). */
  letterLenderIds: z.array(z.number().int()),
});
export type RevisePreview = z.infer<typeof RevisePreview>;

export const ReviseConfirmInput = z
  .object({
    proposalId: Id,
    /** The proposal's rev the preview was made from: a change in between refuses the confirmation. */
    rev: z.number({ error: 'validation.number' }).int('validation.number').min(1, 'validation.number'),
    /** The language of the letters (the case's letter language). */
    locale: Locale,
  })
  .strict();

export const ReviseConfirmOutput = z.object({
  proposalId: z.number().int(),
  rev: z.number().int(),
  letters: z.array(z.object({ letterId: z.number().int(), lenderId: z.number().int(), lenderName: z.string() })),
});

// -- change of circumstances for active agreements -------------------------------------------

export const VARIATION_KINDS = ['lower', 'hold'] as const;

export const VariationInput = z
  .object({
    clientId: Id,
    kind: z.enum(VARIATION_KINDS, { error: 'validation.choice' }),
    /** Hold: for how many months payments pause. */
    holdMonths: z.number({ error: 'validation.number' }).int('validation.number').min(1, 'validation.number').max(24, 'validation.number').optional(),
    /** From when the change is asked for (default today). */
    fromDate: IsoDate.optional(),
    locale: Locale,
    /** The agreements affected; for a lower payment each with the monthly payment asked for. */
    agreements: z
      .array(z.object({ agreementId: Id, monthlyFen: Fen.optional() }).strict(), { error: 'validation.type' })
      .min(1, 'replan.errors.noAgreement')
      .max(200, 'validation.tooLong'),
  })
  .strict();
export type VariationInput = z.infer<typeof VariationInput>;

export const VariationOutput = z.object({
  letters: z.array(z.object({ letterId: z.number().int(), agreementId: z.number().int(), lenderId: z.number().int(), lenderName: z.string() })),
});
