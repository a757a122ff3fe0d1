import type { z } from 'zod';

/**
 * Reads a JSON column through the schema of what the app writes there. A value that does
 * not fit is a damaged or foreign row: it fails here, naming the column, not three calls later.
 */
export function readJson<S extends z.ZodType>(schema: S, text: string, column: string): z.output<S> {
  const parsed = schema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${column} holds a value this version cannot read: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}
