import type { PROPOSALS_CHANNELS } from '../../../shared/ipc/proposals.channels';
import type { HandlerContext } from '../context';
import type { HandlerPart } from '../handler-types';

export function proposalsHandlers(ctx: HandlerContext): HandlerPart<(typeof PROPOSALS_CHANNELS)[number]> {
  void ctx;
  return {};
}
