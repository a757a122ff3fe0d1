import { z } from 'zod';
import { BackupConfig, BackupConfigPatch, BackupStatus, RestoreSummary, SetPassphraseInput } from '../schemas/backup';
import type { BACKUP_CHANNELS } from './backup.channels';
import { NoInput, type ChannelDef } from './channel-def';

const Token = z.string().regex(/^[0-9a-f]{32}$/, 'validation.type');

// Inputs and outputs of backups, automatic backups, restore.
export const backupContract = {
  'backup.status': { input: NoInput, output: BackupStatus },
  'backup.setPassphrase': { input: SetPassphraseInput, output: z.object({ setAt: z.string() }) },
  /** Renders the recovery sheet (no secret on it), saves it where the counsellor says, and optionally prints it. */
  'backup.recoverySheet': { input: z.object({ print: z.boolean() }).strict(), output: z.object({ file: z.string().nullable() }) },
  'backup.pickFolder': { input: NoInput, output: BackupConfig },
  'backup.updateConfig': { input: BackupConfigPatch, output: BackupConfig },
  'backup.run': { input: NoInput, output: z.object({ file: z.string(), bytes: z.number(), at: z.string() }) },
  /** Asks the running backup to stop; it leaves no file behind. `cancelled` is false when none was running. */
  'backup.cancel': { input: NoInput, output: z.object({ cancelled: z.boolean() }) },
  /**
   * The counsellor picks a backup in a main-process dialog; the answer is a token for that
   * file (`file` is for display only). restoreInspect takes the token, never a path, so the
   * renderer cannot make the main process read a file of its choosing.
   */
  'backup.restorePick': { input: NoInput, output: z.object({ pick: Token.nullable(), file: z.string().nullable() }) },
  'backup.restoreInspect': {
    input: z.object({ pick: Token, passphrase: z.string().min(1, 'validation.required').max(200) }).strict(),
    output: z.object({ token: z.string(), summary: RestoreSummary }),
  },
  /** Swaps in the inspected backup; the current data is kept in dataDir/pre-restore-<stamp>/. */
  'backup.restoreApply': { input: z.object({ token: Token }).strict(), output: z.object({ applied: z.literal(true), keptAside: z.string() }) },
  'backup.restoreCancel': { input: z.object({ token: Token }).strict(), output: z.object({}) },
} satisfies Record<(typeof BACKUP_CHANNELS)[number], ChannelDef>;
