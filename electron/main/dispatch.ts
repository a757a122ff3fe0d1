import type { z } from 'zod';
import { isChannel, type Channel } from '../../shared/channels';
import { contract } from '../../shared/contract';
import type { Envelope, ErrorCode, IpcError } from '../../shared/errors';
import { translate } from '../../shared/i18n';
import type { Locale } from '../../shared/schemas/common';
import { AppError } from './errors';
import type { HandlerTable } from './handler-types';

export type Dispatch = (channel: unknown, input: unknown) => Promise<Envelope<unknown>>;

export interface DispatchOptions {
  locale(): Locale;
  /** Check every result against the output schema (tests and development). */
  validateOutput?: boolean;
  /** Where unexpected errors go; they never reach the caller. */
  logError?(channel: string, err: unknown): void;
  /** A reason to refuse the call before its input is even read (e.g. the app is locked). */
  refuse?(channel: Channel): ErrorCode | null;
}

const STORAGE_CODES = /^SQLITE_(FULL|READONLY|BUSY|LOCKED|IOERR|CANTOPEN|PERM)/;

function issueMessageKey(issue: z.core.$ZodIssue): string {
  // A schema's own message: a validation.* key, or a feature's error key (ledger.errors.amountZero).
  if (issue.message.startsWith('validation.') || /^[a-zA-Z]+\.errors\.[a-zA-Z]+$/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return 'validation.type';
    case 'too_big':
      return 'validation.tooLong';
    case 'too_small':
      return 'validation.required';
    case 'invalid_value':
      return 'validation.choice';
    case 'unrecognized_keys':
      return 'validation.unknownField';
    default:
      return 'validation.invalid';
  }
}

export function validationError(error: z.ZodError, locale: Locale): IpcError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const base = issue.path.map(String).join('.');
    const keys = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => (base ? `${base}.${k}` : k)) : [base || '_'];
    for (const key of keys) fields[key] ??= translate(locale, issueMessageKey(issue));
  }
  return { code: 'VALIDATION', message: translate(locale, 'errors.VALIDATION'), fields };
}

function failure(code: ErrorCode, locale: Locale, messageKey = `errors.${code}`, params = {}): Envelope<never> {
  return { ok: false, error: { code, message: translate(locale, messageKey, params) } };
}

/**
 * The one path every IPC call takes, in Electron and in the harness: check the channel,
 * parse the input, run the handler, and turn any failure into a typed envelope.
 * Nothing thrown inside ever crosses to the renderer as text or stack.
 */
export function createDispatcher(handlers: HandlerTable, options: DispatchOptions): Dispatch {
  return async (channel, input) => {
    const locale = options.locale();
    if (!isChannel(channel)) return failure('UNKNOWN_CHANNEL', locale);
    const refused = options.refuse?.(channel);
    if (refused) return failure(refused, locale);
    const def = contract[channel];
    const parsed = def.input.safeParse(input);
    if (!parsed.success) return { ok: false, error: validationError(parsed.error, locale) };
    try {
      const handler = handlers[channel] as (input: unknown) => unknown;
      const data = await handler(parsed.data);
      if (options.validateOutput) {
        const checked = def.output.safeParse(data);
        if (!checked.success) {
          options.logError?.(channel, new Error(`output of ${channel} breaks its schema: ${checked.error.message}`));
          return failure('INTERNAL', locale);
        }
      }
      return { ok: true, data };
    } catch (err) {
      return errorEnvelope(channel, err, options);
    }
  };
}

function errorEnvelope(channel: Channel, err: unknown, options: DispatchOptions): Envelope<never> {
  const locale = options.locale();
  if (err instanceof AppError) {
    // An expected failure needs no log; one the counsellor cannot fix (damaged data) does.
    if (err.code === 'INTERNAL') options.logError?.(channel, err);
    const fields = Object.fromEntries(Object.entries(err.fields).map(([f, key]) => [f, translate(locale, key, err.params)]));
    return {
      ok: false,
      error: {
        code: err.code,
        message: translate(locale, err.messageKey, err.params),
        ...(Object.keys(fields).length ? { fields } : {}),
      },
    };
  }
  const sqliteCode = (err as { code?: unknown } | null)?.code;
  options.logError?.(channel, err);
  if (typeof sqliteCode === 'string' && STORAGE_CODES.test(sqliteCode)) return failure('STORAGE', locale);
  return failure('INTERNAL', locale);
}
