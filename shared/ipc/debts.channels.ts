// Channel names of a client's debts. Names only (no zod), so the preload can list them.
export const DEBTS_CHANNELS = ['debts.list', 'debts.create', 'debts.update', 'debts.delete'] as const;
