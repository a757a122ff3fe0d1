import type { EVIDENCE_CHANNELS } from './evidence.channels';
import type { ChannelDef } from './channel-def';

// Inputs and outputs of evidence files attached to clients, debts and contacts.
export const evidenceContract = {} satisfies Record<(typeof EVIDENCE_CHANNELS)[number], ChannelDef>;
