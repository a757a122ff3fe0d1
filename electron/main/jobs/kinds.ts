// The jobs a worker can run, by name. Runs inside the worker thread (worker.ts imports it);
// the main thread imports only its types.
import type { BackupTrigger } from '../../../shared/schemas/backup';
import type { HandlerContext } from '../context';
import { createBackup, type CreatedBackup } from '../backup/create';
import type { ScryptParams } from '../backup/container';
import { inspectBackup, type Inspected } from '../backup/restore';
import { checkpointWal } from '../db/snapshot';
import { exportCase } from '../cases/export';
import { importCase, openCaseFile, type ImportResult } from '../cases/import';
import { purgeCase, type PurgeResult } from '../cases/purge';
import { previewCaseFile } from '../cases/preview';
import { IMPORT_JOBS } from '../imports/jobs';
import type { ImportConflictChoice } from '../../../shared/schemas/cases';

/** What a job may use besides the context: report progress, and ask whether to stop. */
export interface JobTools {
  progress(fraction: number): void;
  /** Throws the cancel error when the main thread asked to stop. */
  checkCancel(): void;
}

export const JOBS = {
  /** A backup file in `folder` (snapshot, blobs, seal, read-back check). */
  'backup.create': (ctx: HandlerContext, input: { trigger: BackupTrigger; folder: string; verify?: boolean; passphrase?: string; scrypt?: ScryptParams }, tools: JobTools): Promise<CreatedBackup> =>
    createBackup(ctx, { ...input, ownConnection: true, onProgress: tools.progress, checkCancel: tools.checkCancel }),
  /** Decrypts and checks a backup into the restore staging folder (restore.ts, step 1). */
  'backup.inspect': (ctx: HandlerContext, input: { file: string; passphrase: string }, tools: JobTools): Promise<Inspected> =>
    inspectBackup(ctx, input.file, input.passphrase, { onProgress: tools.progress, checkCancel: tools.checkCancel }),
  /** Empties the WAL into the database file before a restore's swap, so the main thread's close has next to nothing to write. */
  'backup.checkpoint': async (ctx: HandlerContext, _input: Record<string, never>): Promise<void> => checkpointWal(ctx.db),
  /** Seals one case into a hand-over file at `dest` (cases/export.ts); file-system errors keep their errno code. */
  'cases.export': (ctx: HandlerContext, input: { clientId: number; passphrase: string; dest: string }): Promise<{ counts: Record<string, number>; files: number; bytes: number }> =>
    exportCase(ctx, input.clientId, input.passphrase, input.dest),
  /** Decrypts and checks a hand-over file and says what importing it would do; writes nothing (cases/preview.ts). */
  'cases.preview': (ctx: HandlerContext, input: { file: string; passphrase: string }) => previewCaseFile(ctx, input.file, input.passphrase),
  /** Opens a hand-over file and writes its case in one transaction (cases/import.ts). */
  'cases.import': async (ctx: HandlerContext, input: { file: string; passphrase: string; onConflict: ImportConflictChoice | undefined }): Promise<ImportResult> =>
    importCase(ctx, await openCaseFile(input.file, input.passphrase), input.onConflict),
  /** Removes a closed case for good: rows, blobs, temp copies, old page versions, kept copies (cases/purge.ts). */
  'cases.purge': async (ctx: HandlerContext, input: { clientId: number; confirmCaseRef: string }): Promise<PurgeResult> => purgeCase(ctx, input.clientId, input.confirmCaseRef),
  /** Spreadsheet imports: reading the file, the preview, the commit (imports/jobs.ts). */
  ...IMPORT_JOBS,
} satisfies Record<string, (ctx: HandlerContext, input: never, tools: JobTools) => Promise<unknown>>;

export type JobKind = keyof typeof JOBS;
export type JobInput<K extends JobKind> = Parameters<(typeof JOBS)[K]>[1];
export type JobOutput<K extends JobKind> = Awaited<ReturnType<(typeof JOBS)[K]>>;
