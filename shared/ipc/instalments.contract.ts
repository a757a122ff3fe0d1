import { AgreementView, InstalmentMarkMissedInput } from '../schemas/agreements';
import type { ChannelDef } from './channel-def';
import type { INSTALMENTS_CHANNELS } from './instalments.channels';

// Inputs and outputs of an agreement's instalments (each answers with the agreement).
export const instalmentsContract = {
  'instalments.markMissed': { input: InstalmentMarkMissedInput, output: AgreementView },
} satisfies Record<(typeof INSTALMENTS_CHANNELS)[number], ChannelDef>;
