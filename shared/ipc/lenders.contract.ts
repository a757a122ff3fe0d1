import { z } from 'zod';
import {
  LenderCreateInput,
  LenderDetail,
  LenderIdInput,
  LenderListInput,
  LenderListOutput,
  LenderMergeInput,
  LenderSuggestInput,
  LenderSuggestOutput,
  LenderUpdateInput,
} from '../schemas/lenders';
import type { ChannelDef } from './channel-def';
import type { LENDERS_CHANNELS } from './lenders.channels';

// Inputs and outputs of the lender and collector directory.
export const lendersContract = {
  'lenders.list': { input: LenderListInput, output: LenderListOutput },
  'lenders.get': { input: LenderIdInput, output: LenderDetail },
  'lenders.create': { input: LenderCreateInput, output: LenderDetail },
  'lenders.update': { input: LenderUpdateInput, output: LenderDetail },
  'lenders.delete': { input: LenderIdInput, output: z.object({ deleted: z.literal(true) }) },
  'lenders.merge': { input: LenderMergeInput, output: LenderDetail },
  'lenders.suggest': { input: LenderSuggestInput, output: LenderSuggestOutput },
} satisfies Record<(typeof LENDERS_CHANNELS)[number], ChannelDef>;
