// Channel names of case documents (statement, debt schedule, proposal, contact log). Names only (no zod), so the preload can list them.
export const DOCUMENTS_CHANNELS = ['documents.save', 'documents.open', 'documents.print'] as const;
