// Channel names of spreadsheet imports (clients and debts from .xlsx or CSV). Names only (no zod), so the preload can list them.
export const IMPORTS_CHANNELS = ['imports.pick', 'imports.preview', 'imports.commit', 'imports.discard', 'imports.progress', 'imports.cancel'] as const;
