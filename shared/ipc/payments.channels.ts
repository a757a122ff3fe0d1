// Channel names of payments made under an agreement. Names only (no zod), so the preload can list them.
export const PAYMENTS_CHANNELS = ['payments.record', 'payments.delete'] as const;
