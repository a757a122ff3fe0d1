// Channel names of case documents (statement, debt schedule, proposal, contact log), negotiation packets, letterhead. Names only (no zod), so the preload can list them.
export const DOCUMENTS_CHANNELS = [
  'documents.save',
  'documents.open',
  'documents.print',
  'packets.lenders',
  'packets.save',
  'packets.open',
  'packets.print',
  'packets.batchStart',
  'packets.batchStatus',
  'packets.batchCancel',
  'letterhead.get',
  'letterhead.update',
  'letterhead.pickLogo',
  'letterhead.preview',
] as const;
