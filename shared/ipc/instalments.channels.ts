// Channel names of an agreement's instalments. Names only (no zod), so the preload can list them.
export const INSTALMENTS_CHANNELS = ['instalments.markMissed'] as const;
