import type { CASES_CHANNELS } from '../../../shared/ipc/cases.channels';
import type { HandlerContext } from '../context';
import type { HandlerPart } from '../handler-types';

export function casesHandlers(ctx: HandlerContext): HandlerPart<(typeof CASES_CHANNELS)[number]> {
  void ctx;
  return {};
}
