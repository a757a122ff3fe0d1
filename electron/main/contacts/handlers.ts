import type { CONTACTS_CHANNELS } from '../../../shared/ipc/contacts.channels';
import type { HandlerContext } from '../context';
import type { HandlerPart } from '../handler-types';

export function contactsHandlers(ctx: HandlerContext): HandlerPart<(typeof CONTACTS_CHANNELS)[number]> {
  void ctx;
  return {};
}
