// Channel names of lender insights and the outcomes dashboard. Names only (no zod), so the preload can list them.
export const INSIGHTS_CHANNELS = ['insights.lender', 'insights.hints', 'insights.outcomes'] as const;
