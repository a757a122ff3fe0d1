// Channel names of the demo cases (load, remove, status). Names only (no zod), so the preload can list them.
export const DEMO_CHANNELS = ['demo.status', 'demo.load', 'demo.remove'] as const;
