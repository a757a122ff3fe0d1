import { z } from 'zod';

/** An amount in fen (integer minor units), never negative, never beyond exact integers. */
export const Fen = z
  .number({ error: 'validation.number' })
  .int('validation.moneyFen')
  .min(0, 'validation.moneyNegative')
  .max(Number.MAX_SAFE_INTEGER, 'validation.moneyTooLarge');
