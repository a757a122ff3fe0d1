import type { LETTERS_CHANNELS } from '../../../shared/ipc/letters.channels';
import type { HandlerContext } from '../context';
import type { HandlerPart } from '../handler-types';

export function lettersHandlers(ctx: HandlerContext): HandlerPart<(typeof LETTERS_CHANNELS)[number]> {
  void ctx;
  return {};
}
