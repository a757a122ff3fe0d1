// Channel names of the app's own facts (version, data folder). Names only (no zod), so the preload can list them.
export const APP_CHANNELS = ['app.info'] as const;
