import {
  AgreementByLenderInput,
  AgreementByLenderOutput,
  AgreementListInput,
  AgreementListOutput,
  AgreementSetStatusInput,
  AgreementView,
} from '../schemas/agreements';
import type { AGREEMENTS_CHANNELS } from './agreements.channels';
import type { ChannelDef } from './channel-def';

// Inputs and outputs of agreements with lenders.
export const agreementsContract = {
  'agreements.list': { input: AgreementListInput, output: AgreementListOutput },
  'agreements.byLender': { input: AgreementByLenderInput, output: AgreementByLenderOutput },
  'agreements.setStatus': { input: AgreementSetStatusInput, output: AgreementView },
} satisfies Record<(typeof AGREEMENTS_CHANNELS)[number], ChannelDef>;
