// Channel names of conduct incidents (collection misconduct logged with contacts). Names only (no zod), so the preload can list them.
export const INCIDENTS_CHANNELS = ['incidents.byLender'] as const;
