import { z } from 'zod';
import { ALL_CATEGORIES } from '../domain/budget-categories';
import { Id, IsoDate, optionalText } from './common';
import { Fen } from './money';

export const FREQUENCIES = ['weekly', 'fortnightly', 'four_weekly', 'monthly', 'quarterly', 'yearly'] as const;
export const Frequency = z.enum(FREQUENCIES, { error: 'validation.choice' });
export const LINE_KINDS = ['income', 'expense', 'asset'] as const;

export const StatementLineInput = z
  .object({
    kind: z.enum(LINE_KINDS, { error: 'validation.choice' }),
    category: z.enum(ALL_CATEGORIES, { error: 'validation.choice' }),
    label: optionalText(100).optional(),
    amountFen: Fen,
    /** How often the amount comes or goes; assets are a value, their frequency is ignored. */
    frequency: Frequency.default('monthly'),
    note: optionalText(500).optional(),
  })
  .strict();

const statementBody = {
  statementDate: IsoDate,
  notes: optionalText(5000).optional(),
  lines: z.array(StatementLineInput, { error: 'validation.type' }).max(300, 'validation.tooLong'),
};

/** A new dated statement: the old ones stay, the case uses the latest. */
export const StatementCreateInput = z.object({ clientId: Id, ...statementBody }).strict();
/** Corrects a statement in place (its lines are replaced). */
export const StatementUpdateInput = z.object({ id: Id, rev: z.number().int().min(1), ...statementBody }).strict();

export const StatementTotals = z.object({
  incomeMonthlyFen: z.number().int(),
  fixedMonthlyFen: z.number().int(),
  variableMonthlyFen: z.number().int(),
  expenseMonthlyFen: z.number().int(),
  /** Income less all expenses, per month; negative when the client cannot cover costs. */
  disposableMonthlyFen: z.number().int(),
  assetsFen: z.number().int(),
});
export type StatementTotals = z.infer<typeof StatementTotals>;

export const StatementLine = z.object({
  id: z.number().int(),
  kind: z.enum(LINE_KINDS),
  category: z.enum(ALL_CATEGORIES),
  group: z.enum(['fixed', 'variable']).nullable(),
  label: z.string().nullable(),
  amountFen: z.number().int(),
  frequency: Frequency,
  monthlyFen: z.number().int(),
  note: z.string().nullable(),
  /** Against the category's reference range in Settings, when one is set. */
  outOfRange: z.enum(['below', 'above']).nullable(),
});

export const StatementSummary = z.object({
  id: z.number().int(),
  clientId: z.number().int(),
  statementDate: z.string(),
  totals: StatementTotals,
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type StatementSummary = z.infer<typeof StatementSummary>;

export const StatementDetail = StatementSummary.extend({
  notes: z.string().nullable(),
  rev: z.number().int(),
  lines: z.array(StatementLine),
});
export type StatementDetail = z.infer<typeof StatementDetail>;

export const ClientRef = z.object({ clientId: Id }).strict();
export const StatementIdInput = z.object({ id: Id }).strict();
