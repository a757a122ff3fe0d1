// Channel names of letter templates, drafts, final PDFs, packets. Names only (no zod), so the preload can list them.
export const LETTERS_CHANNELS = [] as const;
