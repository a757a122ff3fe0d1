import { z } from 'zod';
import { ContactCreateInput, ContactIdInput, ContactUpdateInput, ContactView } from '../schemas/contacts';
import type { ChannelDef } from './channel-def';
import type { CONTACTS_CHANNELS } from './contacts.channels';

// Inputs and outputs of the contact log.
export const contactsContract = {
  'contacts.create': { input: ContactCreateInput, output: ContactView },
  'contacts.update': { input: ContactUpdateInput, output: ContactView },
  'contacts.delete': { input: ContactIdInput, output: z.object({ deleted: z.literal(true) }) },
  'contacts.get': { input: ContactIdInput, output: ContactView },
} satisfies Record<(typeof CONTACTS_CHANNELS)[number], ChannelDef>;
