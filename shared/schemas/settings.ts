import { z } from 'zod';
import { EXPENSE_CATEGORIES } from '../domain/budget-categories';
import { DEFAULT_REGION, REGIONS } from '../domain/region';
import { IsoDate, Locale, optionalText } from './common';
import { Fen } from './money';

/** A reference range for one expense category, monthly, in fen; either end may be open. */
export const ExpenseRange = z
  .object({ minFen: Fen.nullable(), maxFen: Fen.nullable() })
  .strict()
  .refine((r) => r.minFen === null || r.maxFen === null || r.minFen <= r.maxFen, { message: 'validation.rangeOrder', path: ['maxFen'] });

const ExpenseRanges = z.partialRecord(z.enum(EXPENSE_CATEGORIES, { error: 'validation.choice' }), ExpenseRange);

const TimeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'validation.timeZone');

/** Annual-cost reference lines, as decimals (0.24 = 24% a year). */
const CostThresholds = z
  .array(z.number({ error: 'validation.number' }).gt(0, 'validation.lineRange').lt(100, 'validation.lineRange'), { error: 'validation.type' })
  .min(1, 'validation.required')
  .max(5, 'validation.tooLong');

/** How long restore and upgrade copies are kept: a day at least (the copy protects that start), a year at most. */
export const KeepCopiesDays = z
  .number({ error: 'validation.keepCopiesDays' })
  .int('validation.keepCopiesDays')
  .min(1, 'validation.keepCopiesDays')
  .max(365, 'validation.keepCopiesDays');

/**
 * The one-year Loan Prime Rate as the counsellor enters it, with the date it was published:
 * the courts protect private lending up to 4 × this rate.
 */
const Lpr = z
  .object({
    rate: z.number({ error: 'validation.number' }).gt(0, 'validation.lprRange').lt(0.2, 'validation.lprRange'),
    date: IsoDate,
  })
  .strict();

export const Settings = z.object({
  language: Locale,
  counsellorName: z.string().nullable(),
  timeZone: z.string(),
  costThresholds: z.array(z.number()),
  lpr: z.object({ rate: z.number(), date: z.string() }).nullable(),
  expenseRanges: z.record(z.string(), z.object({ minFen: z.number().nullable(), maxFen: z.number().nullable() })),
  /** The first-start questions were answered or skipped. */
  setupDone: z.boolean(),
  /** Days the whole-database copies (pre-restore, pre-migration) are kept in the data folder. */
  keepCopiesDays: z.number(),
  /** Months from a plan (or the last case review) to the next review. */
  reviewIntervalMonths: z.number(),
  /** The installation's region: new cases take it (each case keeps its own, see shared/domain/region.ts). */
  region: z.enum(REGIONS),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Omit<Settings, 'language'> = {
  counsellorName: null,
  timeZone: 'Asia/Shanghai',
  // Regulatory guidance lines for consumer lending; settings, not verdicts.
  costThresholds: [0.24, 0.36],
  lpr: null,
  expenseRanges: {},
  setupDone: false,
  keepCopiesDays: 30,
  reviewIntervalMonths: 6,
  region: DEFAULT_REGION,
};

export const RegionInput = z.enum(REGIONS, { error: 'validation.choice' });

export const SettingsUpdateInput = z
  .object({
    language: Locale,
    counsellorName: optionalText(100),
    timeZone: TimeZone,
    costThresholds: CostThresholds,
    lpr: Lpr.nullable(),
    expenseRanges: ExpenseRanges,
    setupDone: z.boolean({ error: 'validation.type' }),
    keepCopiesDays: KeepCopiesDays,
    reviewIntervalMonths: z.number({ error: 'validation.reviewInterval' }).int('validation.reviewInterval').min(1, 'validation.reviewInterval').max(24, 'validation.reviewInterval'),
    region: RegionInput,
  })
  .partial()
  .strict();

export const AppInfo = z.object({
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  dataDir: z.string(),
  shell: z.enum(['electron', 'harness']),
});
