import { Settings, SettingsUpdateInput } from '../schemas/settings';
import { NoInput, type ChannelDef } from './channel-def';
import type { SETTINGS_CHANNELS } from './settings.channels';

// Inputs and outputs of the counsellor's settings.
export const settingsContract = {
  'settings.get': { input: NoInput, output: Settings },
  'settings.update': { input: SettingsUpdateInput, output: Settings },
} satisfies Record<(typeof SETTINGS_CHANNELS)[number], ChannelDef>;
