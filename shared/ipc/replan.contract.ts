import { RevisePreview, RevisePreviewInput, ReviseConfirmInput, ReviseConfirmOutput, StaleInput, StaleOutput, VariationInput, VariationOutput } from '../schemas/replan';
import type { ChannelDef } from './channel-def';
import type { REPLAN_CHANNELS } from './replan.channels';

// Inputs and outputs of re-planning when the case's figures change.
export const replanContract = {
  /** The client's saved proposals and open offers built on figures that changed since, with what changed. */
  'replan.stale': { input: StaleInput, output: StaleOutput },
  /** A saved proposal rebuilt from today's figures with the same settings, beside the saved one; nothing written. */
  'replan.preview': { input: RevisePreviewInput, output: RevisePreview },
  /** Saves the revised plan and drafts a revised-offer letter for each lender whose figures changed. */
  'replan.confirm': { input: ReviseConfirmInput, output: ReviseConfirmOutput },
  /** Change of circumstances: a variation request letter (lower payment or a hold) per affected active agreement. */
  'replan.variation': { input: VariationInput, output: VariationOutput },
} satisfies Record<(typeof REPLAN_CHANNELS)[number], ChannelDef>;
