import { z } from 'zod';
import {
  AgreementByLenderInput,
  AgreementByLenderOutput,
  AgreementIdInput,
  AgreementListInput,
  AgreementListOutput,
  AgreementSetStatusInput,
  AgreementView,
  DeletedOutput,
  InstalmentMarkMissedInput,
  OfferCreateFromProposalInput,
  OfferCreateInput,
  OfferDeleteInput,
  OfferListInput,
  OfferListOutput,
  OfferTransitionInput,
  OfferView,
  PaymentDeleteInput,
  PaymentRecordInput,
  ProposalChoices,
} from '../schemas/agreements';
import type { AGREEMENTS_CHANNELS } from './agreements.channels';
import type { ChannelDef } from './channel-def';

// Inputs and outputs of offers to lenders, agreements, instalments and payments.
export const agreementsContract = {
  'offers.list': { input: OfferListInput, output: OfferListOutput },
  'offers.proposalChoices': { input: OfferListInput, output: ProposalChoices },
  'offers.createFromProposal': { input: OfferCreateFromProposalInput, output: z.array(OfferView) },
  'offers.create': { input: OfferCreateInput, output: OfferView },
  'offers.transition': { input: OfferTransitionInput, output: z.object({ offer: OfferView, agreement: AgreementView.nullable() }) },
  'offers.delete': { input: OfferDeleteInput, output: DeletedOutput },
  'agreements.list': { input: AgreementListInput, output: AgreementListOutput },
  'agreements.byLender': { input: AgreementByLenderInput, output: AgreementByLenderOutput },
  'agreements.get': { input: AgreementIdInput, output: AgreementView },
  'agreements.setStatus': { input: AgreementSetStatusInput, output: AgreementView },
  'payments.record': { input: PaymentRecordInput, output: AgreementView },
  'payments.delete': { input: PaymentDeleteInput, output: AgreementView },
  'instalments.markMissed': { input: InstalmentMarkMissedInput, output: AgreementView },
} satisfies Record<(typeof AGREEMENTS_CHANNELS)[number], ChannelDef>;
