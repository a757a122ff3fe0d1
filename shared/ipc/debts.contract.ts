import { z } from 'zod';
import { DebtCreateInput, DebtIdInput, DebtListInput, DebtListOutput, DebtUpdateInput, DebtView } from '../schemas/debts';
import type { ChannelDef } from './channel-def';
import type { DEBTS_CHANNELS } from './debts.channels';

// Inputs and outputs of a client's debts.
export const debtsContract = {
  'debts.list': { input: DebtListInput, output: DebtListOutput },
  'debts.create': { input: DebtCreateInput, output: DebtView },
  'debts.update': { input: DebtUpdateInput, output: DebtView },
  'debts.delete': { input: DebtIdInput, output: z.object({ deleted: z.literal(true) }) },
} satisfies Record<(typeof DEBTS_CHANNELS)[number], ChannelDef>;
