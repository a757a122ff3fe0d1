import { LockConfigureInput, LockDisableInput, LockStatus, LockUnlockInput } from '../schemas/lock';
import { NoInput, type ChannelDef } from './channel-def';
import type { LOCK_CHANNELS } from './lock.channels';

// Inputs and outputs of the app lock.
export const lockContract = {
  'lock.status': { input: NoInput, output: LockStatus },
  'lock.configure': { input: LockConfigureInput, output: LockStatus },
  'lock.disable': { input: LockDisableInput, output: LockStatus },
  'lock.lock': { input: NoInput, output: LockStatus },
  'lock.unlock': { input: LockUnlockInput, output: LockStatus },
} satisfies Record<(typeof LOCK_CHANNELS)[number], ChannelDef>;
