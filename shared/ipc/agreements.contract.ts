import type { AGREEMENTS_CHANNELS } from './agreements.channels';
import type { ChannelDef } from './channel-def';

// Inputs and outputs of offers to lenders, agreements, instalments and payments.
export const agreementsContract = {} satisfies Record<(typeof AGREEMENTS_CHANNELS)[number], ChannelDef>;
