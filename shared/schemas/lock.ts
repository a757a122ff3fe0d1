import { z } from 'zod';

// The optional app lock: a passcode, and how long the app may sit idle before it locks.

/** Six characters at least: with the stored back-off, a short passcode would still fall to patience. */
export const PASSCODE_MIN = 6;
export const PASSCODE_MAX = 64;
export const IDLE_MINUTES = [1, 2, 5, 10, 15, 30, 60] as const;

const Passcode = z
  .string({ error: 'validation.required' })
  .min(PASSCODE_MIN, 'lock.validation.passcodeShort')
  .max(PASSCODE_MAX, 'validation.tooLong');

const IdleMinutes = z
  .number({ error: 'validation.number' })
  .refine((n) => (IDLE_MINUTES as readonly number[]).includes(n), 'validation.choice');

export const LockStatus = z.object({
  enabled: z.boolean(),
  locked: z.boolean(),
  idleMinutes: z.number().int(),
  /** Seconds before another attempt is accepted after too many wrong passcodes; 0 = now. */
  retryAfterSeconds: z.number().int().min(0),
});
export type LockStatus = z.infer<typeof LockStatus>;

/** Turning the lock on needs no current passcode; changing it (or the idle time) does. */
export const LockConfigureInput = z
  .object({ current: z.string().max(PASSCODE_MAX, 'validation.tooLong').optional(), passcode: Passcode, idleMinutes: IdleMinutes })
  .strict();

export const LockDisableInput = z.object({ current: z.string().max(PASSCODE_MAX, 'validation.tooLong') }).strict();
export const LockUnlockInput = z.object({ passcode: z.string().max(PASSCODE_MAX, 'validation.tooLong') }).strict();
