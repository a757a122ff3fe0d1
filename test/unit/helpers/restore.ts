import type { TestCore } from './core';

// Restore reads only a file chosen in the main process's dialog: script the dialog's
// answer, pick, then inspect by the pick's token.

export async function pickBackup(c: TestCore, file: string): Promise<string> {
  c.platform.nextFiles([file]);
  const { pick } = await c.call('backup.restorePick');
  if (!pick) throw new Error('the scripted pick returned no token');
  return pick;
}

export async function inspectBackupFile(c: TestCore, file: string, passphrase: string) {
  return c.call('backup.restoreInspect', { pick: await pickBackup(c, file), passphrase });
}

export async function failInspect(c: TestCore, file: string, passphrase: string) {
  return c.fail('backup.restoreInspect', { pick: await pickBackup(c, file), passphrase });
}
