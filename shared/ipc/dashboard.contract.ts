import { Dashboard } from '../schemas/dashboard';
import { NoInput, type ChannelDef } from './channel-def';
import type { DASHBOARD_CHANNELS } from './dashboard.channels';

// Inputs and outputs of the start page's figures.
export const dashboardContract = {
  'dashboard.get': { input: NoInput, output: Dashboard },
} satisfies Record<(typeof DASHBOARD_CHANNELS)[number], ChannelDef>;
