import type { LETTERS_CHANNELS } from './letters.channels';
import type { ChannelDef } from './channel-def';

// Inputs and outputs of letter templates, drafts, final PDFs, packets.
export const lettersContract = {} satisfies Record<(typeof LETTERS_CHANNELS)[number], ChannelDef>;
