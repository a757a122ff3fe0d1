// Channel names of case documents (statement, debt schedule, proposal, contact log), negotiation packets, letterhead. Names only (no zod), so the preload can list them.
export const DOCUMENTS_CHANNELS = [] as const;
