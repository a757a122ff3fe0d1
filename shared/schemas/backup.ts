import { z } from 'zod';

// Backups, automatic backups and restore: settings, status and restore summaries.

export const Retention = z
  .object({
    daily: z.number({ error: 'validation.number' }).int('validation.number').min(1, 'validation.number').max(60, 'validation.number'),
    weekly: z.number({ error: 'validation.number' }).int('validation.number').min(0, 'validation.number').max(52, 'validation.number'),
    monthly: z.number({ error: 'validation.number' }).int('validation.number').min(0, 'validation.number').max(120, 'validation.number'),
  })
  .strict();
export type Retention = z.infer<typeof Retention>;

export const BackupConfig = z
  .object({
    /** The folder automatic and manual backups go to (a USB stick, a network share); null until chosen. */
    folder: z.string().nullable(),
    autoOnQuit: z.boolean(),
    autoDaily: z.boolean(),
    retention: Retention,
    /** Warn when the last good backup is older than this many days. */
    warnAfterDays: z.number({ error: 'validation.number' }).int('validation.number').min(1, 'validation.number').max(365, 'validation.number'),
  })
  .strict();
export type BackupConfig = z.infer<typeof BackupConfig>;

export const DEFAULT_BACKUP_CONFIG: BackupConfig = {
  folder: null,
  autoOnQuit: true,
  autoDaily: true,
  retention: { daily: 7, weekly: 4, monthly: 12 },
  warnAfterDays: 7,
};

export const BackupConfigPatch = z
  .object({
    autoOnQuit: z.boolean().optional(),
    autoDaily: z.boolean().optional(),
    retention: Retention.optional(),
    warnAfterDays: BackupConfig.shape.warnAfterDays.optional(),
  })
  .strict();

export const BackupTrigger = z.enum(['manual', 'quit', 'daily']);
export type BackupTrigger = z.infer<typeof BackupTrigger>;

export const BackupHistoryEntry = z.object({
  at: z.string(),
  trigger: BackupTrigger,
  ok: z.boolean(),
  /** The file, when one was written. */
  file: z.string().nullable(),
  bytes: z.number().nullable(),
  /** Read back and checked after writing. */
  verified: z.boolean(),
  /** Removed by retention. */
  pruned: z.boolean(),
  /** Translated failure message, when ok is false. */
  error: z.string().nullable(),
});
export type BackupHistoryEntry = z.infer<typeof BackupHistoryEntry>;

export const BackupStatus = z.object({
  passphraseSet: z.boolean(),
  passphraseSetAt: z.string().nullable(),
  config: BackupConfig,
  lastGood: z.object({ at: z.string(), file: z.string() }).nullable(),
  /** Days since the last good backup (null: never). */
  ageDays: z.number().nullable(),
  /** True when there is no good backup or it is older than warnAfterDays. */
  stale: z.boolean(),
  /** null when no folder is set. */
  folderReachable: z.boolean().nullable(),
  running: z.boolean(),
  /** 0..1 while running. */
  progress: z.number().nullable(),
  history: z.array(BackupHistoryEntry),
});
export type BackupStatus = z.infer<typeof BackupStatus>;

export const Passphrase = z.string({ error: 'validation.required' }).min(10, 'backup.validation.passphraseShort').max(200, 'validation.tooLong');

export const SetPassphraseInput = z
  .object({
    passphrase: Passphrase,
    /** Required when a passphrase is already set. */
    current: z.string().max(200).optional(),
  })
  .strict();

export const RestoreSummary = z.object({
  createdAt: z.string(),
  appVersion: z.string(),
  schemaVersion: z.number(),
  /** True when the backup is from an older schema and was migrated on the staged copy. */
  migrated: z.boolean(),
  counts: z.object({ clients: z.number(), debts: z.number(), letters: z.number(), attachments: z.number() }),
});
export type RestoreSummary = z.infer<typeof RestoreSummary>;
