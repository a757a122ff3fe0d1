import { z } from 'zod';
import {
  ContactView,
  FollowupCreateInput,
  FollowupDoneInput,
  FollowupIdInput,
  FollowupSnoozeInput,
  FollowupsForClientInput,
  FollowupsListInput,
  FollowupsListOutput,
  FollowupView,
} from '../schemas/contacts';
import type { ChannelDef } from './channel-def';
import type { FOLLOWUPS_CHANNELS } from './followups.channels';

// Inputs and outputs of follow-ups.
export const followupsContract = {
  'followups.list': { input: FollowupsListInput, output: FollowupsListOutput },
  'followups.forClient': { input: FollowupsForClientInput, output: z.array(FollowupView) },
  'followups.create': { input: FollowupCreateInput, output: FollowupView },
  'followups.done': { input: FollowupDoneInput, output: z.object({ followup: FollowupView, contact: ContactView }) },
  'followups.snooze': { input: FollowupSnoozeInput, output: FollowupView },
  'followups.cancel': { input: FollowupIdInput, output: FollowupView },
} satisfies Record<(typeof FOLLOWUPS_CHANNELS)[number], ChannelDef>;
