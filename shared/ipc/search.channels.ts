// Channel names of the search across clients, lenders, contacts and notes. Names only (no zod), so the preload can list them.
export const SEARCH_CHANNELS = ['search.query'] as const;
