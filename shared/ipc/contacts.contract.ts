import { z } from 'zod';
import {
  ContactCreateInput,
  ContactIdInput,
  ContactUpdateInput,
  ContactView,
  FollowupCreateInput,
  FollowupDoneInput,
  FollowupIdInput,
  FollowupSnoozeInput,
  FollowupsDueCount,
  FollowupsForClientInput,
  FollowupsListInput,
  FollowupsListOutput,
  FollowupView,
  IncidentsByLenderInput,
  IncidentsByLenderOutput,
} from '../schemas/contacts';
import { TimelineListInput, TimelineListOutput } from '../schemas/timeline';
import type { CONTACTS_CHANNELS } from './contacts.channels';
import { NoInput, type ChannelDef } from './channel-def';

// Inputs and outputs of the contact log, conduct incidents, follow-ups and the client timeline.
export const contactsContract = {
  'contacts.create': { input: ContactCreateInput, output: ContactView },
  'contacts.update': { input: ContactUpdateInput, output: ContactView },
  'contacts.delete': { input: ContactIdInput, output: z.object({ deleted: z.literal(true) }) },
  'contacts.get': { input: ContactIdInput, output: ContactView },
  'incidents.byLender': { input: IncidentsByLenderInput, output: IncidentsByLenderOutput },
  'followups.list': { input: FollowupsListInput, output: FollowupsListOutput },
  'followups.forClient': { input: FollowupsForClientInput, output: z.array(FollowupView) },
  'followups.create': { input: FollowupCreateInput, output: FollowupView },
  'followups.done': { input: FollowupDoneInput, output: z.object({ followup: FollowupView, contact: ContactView }) },
  'followups.snooze': { input: FollowupSnoozeInput, output: FollowupView },
  'followups.cancel': { input: FollowupIdInput, output: FollowupView },
  'followups.dueCount': { input: NoInput, output: FollowupsDueCount },
  'timeline.list': { input: TimelineListInput, output: TimelineListOutput },
} satisfies Record<(typeof CONTACTS_CHANNELS)[number], ChannelDef>;
