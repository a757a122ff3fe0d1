// Channel names of the client register. Names only (no zod), so the preload can list them.
export const CLIENTS_CHANNELS = [
  'clients.list',
  'clients.get',
  'clients.create',
  'clients.update',
  'clients.archive',
  'clients.unarchive',
  'clients.revealIdNumber',
] as const;
