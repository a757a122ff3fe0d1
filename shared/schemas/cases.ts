import { z } from 'zod';
import { Id, IsoTimestamp } from './common';

// Case hand-over (export / import of one client's complete file), retention and purge.

/** A hand-over passphrase, typed by the counsellor for this one transfer. */
export const HandoverPassphrase = z
  .string({ error: 'validation.required' })
  .min(8, 'cases.errors.passphraseTooShort')
  .max(1024, 'validation.tooLong');

/** What the passphrase opens: a passphrase to read a file needs no length rule (an old file may have a short one). */
export const ReadPassphrase = z.string({ error: 'validation.required' }).min(1, 'validation.required').max(1024, 'validation.tooLong');

/** Row counts per table of a case file (table name → rows). */
export const CaseCounts = z.record(z.string(), z.number().int().nonnegative());
export type CaseCounts = z.infer<typeof CaseCounts>;

export const CaseExportInput = z.object({ clientId: Id, passphrase: HandoverPassphrase }).strict();
export const CaseExportOutput = z.object({
  /** false when the counsellor cancelled the save dialog. */
  saved: z.boolean(),
  fileName: z.string().nullable(),
  counts: CaseCounts,
  files: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
});

export const IMPORT_CONFLICT_CHOICES = ['newCase', 'cancel'] as const;
export const ImportConflictChoice = z.enum(IMPORT_CONFLICT_CHOICES, { error: 'validation.choice' });
export type ImportConflictChoice = z.infer<typeof ImportConflictChoice>;

export const LenderMatch = z.object({
  /** The lender's name in the handed-over file. */
  name: z.string(),
  /** The lender here that is reused (null when it will be created). */
  matchedId: Id.nullable(),
  matchedName: z.string().nullable(),
  /** The name (own name or alias) both share. */
  matchedOn: z.string().nullable(),
});
export type LenderMatch = z.infer<typeof LenderMatch>;

export const CaseConflict = z.object({
  kind: z.enum(['idNumber', 'caseRef']),
  clientId: Id,
  caseRef: z.string(),
  name: z.string(),
});
export type CaseConflict = z.infer<typeof CaseConflict>;

export const CasePreview = z.object({
  caseRef: z.string(),
  name: z.string(),
  status: z.string(),
  exportedAt: IsoTimestamp,
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  counts: CaseCounts,
  files: z.number().int().nonnegative(),
  lenders: z.array(LenderMatch),
  conflicts: z.array(CaseConflict),
});
export type CasePreview = z.infer<typeof CasePreview>;

export const CaseImportPreviewInput = z.object({ passphrase: ReadPassphrase }).strict();
export const CaseImportPreviewOutput = z.discriminatedUnion('picked', [
  z.object({ picked: z.literal(false) }),
  z.object({ picked: z.literal(true), token: z.string(), fileName: z.string(), preview: CasePreview }),
]);

export const CaseImportInput = z
  .object({
    token: z.string({ error: 'validation.required' }).min(1, 'validation.required').max(200, 'validation.tooLong'),
    passphrase: ReadPassphrase,
    /** What to do when the case is already here (same ID number or case number): required when there is a conflict. */
    onConflict: ImportConflictChoice.optional(),
  })
  .strict();
export const CaseImportOutput = z.object({
  imported: z.boolean(),
  clientId: Id.nullable(),
  caseRef: z.string().nullable(),
  originalCaseRef: z.string(),
  counts: CaseCounts,
  files: z.number().int().nonnegative(),
  lendersMatched: z.array(LenderMatch),
  lendersCreated: z.array(z.string()),
  /** The ID number belonged to a case already here, so the imported case was saved without it. */
  idNumberDropped: z.boolean(),
});
export type CaseImportOutput = z.infer<typeof CaseImportOutput>;

/** Retention: closed cases are kept this many years after closure, then listed for purge. */
export const RetentionYears = z.number({ error: 'validation.number' }).int('validation.number').min(1, 'validation.number').max(30, 'validation.number');
export const DEFAULT_RETENTION_YEARS = 5;

export const ClosedCase = z.object({
  clientId: Id,
  caseRef: z.string(),
  name: z.string(),
  status: z.string(),
  archived: z.boolean(),
  closedAt: IsoTimestamp,
  /** The day retention ends: from then on the case is due for purge. */
  purgeDueFrom: z.string(),
  due: z.boolean(),
});
export type ClosedCase = z.infer<typeof ClosedCase>;

export const RetentionOutput = z.object({
  years: RetentionYears,
  /** Closed cases past retention, oldest first. */
  due: z.array(ClosedCase),
});

export const CaseInfoOutput = z.object({
  clientId: Id,
  /** Closed (status closed, or archived). Only closed cases can be purged. */
  closed: z.boolean(),
  closedAt: IsoTimestamp.nullable(),
  purgeDueFrom: z.string().nullable(),
  /** Past the retention period. A closed case inside it can still be purged, with a stronger warning. */
  due: z.boolean(),
  retentionYears: RetentionYears,
});

export const CasePurgeInput = z
  .object({
    clientId: Id,
    /** The case number typed by the counsellor, as confirmation. */
    confirmCaseRef: z.string({ error: 'validation.required' }).max(64, 'validation.tooLong'),
  })
  .strict();
/** A sealed backup made while the case existed: a purge cannot reach into it. */
export const BackupHoldingCase = z.object({ fileName: z.string(), file: z.string(), madeAt: IsoTimestamp });
export type BackupHoldingCase = z.infer<typeof BackupHoldingCase>;

/** A whole-database copy kept in the data folder, and what a purge does with it. */
export const KeptCopyView = z.object({
  name: z.string(),
  kind: z.enum(['pre-restore', 'pre-migration']),
  madeAt: IsoTimestamp,
  action: z.enum(['rewrite', 'delete']),
});
export type KeptCopyView = z.infer<typeof KeptCopyView>;

/** What a purge will reach and what it cannot (shown before the counsellor confirms). */
export const CasePurgeReachOutput = z.object({
  copies: z.array(KeptCopyView),
  backups: z.array(BackupHoldingCase),
});
export type CasePurgeReachOutput = z.infer<typeof CasePurgeReachOutput>;

export const CasePurgeOutput = z.object({
  rows: z.number().int().nonnegative(),
  files: z.number().int().nonnegative(),
  auditRows: z.number().int().nonnegative(),
  copies: z.object({ rewritten: z.array(z.string()), removed: z.array(z.string()), failed: z.array(z.string()) }),
  /** Backups that still hold the case until retention removes them. */
  backups: z.array(BackupHoldingCase),
});
