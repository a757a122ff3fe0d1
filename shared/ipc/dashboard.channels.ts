// Channel names of the start page's figures. Names only (no zod), so the preload can list them.
export const DASHBOARD_CHANNELS = ['dashboard.get'] as const;
