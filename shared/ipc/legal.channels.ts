// Channel names of a debt's court and enforcement steps. Names only (no zod), so the preload can list them.
export const LEGAL_CHANNELS = ['legal.list', 'legal.create', 'legal.update', 'legal.delete'] as const;
