import { TimelineListInput, TimelineListOutput } from '../schemas/timeline';
import type { ChannelDef } from './channel-def';
import type { TIMELINE_CHANNELS } from './timeline.channels';

// Inputs and outputs of the client's timeline.
export const timelineContract = {
  'timeline.list': { input: TimelineListInput, output: TimelineListOutput },
} satisfies Record<(typeof TIMELINE_CHANNELS)[number], ChannelDef>;
