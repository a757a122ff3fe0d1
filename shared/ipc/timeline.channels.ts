// Channel names of the client's timeline (everything that happened in the case, newest first). Names only (no zod), so the preload can list them.
export const TIMELINE_CHANNELS = ['timeline.list'] as const;
