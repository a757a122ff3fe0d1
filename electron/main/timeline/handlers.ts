import type { TIMELINE_CHANNELS } from '../../../shared/ipc/timeline.channels';
import type { HandlerContext } from '../context';
import type { HandlerPart } from '../handler-types';
import { timelineList, zoneModifiers } from './list';

// The client's timeline: everything that happened in the case, newest first, a page at a time.

export function timelineHandlers(ctx: HandlerContext): HandlerPart<(typeof TIMELINE_CHANNELS)[number]> {
  return {
    'timeline.list': (input) => timelineList(ctx.db, input, zoneModifiers(ctx.timeZone(), ctx.now())),
  };
}
