import type { DOCUMENTS_CHANNELS } from './documents.channels';
import type { ChannelDef } from './channel-def';

// Inputs and outputs of case documents (statement, debt schedule, proposal, contact log), negotiation packets, letterhead.
export const documentsContract = {} satisfies Record<(typeof DOCUMENTS_CHANNELS)[number], ChannelDef>;
