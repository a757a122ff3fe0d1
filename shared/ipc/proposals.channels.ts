// Channel names of the proposal builder (pro-rata scenarios and remedies). Names only (no zod), so the preload can list them.
export const PROPOSALS_CHANNELS = ['proposals.draft', 'proposals.create', 'proposals.update', 'proposals.list', 'proposals.delete', 'proposals.versions', 'proposals.restore'] as const;
