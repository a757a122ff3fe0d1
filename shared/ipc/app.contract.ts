import { AppInfo } from '../schemas/settings';
import type { APP_CHANNELS } from './app.channels';
import { NoInput, type ChannelDef } from './channel-def';

// Inputs and outputs of the app's own facts.
export const appContract = {
  'app.info': { input: NoInput, output: AppInfo },
} satisfies Record<(typeof APP_CHANNELS)[number], ChannelDef>;
