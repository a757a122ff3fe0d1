import type { DOCUMENTS_CHANNELS } from '../../../shared/ipc/documents.channels';
import type { HandlerContext } from '../context';
import type { HandlerPart } from '../handler-types';

export function documentsHandlers(ctx: HandlerContext): HandlerPart<(typeof DOCUMENTS_CHANNELS)[number]> {
  void ctx;
  return {};
}
