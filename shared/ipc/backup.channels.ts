// Channel names of backups, automatic backups, restore. Names only (no zod), so the preload can list them.
export const BACKUP_CHANNELS = [] as const;
