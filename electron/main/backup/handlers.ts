import type { BACKUP_CHANNELS } from '../../../shared/ipc/backup.channels';
import type { HandlerContext } from '../context';
import type { HandlerPart } from '../handler-types';

export function backupHandlers(ctx: HandlerContext): HandlerPart<(typeof BACKUP_CHANNELS)[number]> {
  void ctx;
  return {};
}
