import { z } from 'zod';
import {
  ProposalCreateInput,
  ProposalDraftInput,
  ProposalDraftOutput,
  ProposalIdInput,
  ProposalListInput,
  ProposalListOutput,
  ProposalUpdateInput,
  ProposalView,
} from '../schemas/proposals';
import type { PROPOSALS_CHANNELS } from './proposals.channels';
import type { ChannelDef } from './channel-def';

// Inputs and outputs of the proposal builder (pro-rata scenarios and remedies).
export const proposalsContract = {
  /** The case's figures and the builder's default plan, computed and not saved. */
  'proposals.draft': { input: ProposalDraftInput, output: ProposalDraftOutput },
  /** Saves a named scenario; every figure is recomputed here from the case and the chosen remedies. */
  'proposals.create': { input: ProposalCreateInput, output: ProposalView },
  /** Replaces a scenario (optimistic: rev must match), recomputed from the current case. */
  'proposals.update': { input: ProposalUpdateInput, output: ProposalView },
  /** All saved scenarios of a client, newest first, with their lines (for side-by-side comparison). */
  'proposals.list': { input: ProposalListInput, output: ProposalListOutput },
  'proposals.delete': { input: ProposalIdInput, output: z.object({ deleted: z.literal(true) }) },
} satisfies Record<(typeof PROPOSALS_CHANNELS)[number], ChannelDef>;
