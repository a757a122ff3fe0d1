import type { AGREEMENTS_CHANNELS } from '../../../shared/ipc/agreements.channels';
import type { HandlerContext } from '../context';
import type { HandlerPart } from '../handler-types';

export function agreementsHandlers(ctx: HandlerContext): HandlerPart<(typeof AGREEMENTS_CHANNELS)[number]> {
  void ctx;
  return {};
}
