import { BatchJobInput, BatchStartInput, BatchStartOutput, BatchStatus, FileResult, PacketInput, PacketLendersInput, PacketLendersOutput } from '../schemas/documents';
import type { ChannelDef } from './channel-def';
import type { PACKETS_CHANNELS } from './packets.channels';

// Inputs and outputs of negotiation packets.
export const packetsContract = {
  'packets.lenders': { input: PacketLendersInput, output: PacketLendersOutput },
  'packets.save': { input: PacketInput, output: FileResult },
  'packets.open': { input: PacketInput, output: FileResult },
  'packets.print': { input: PacketInput, output: FileResult },
  'packets.batchStart': { input: BatchStartInput, output: BatchStartOutput },
  'packets.batchStatus': { input: BatchJobInput, output: BatchStatus },
  'packets.batchCancel': { input: BatchJobInput, output: BatchStatus },
} satisfies Record<(typeof PACKETS_CHANNELS)[number], ChannelDef>;
