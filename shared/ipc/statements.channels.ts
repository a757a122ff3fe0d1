// Channel names of the client's income and expenditure statements. Names only (no zod), so the preload can list them.
export const STATEMENTS_CHANNELS = ['statements.create', 'statements.update', 'statements.get', 'statements.latest', 'statements.list'] as const;
