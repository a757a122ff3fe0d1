import { z } from 'zod';
import type { CurrencyTotals as CurrencyTotalsType } from '../domain/currency-totals';
import type { Currency } from '../domain/money';

/** An amount in fen (integer minor units), never negative, never beyond exact integers. */
export const Fen = z
  .number({ error: 'validation.number' })
  .int('validation.moneyFen')
  .min(0, 'validation.moneyNegative')
  .max(Number.MAX_SAFE_INTEGER, 'validation.moneyTooLarge');

/** A currency an amount can be in (shared/domain/money.ts). */
export const CurrencyCode = z.enum(['CNY', 'TWD', 'HKD', 'MOP', 'USD']) satisfies z.ZodType<Currency>;

/**
 * A figure over cases of several regions: one amount per currency, never added across
 * currencies (shared/domain/currency-totals.ts). Output only.
 */
export const CurrencyTotals = z.array(z.object({ currency: CurrencyCode, amountMinor: z.number().int() })) satisfies z.ZodType<CurrencyTotalsType>;
