import type { z } from 'zod';
import { DamagedDataError } from '../errors';

/**
 * Reads stored JSON (a column, a setting, a file Parley wrote) through the schema of what the
 * app writes there. A value that is not JSON or does not fit is damaged or foreign: it fails
 * here with a DamagedDataError naming `where`, not three calls later as a wrongly typed value.
 */
export function readJson<S extends z.ZodType>(schema: S, text: string, where: string): z.output<S> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new DamagedDataError(where, (err as Error).message);
  }
  return checkStored(schema, value, where);
}

/** A stored value already parsed (or put together from a row): checked as readJson checks. */
export function checkStored<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new DamagedDataError(where, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return parsed.data;
}
