import { AgreementView, PaymentDeleteInput, PaymentRecordInput } from '../schemas/agreements';
import type { ChannelDef } from './channel-def';
import type { PAYMENTS_CHANNELS } from './payments.channels';

// Inputs and outputs of payments made under an agreement (each answers with the agreement).
export const paymentsContract = {
  'payments.record': { input: PaymentRecordInput, output: AgreementView },
  'payments.delete': { input: PaymentDeleteInput, output: AgreementView },
} satisfies Record<(typeof PAYMENTS_CHANNELS)[number], ChannelDef>;
