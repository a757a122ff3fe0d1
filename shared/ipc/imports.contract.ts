import { z } from 'zod';
import { ImportCommitInput, ImportCommitOutput, ImportPickOutput, ImportProgress, ImportPreviewInput, ImportPreviewOutput } from '../schemas/imports';
import { NoInput, type ChannelDef } from './channel-def';
import type { IMPORTS_CHANNELS } from './imports.channels';

// Inputs and outputs of spreadsheet imports. The file is chosen in the main process's dialog:
// no path ever comes from the renderer.
export const importsContract = {
  'imports.pick': { input: NoInput, output: ImportPickOutput },
  'imports.preview': { input: ImportPreviewInput, output: ImportPreviewOutput },
  'imports.commit': { input: ImportCommitInput, output: ImportCommitOutput },
  'imports.discard': { input: z.object({ token: z.string().max(64) }).strict(), output: z.object({ ok: z.boolean() }) },
  /** The step reading, previewing or writing in the background, and how far it is: polled while one runs. */
  'imports.progress': { input: NoInput, output: ImportProgress },
  /** Asks the running step to stop; a commit stopped this way writes nothing. `cancelled` is false when none was running. */
  'imports.cancel': { input: NoInput, output: z.object({ cancelled: z.boolean() }) },
} satisfies Record<(typeof IMPORTS_CHANNELS)[number], ChannelDef>;
