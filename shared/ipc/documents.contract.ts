import { NoInput, type ChannelDef } from './channel-def';
import type { DOCUMENTS_CHANNELS } from './documents.channels';
import {
  BatchJobInput,
  BatchStartInput,
  BatchStartOutput,
  BatchStatus,
  DocumentInput,
  FileResult,
  Letterhead,
  LetterheadUpdateInput,
  PacketInput,
  PacketLendersInput,
  PacketLendersOutput,
} from '../schemas/documents';

// Inputs and outputs of case documents (statement, debt schedule, proposal, contact log), negotiation packets, letterhead.
export const documentsContract = {
  'documents.save': { input: DocumentInput, output: FileResult },
  'documents.open': { input: DocumentInput, output: FileResult },
  'documents.print': { input: DocumentInput, output: FileResult },
  'packets.lenders': { input: PacketLendersInput, output: PacketLendersOutput },
  'packets.save': { input: PacketInput, output: FileResult },
  'packets.open': { input: PacketInput, output: FileResult },
  'packets.print': { input: PacketInput, output: FileResult },
  'packets.batchStart': { input: BatchStartInput, output: BatchStartOutput },
  'packets.batchStatus': { input: BatchJobInput, output: BatchStatus },
  'packets.batchCancel': { input: BatchJobInput, output: BatchStatus },
  'letterhead.get': { input: NoInput, output: Letterhead },
  'letterhead.update': { input: LetterheadUpdateInput, output: Letterhead },
  'letterhead.pickLogo': { input: NoInput, output: Letterhead },
  /** Opens a sample letter with the letterhead as saved, in the viewer. */
  'letterhead.preview': { input: NoInput, output: FileResult },
} satisfies Record<(typeof DOCUMENTS_CHANNELS)[number], ChannelDef>;
