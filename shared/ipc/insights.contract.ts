import { InsightsHints, InsightsHintsInput, InsightsLenderInput, LenderInsights, Outcomes } from '../schemas/insights';
import { NoInput, type ChannelDef } from './channel-def';
import type { INSIGHTS_CHANNELS } from './insights.channels';

// Inputs and outputs of lender insights (the lender page, the proposal builder's hints) and the outcomes dashboard.
export const insightsContract = {
  'insights.lender': { input: InsightsLenderInput, output: LenderInsights },
  'insights.hints': { input: InsightsHintsInput, output: InsightsHints },
  'insights.outcomes': { input: NoInput, output: Outcomes },
} satisfies Record<(typeof INSIGHTS_CHANNELS)[number], ChannelDef>;
