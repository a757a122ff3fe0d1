// Channel names of evidence files attached to clients, debts and contacts. Names only (no zod), so the preload can list them.
export const ATTACHMENTS_CHANNELS = [
  'attachments.list',
  'attachments.pick',
  'attachments.upload',
  'attachments.update',
  'attachments.delete',
  'attachments.open',
] as const;
