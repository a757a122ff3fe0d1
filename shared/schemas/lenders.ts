import { z } from 'zod';
import type { Region } from '../domain/region';
import { Id, optionalText } from './common';
import { CurrencyCode, CurrencyTotals } from './money';

/**
 * Every kind of lender, whatever the region (the directory is shared by cases of every region):
 * a Taiwan pawnshop and a mainland microcredit company can sit in the same database.
 */
export const LENDER_TYPES = [
  'online_platform',
  'bank',
  'card_issuer',
  'consumer_finance',
  'microcredit',
  'finance_company',
  'money_lender',
  'pawnshop',
  'collection_agency',
  'private',
  'other',
] as const;
export const LenderType = z.enum(LENDER_TYPES, { error: 'validation.choice' });
export type LenderType = z.infer<typeof LenderType>;

/**
 * The types a counsellor of the region meets most, in that order: mainland online platforms and
 * microcredit companies; Taiwan's banks, card issuers, financing / leasing companies (融資／租賃公司)
 * and pawnshops (當鋪); Hong Kong's banks and licensed money lenders (財務公司); Macau's banks,
 * finance companies and pawnshops.
 */
const REGION_LENDER_TYPES: Record<Region, readonly LenderType[]> = {
  cn: ['online_platform', 'bank', 'consumer_finance', 'microcredit', 'collection_agency', 'private'],
  tw: ['bank', 'card_issuer', 'finance_company', 'pawnshop', 'collection_agency', 'private'],
  hk: ['bank', 'card_issuer', 'money_lender', 'collection_agency', 'pawnshop', 'private'],
  mo: ['bank', 'card_issuer', 'finance_company', 'pawnshop', 'collection_agency', 'private'],
};

/** The region's own types first, then every other type, 'other' last: nothing is hidden. */
export function lenderTypesFor(region: Region): { own: LenderType[]; others: LenderType[] } {
  const own = [...REGION_LENDER_TYPES[region]];
  const others = LENDER_TYPES.filter((t) => !own.includes(t) && t !== 'other');
  return { own, others: [...others, 'other'] };
}

const LenderName = z
  .string({ error: 'validation.required' })
  .max(200, 'validation.tooLong')
  .transform((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim())
  .pipe(z.string().min(1, 'validation.required').max(100, 'validation.tooLong'));

/** Hotlines (95588), 400 numbers, landlines and mobiles: digits with the usual separators. */
const LenderPhone = z
  .string({ error: 'validation.text' })
  .max(40, 'validation.tooLong')
  .transform((s) => s.trim())
  .pipe(z.string().regex(/^\+?[\d\s\-()]{3,30}$/, 'validation.phone'));

const lenderFields = {
  name: LenderName,
  aliases: z.array(LenderName, { error: 'validation.type' }).max(30, 'validation.tooLong'),
  type: LenderType,
  address: optionalText(500),
  phones: z.array(LenderPhone, { error: 'validation.type' }).max(20, 'validation.tooLong'),
  email: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : typeof v === 'string' ? v.trim() : v),
    z.email({ error: 'validation.email' }).max(200, 'validation.tooLong').nullable(),
  ),
  complaintChannel: optionalText(1000),
  notes: optionalText(20_000),
};

export const LenderCreateInput = z
  .object(lenderFields)
  .partial()
  .extend({ name: LenderName, type: LenderType.default('other') })
  .strict();
export const LenderUpdateInput = z
  .object({ id: Id, rev: z.number().int().min(1), patch: z.object(lenderFields).partial().strict() })
  .strict();

export const LenderSummary = z.object({
  id: z.number().int(),
  name: z.string(),
  aliases: z.array(z.string()),
  type: z.enum(LENDER_TYPES),
  phones: z.array(z.string()),
  caseCount: z.number().int(),
  debtCount: z.number().int(),
  /** What the debts it lent or collects still owe, per currency (never added across currencies). */
  outstanding: CurrencyTotals,
  isDemo: z.boolean(),
});
export type LenderSummary = z.infer<typeof LenderSummary>;

export const LenderDetail = LenderSummary.extend({
  address: z.string().nullable(),
  email: z.string().nullable(),
  complaintChannel: z.string().nullable(),
  notes: z.string().nullable(),
  rev: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The cases this lender appears in, as lender or as collector; each case's amount is in its currency. */
  cases: z.array(
    z.object({
      clientId: z.number().int(),
      clientName: z.string(),
      caseRef: z.string(),
      currency: CurrencyCode,
      debtCount: z.number().int(),
      outstandingFen: z.number().int(),
    }),
  ),
});
export type LenderDetail = z.infer<typeof LenderDetail>;

export const LenderListInput = z
  .object({
    page: z.number().int('validation.number').min(1, 'validation.number').max(1_000_000, 'validation.number').default(1),
    pageSize: z.number().int('validation.number').min(1, 'validation.number').max(200, 'validation.number').default(50),
    q: z.string({ error: 'validation.text' }).max(100, 'validation.tooLong').optional(),
    type: LenderType.optional(),
    /** 'outstanding' sorts by the amount in the installation's currency, then in each other currency (never a sum across them). */
    sort: z.enum(['name', 'caseCount', 'outstanding'], { error: 'validation.choice' }).default('name'),
    order: z.enum(['asc', 'desc'], { error: 'validation.choice' }).default('asc'),
  })
  .strict();
export type LenderListInput = z.infer<typeof LenderListInput>;
export const LenderListOutput = z.object({ items: z.array(LenderSummary), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

/** Lenders by name, alias, full pinyin or initials, for the picker while entering a debt. */
export const LenderSuggestInput = z
  .object({
    q: z.string({ error: 'validation.text' }).max(100, 'validation.tooLong'),
    limit: z.number().int().min(1).max(50).default(10),
  })
  .strict();
export const LenderSuggestion = z.object({
  id: z.number().int(),
  name: z.string(),
  type: z.enum(LENDER_TYPES),
  /** The alias that matched, when it was not the name itself. */
  matchedAlias: z.string().nullable(),
});
export const LenderSuggestOutput = z.array(LenderSuggestion);

/** Folds `sourceId` into `targetId`: debts, collectors and names move; the source is deleted. */
export const LenderMergeInput = z.object({ sourceId: Id, targetId: Id }).strict();
export const LenderIdInput = z.object({ id: Id }).strict();
