import { z } from 'zod';
import { ClientRef, StatementCreateInput, StatementDetail, StatementIdInput, StatementSummary, StatementUpdateInput } from '../schemas/statements';
import type { ChannelDef } from './channel-def';
import type { STATEMENTS_CHANNELS } from './statements.channels';

// Inputs and outputs of the client's income and expenditure statements.
export const statementsContract = {
  'statements.create': { input: StatementCreateInput, output: StatementDetail },
  'statements.update': { input: StatementUpdateInput, output: StatementDetail },
  'statements.get': { input: StatementIdInput, output: StatementDetail },
  'statements.latest': { input: ClientRef, output: StatementDetail.nullable() },
  'statements.list': { input: ClientRef, output: z.array(StatementSummary) },
} satisfies Record<(typeof STATEMENTS_CHANNELS)[number], ChannelDef>;
