import { LegalCreateInput, LegalDeleteInput, LegalHistory, LegalListInput, LegalUpdateInput } from '../schemas/legal';
import type { ChannelDef } from './channel-def';
import type { LEGAL_CHANNELS } from './legal.channels';

// Inputs and outputs of a debt's court and enforcement steps (each answers with the debt's whole history).
export const legalContract = {
  'legal.list': { input: LegalListInput, output: LegalHistory },
  'legal.create': { input: LegalCreateInput, output: LegalHistory },
  'legal.update': { input: LegalUpdateInput, output: LegalHistory },
  'legal.delete': { input: LegalDeleteInput, output: LegalHistory },
} satisfies Record<(typeof LEGAL_CHANNELS)[number], ChannelDef>;
