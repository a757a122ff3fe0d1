import type { CASES_CHANNELS } from './cases.channels';
import type { ChannelDef } from './channel-def';

// Inputs and outputs of case hand-over (export/import), retention and purge.
export const casesContract = {} satisfies Record<(typeof CASES_CHANNELS)[number], ChannelDef>;
