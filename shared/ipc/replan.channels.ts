// Channel names of re-planning when the case's figures change: which plans and offers are stale, revising a plan, and variation requests for active agreements. Names only (no zod), so the preload can list them.
export const REPLAN_CHANNELS = ['replan.stale', 'replan.preview', 'replan.confirm', 'replan.variation'] as const;
