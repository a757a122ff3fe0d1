import { z } from 'zod';
import {
  ProposalCreateInput,
  ProposalDraftInput,
  ProposalDraftOutput,
  ProposalIdInput,
  ProposalListInput,
  ProposalListOutput,
  ProposalRestoreInput,
  ProposalUpdateInput,
  ProposalVersionsOutput,
  ProposalView,
} from '../schemas/proposals';
import type { PROPOSALS_CHANNELS } from './proposals.channels';
import type { ChannelDef } from './channel-def';

// Inputs and outputs of the proposal builder (pro-rata scenarios and remedies).
export const proposalsContract = {
  /** The case's figures and the builder's default plan, computed and not saved. */
  'proposals.draft': { input: ProposalDraftInput, output: ProposalDraftOutput },
  /** Saves a named scenario (a name the client's other scenarios use is refused); every figure is recomputed here from the case and the chosen remedies. */
  'proposals.create': { input: ProposalCreateInput, output: ProposalView },
  /** Saves a scenario again (optimistic: rev must match), recomputed from the current case; the version it replaces is kept. */
  'proposals.update': { input: ProposalUpdateInput, output: ProposalView },
  /** All saved scenarios of a client, newest first, with their lines (for side-by-side comparison). */
  'proposals.list': { input: ProposalListInput, output: ProposalListOutput },
  'proposals.delete': { input: ProposalIdInput, output: z.object({ deleted: z.literal(true) }) },
  /** A scenario's versions: the current one first, then those earlier saves replaced, newest first. */
  'proposals.versions': { input: ProposalIdInput, output: ProposalVersionsOutput },
  /** Makes a kept version the current one again (rev must match); the version it replaces is kept in turn. */
  'proposals.restore': { input: ProposalRestoreInput, output: ProposalView },
} satisfies Record<(typeof PROPOSALS_CHANNELS)[number], ChannelDef>;
