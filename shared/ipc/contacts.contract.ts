import type { CONTACTS_CHANNELS } from './contacts.channels';
import type { ChannelDef } from './channel-def';

// Inputs and outputs of the contact log, conduct incidents, follow-ups and the client timeline.
export const contactsContract = {} satisfies Record<(typeof CONTACTS_CHANNELS)[number], ChannelDef>;
