import { z } from 'zod';
import { REMEDIES } from './remedies';

// Text Parley writes by itself (the contact that logs a sent offer, the follow-up that chases a
// reply or a missed instalment) is stored as what happened – a kind and its facts – never as a
// sentence in the language of the day. Each screen and document words it in its own language
// (shared/i18n/generated-text.ts). Names in the facts are data (a lender's name as it was); an
// amount carries the case's currency (none: CNY, as before regions).

const Money = { amountFen: z.number().int(), currency: z.enum(['CNY', 'HKD', 'TWD', 'MOP', 'USD']).optional() };

export const GeneratedText = z.discriminatedUnion('kind', [
  /** A contact: an offer went to a lender. */
  z.object({ kind: z.literal('offerSent'), lender: z.string(), remedy: z.enum(REMEDIES), ...Money }).strict(),
  /** A follow-up: chase the lender's reply to an offer. */
  z.object({ kind: z.literal('offerReply'), lender: z.string() }).strict(),
  /** A follow-up: an instalment was not paid on time. */
  z.object({ kind: z.literal('missedInstalment'), lender: z.string(), seq: z.number().int(), dueDate: z.string(), ...Money }).strict(),
]);
export type GeneratedText = z.infer<typeof GeneratedText>;

/** Reads a stored generated_json column; null when the text is the counsellor's own (or unreadable). */
export function parseGenerated(json: string | null | undefined): GeneratedText | null {
  if (!json) return null;
  try {
    const r = GeneratedText.safeParse(JSON.parse(json));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}
