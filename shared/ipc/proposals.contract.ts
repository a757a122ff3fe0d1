import type { PROPOSALS_CHANNELS } from './proposals.channels';
import type { ChannelDef } from './channel-def';

// Inputs and outputs of the proposal builder (pro-rata scenarios and remedies).
export const proposalsContract = {} satisfies Record<(typeof PROPOSALS_CHANNELS)[number], ChannelDef>;
