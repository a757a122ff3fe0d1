import { FileResult, Letterhead, LetterheadUpdateInput } from '../schemas/documents';
import { NoInput, type ChannelDef } from './channel-def';
import type { LETTERHEAD_CHANNELS } from './letterhead.channels';

// Inputs and outputs of the letterhead.
export const letterheadContract = {
  'letterhead.get': { input: NoInput, output: Letterhead },
  'letterhead.update': { input: LetterheadUpdateInput, output: Letterhead },
  'letterhead.pickLogo': { input: NoInput, output: Letterhead },
  /** Opens a sample letter with the letterhead as saved, in the viewer. */
  'letterhead.preview': { input: NoInput, output: FileResult },
} satisfies Record<(typeof LETTERHEAD_CHANNELS)[number], ChannelDef>;
