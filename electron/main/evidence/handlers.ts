import type { EVIDENCE_CHANNELS } from '../../../shared/ipc/evidence.channels';
import type { HandlerContext } from '../context';
import type { HandlerPart } from '../handler-types';

export function evidenceHandlers(ctx: HandlerContext): HandlerPart<(typeof EVIDENCE_CHANNELS)[number]> {
  void ctx;
  return {};
}
