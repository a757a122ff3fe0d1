// Channel names of negotiation packets (one lender's letter, figures and evidence; one or a batch). Names only (no zod), so the preload can list them.
export const PACKETS_CHANNELS = [
  'packets.lenders',
  'packets.save',
  'packets.open',
  'packets.print',
  'packets.batchStart',
  'packets.batchStatus',
  'packets.batchCancel',
] as const;
