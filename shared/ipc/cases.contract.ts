import { z } from 'zod';
import { Id } from '../schemas/common';
import {
  CaseExportInput,
  CaseExportOutput,
  CaseImportInput,
  CaseImportOutput,
  CaseImportPreviewInput,
  CaseImportPreviewOutput,
  CaseInfoOutput,
  CasePurgeInput,
  CasePurgeOutput,
  CasePurgeReachOutput,
  RetentionOutput,
  RetentionYears,
} from '../schemas/cases';
import type { CASES_CHANNELS } from './cases.channels';
import { NoInput, type ChannelDef } from './channel-def';

// Inputs and outputs of case hand-over (export/import), retention and purge.
export const casesContract = {
  /** Writes one client's complete file, encrypted with the passphrase, where the counsellor chooses. */
  'cases.export': { input: CaseExportInput, output: CaseExportOutput },
  /** Picks a handed-over file, decrypts and checks it, and says what it holds and what would happen; writes nothing. */
  'cases.importPreview': { input: CaseImportPreviewInput, output: CaseImportPreviewOutput },
  /** Imports the previewed file in one transaction. */
  'cases.import': { input: CaseImportInput, output: CaseImportOutput },
  /** Whether a case is closed and past retention (for the purge action). */
  'cases.info': { input: z.object({ clientId: Id }).strict(), output: CaseInfoOutput },
  /** The retention period and the closed cases past it. */
  'cases.retention': { input: NoInput, output: RetentionOutput },
  'cases.setRetention': { input: z.object({ years: RetentionYears }).strict(), output: RetentionOutput },
  /** The kept copies a purge rewrites or deletes, and the backups that still hold the case. Writes nothing. */
  'cases.purgeReach': { input: z.object({ clientId: Id }).strict(), output: CasePurgeReachOutput },
  /** Removes every trace of a closed case; the audit keeps only that a purge happened. */
  'cases.purge': { input: CasePurgeInput, output: CasePurgeOutput },
} satisfies Record<(typeof CASES_CHANNELS)[number], ChannelDef>;
