// Channel names of the evidence checklists. Names only (no zod), so the preload can list them.
export const CHECKLISTS_CHANNELS = ['checklists.forClient', 'checklists.lenderRules', 'checklists.setLenderRule'] as const;
