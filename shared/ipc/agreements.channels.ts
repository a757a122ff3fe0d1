// Channel names of offers to lenders, agreements, instalments and payments. Names only (no zod), so the preload can list them.
export const AGREEMENTS_CHANNELS = [] as const;
