// Channel names of agreements with lenders (an accepted offer and its schedule). Names only (no zod), so the preload can list them.
export const AGREEMENTS_CHANNELS = ['agreements.list', 'agreements.byLender', 'agreements.setStatus'] as const;
