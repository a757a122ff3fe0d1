// Channel names of backups, automatic backups, restore. Names only (no zod), so the preload can list them.
export const BACKUP_CHANNELS = [
  'backup.status',
  'backup.setPassphrase',
  'backup.recoverySheet',
  'backup.pickFolder',
  'backup.updateConfig',
  'backup.run',
  'backup.cancel',
  'backup.restorePick',
  'backup.restoreInspect',
  'backup.restoreApply',
  'backup.restoreCancel',
] as const;
