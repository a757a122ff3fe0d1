import { DocumentInput, FileResult } from '../schemas/documents';
import type { ChannelDef } from './channel-def';
import type { DOCUMENTS_CHANNELS } from './documents.channels';

// Inputs and outputs of case documents (statement, debt schedule, proposal, contact log).
export const documentsContract = {
  'documents.save': { input: DocumentInput, output: FileResult },
  'documents.open': { input: DocumentInput, output: FileResult },
  'documents.print': { input: DocumentInput, output: FileResult },
} satisfies Record<(typeof DOCUMENTS_CHANNELS)[number], ChannelDef>;
