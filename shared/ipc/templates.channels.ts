// Channel names of letter templates (per kind and language, versioned). Names only (no zod), so the preload can list them.
export const TEMPLATES_CHANNELS = ['templates.list', 'templates.get', 'templates.save', 'templates.restoreDefault', 'templates.fields'] as const;
