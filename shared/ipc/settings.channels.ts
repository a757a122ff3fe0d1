// Channel names of the counsellor's settings. Names only (no zod), so the preload can list them.
export const SETTINGS_CHANNELS = ['settings.get', 'settings.update'] as const;
