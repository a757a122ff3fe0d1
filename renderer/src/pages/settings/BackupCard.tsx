// Slot: settings for backups, restore, passphrase (backup capability).
export function BackupCard() {
  return null;
}
