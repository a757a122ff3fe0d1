import { z } from 'zod';

export const SEARCH_KINDS = ['client', 'lender', 'debt', 'contact', 'letter'] as const;

export const SearchInput = z
  .object({
    q: z.string({ error: 'validation.text' }).max(100, 'validation.tooLong'),
    limit: z.number().int().min(1).max(50).default(20),
  })
  .strict();

export const SearchHit = z.object({
  kind: z.enum(SEARCH_KINDS),
  id: z.number().int(),
  /** The client to open (for clients, debts, contacts and letters); null for lenders. */
  clientId: z.number().int().nullable(),
  title: z.string(),
  subtitle: z.string().nullable(),
  /** For contacts: the date it happened (YYYY-MM-DD), shown beside the hit. */
  date: z.string().nullable().default(null),
  /** A demo case or a lender only the demo brought in: shown with its demo tag. */
  demo: z.boolean(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchOutput = z.object({ items: z.array(SearchHit) });
