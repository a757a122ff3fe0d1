import { z } from 'zod';
import {
  AgreementView,
  DeletedOutput,
  OfferCreateFromProposalInput,
  OfferCreateInput,
  OfferDeleteInput,
  OfferListInput,
  OfferListOutput,
  OfferTransitionInput,
  OfferView,
  ProposalChoices,
} from '../schemas/agreements';
import type { ChannelDef } from './channel-def';
import type { OFFERS_CHANNELS } from './offers.channels';

// Inputs and outputs of offers to lenders and their replies.
export const offersContract = {
  'offers.list': { input: OfferListInput, output: OfferListOutput },
  'offers.proposalChoices': { input: OfferListInput, output: ProposalChoices },
  'offers.createFromProposal': { input: OfferCreateFromProposalInput, output: z.array(OfferView) },
  'offers.create': { input: OfferCreateInput, output: OfferView },
  'offers.transition': { input: OfferTransitionInput, output: z.object({ offer: OfferView, agreement: AgreementView.nullable() }) },
  'offers.delete': { input: OfferDeleteInput, output: DeletedOutput },
} satisfies Record<(typeof OFFERS_CHANNELS)[number], ChannelDef>;
