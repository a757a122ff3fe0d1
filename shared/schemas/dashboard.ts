import { z } from 'zod';
import { CLIENT_STATUSES } from './clients';
import { LEGAL_STAGES } from './debts';
import { CurrencyCode, CurrencyTotals } from './money';

/** `currency` is the case's (its region's): the detail of negativeDisposable is an amount in it. */
const AttentionClient = z.object({ clientId: z.number().int(), name: z.string(), caseRef: z.string(), currency: CurrencyCode, detail: z.number().int().nullable() });
const AttentionList = z.object({ total: z.number().int(), items: z.array(AttentionClient) });

export const Dashboard = z.object({
  statusCounts: z.record(z.enum(CLIENT_STATUSES), z.number().int()),
  openClients: z.number().int(),
  /** What the debts of clients whose case is not closed or archived still owe, per currency (never added across currencies). */
  totalOutstanding: CurrencyTotals,
  debtCount: z.number().int(),
  lenderCount: z.number().int(),
  legalStages: z.record(z.enum(LEGAL_STAGES), z.object({ debts: z.number().int(), outstanding: CurrencyTotals })),
  attention: z.object({
    /** Open cases with no financial statement yet. */
    noStatement: AttentionList,
    /** Open cases whose latest statement leaves less than nothing each month (detail: disposable fen). */
    negativeDisposable: AttentionList,
    /** Open cases with a debt in enforcement, on the dishonest list or under consumption restriction (detail: debts). */
    enforcement: AttentionList,
  }),
});
export type Dashboard = z.infer<typeof Dashboard>;
