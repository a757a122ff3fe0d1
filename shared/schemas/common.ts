import { z } from 'zod';
import { isMonthOrDate, isValidIsoDate } from '../domain/dates';

// Schemas carry i18n keys (validation.*) as their messages; the dispatcher translates them.

export const Id = z.number({ error: 'validation.id' }).int('validation.id').positive('validation.id').max(Number.MAX_SAFE_INTEGER, 'validation.id');

export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date')
  .refine(isValidIsoDate, 'validation.date');

/** A day ('2025-03-08') or, when only the month is known, a month ('2025-03'): a client's hardship since. */
export const IsoMonthOrDate = z.string().refine(isMonthOrDate, 'validation.monthOrDate');

export const IsoTimestamp = z.string().datetime({ error: 'validation.timestamp' });

/** Optional free text: '' and whitespace become null, so forms can send what they hold. */
export function optionalText(max: number) {
  return z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
    z.string({ error: 'validation.text' }).max(max, 'validation.tooLong').nullable(),
  );
}

export const LOCALES = ['zh-CN', 'zh-TW', 'en'] as const;
export const Locale = z.enum(LOCALES, { error: 'validation.choice' });
export type Locale = z.infer<typeof Locale>;
