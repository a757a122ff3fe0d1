import { z } from 'zod';
import { IsoDate } from './common';
import { Fen } from './money';

// What a counsellor can ask a lender for, and the terms that come out of it. Shared by
// proposals (computed scenarios), offers (what was sent / countered) and agreements
// (what was accepted): the same shape travels from one to the next.

export const REMEDIES = ['extension', 'instalments', 'waiver', 'settlement', 'card_instalments', 'hardship'] as const;
export const Remedy = z.enum(REMEDIES, { error: 'validation.choice' });
export type Remedy = z.infer<typeof Remedy>;

/** A reduction of one charge: a share of it (0–100 %) or a fixed amount in fen. */
export const Reduction = z.discriminatedUnion(
  'mode',
  [
    z.object({ mode: z.literal('percent'), value: z.number({ error: 'validation.number' }).min(0, 'validation.number').max(100, 'validation.number') }).strict(),
    z.object({ mode: z.literal('amount'), value: Fen }).strict(),
  ],
  { error: 'validation.choice' },
);
export type Reduction = z.infer<typeof Reduction>;

/**
 * Waivers of the debt's charges and, where a share cannot clear the balance within the
 * chosen term, of the part of the principal that remains (asked for openly, never implied).
 */
export const Waivers = z
  .object({ interest: Reduction.optional(), penalty: Reduction.optional(), fees: Reduction.optional(), principal: Reduction.optional() })
  .strict();
export type Waivers = z.infer<typeof Waivers>;

const Months = (max: number) => z.number({ error: 'validation.number' }).int('validation.number').min(1, 'validation.number').max(max, 'validation.number');

/** The parameters of each remedy, as the counsellor tunes them. */
export const RemedyParams = z.discriminatedUnion(
  'remedy',
  [
    // Pay what is owed (less any waivers) in one go on a later date.
    z.object({ remedy: z.literal('extension'), extendTo: IsoDate, waivers: Waivers.optional() }).strict(),
    // N monthly instalments; with interest at an annual rate on the declining balance, or interest-free.
    z
      .object({
        remedy: z.literal('instalments'),
        months: Months(180),
        withInterest: z.boolean(),
        annualRate: z.number({ error: 'validation.number' }).min(0, 'validation.number').max(1, 'validation.number').optional(),
        waivers: Waivers.optional(),
      })
      .strict(),
    // Interest / penalty / fees waived; the rest paid by a date (or over `months`).
    z.object({ remedy: z.literal('waiver'), waivers: Waivers, payBy: IsoDate.optional(), months: Months(180).optional() }).strict(),
    // A lump sum accepted in full settlement.
    z.object({ remedy: z.literal('settlement'), amountFen: Fen, payBy: IsoDate }).strict(),
    // Credit-card personalised instalments (停息挂账): up to 60 months, usually interest stopped,
    // sometimes a monthly handling fee on the original balance.
    z
      .object({
        remedy: z.literal('card_instalments'),
        months: Months(60),
        monthlyFeeRate: z.number({ error: 'validation.number' }).min(0, 'validation.number').max(0.05, 'validation.number').optional(),
      })
      .strict(),
    // No money available: ask the lender to hold collection while the situation is assessed.
    z.object({ remedy: z.literal('hardship'), holdUntil: IsoDate, reviewMonths: Months(24).optional() }).strict(),
  ],
  { error: 'validation.choice' },
);
export type RemedyParams = z.infer<typeof RemedyParams>;

export const Instalment = z.object({ seq: z.number().int().min(1), dueDate: IsoDate, amountFen: Fen }).strict();
export type Instalment = z.infer<typeof Instalment>;

/** What the remedy comes to: the schedule, what is paid, what it saves against the contract. */
export const Terms = z
  .object({
    params: RemedyParams,
    schedule: z.array(Instalment),
    totalFen: Fen,
    /** The regular monthly payment (null for one-off payments and holds). */
    monthlyFen: Fen.nullable(),
    months: z.number().int().min(0).nullable(),
    /**
     * Internal only, never printed for a lender: the contract amount (outstanding, plus
     * contractual interest where known) minus totalFen; may be negative. What a lender
     * reads as the waiver is lenderFigures(...).waiverFen (shared/domain/plan-figures.ts).
     */
    savingFen: z.number().int(),
  })
  .strict();
export type Terms = z.infer<typeof Terms>;
