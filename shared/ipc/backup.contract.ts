import type { BACKUP_CHANNELS } from './backup.channels';
import type { ChannelDef } from './channel-def';

// Inputs and outputs of backups, automatic backups, restore.
export const backupContract = {} satisfies Record<(typeof BACKUP_CHANNELS)[number], ChannelDef>;
