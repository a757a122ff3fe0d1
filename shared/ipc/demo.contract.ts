import { DemoLoadResult, DemoRemoveResult, DemoStatus } from '../schemas/demo';
import { NoInput, type ChannelDef } from './channel-def';
import type { DEMO_CHANNELS } from './demo.channels';

// Inputs and outputs of the demo cases.
export const demoContract = {
  'demo.status': { input: NoInput, output: DemoStatus },
  'demo.load': { input: NoInput, output: DemoLoadResult },
  'demo.remove': { input: NoInput, output: DemoRemoveResult },
} satisfies Record<(typeof DEMO_CHANNELS)[number], ChannelDef>;
