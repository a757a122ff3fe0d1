import { z } from 'zod';
import { ImportCommitInput, ImportCommitOutput, ImportPickOutput, ImportPreviewInput, ImportPreviewOutput } from '../schemas/imports';
import { NoInput, type ChannelDef } from './channel-def';
import type { IMPORTS_CHANNELS } from './imports.channels';

// Inputs and outputs of spreadsheet imports. The file is chosen in the main process's dialog:
// no path ever comes from the renderer.
export const importsContract = {
  'imports.pick': { input: NoInput, output: ImportPickOutput },
  'imports.preview': { input: ImportPreviewInput, output: ImportPreviewOutput },
  'imports.commit': { input: ImportCommitInput, output: ImportCommitOutput },
  'imports.discard': { input: z.object({ token: z.string().max(64) }).strict(), output: z.object({ ok: z.boolean() }) },
} satisfies Record<(typeof IMPORTS_CHANNELS)[number], ChannelDef>;
