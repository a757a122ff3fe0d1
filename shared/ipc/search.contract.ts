import { SearchInput, SearchOutput } from '../schemas/search';
import type { ChannelDef } from './channel-def';
import type { SEARCH_CHANNELS } from './search.channels';

// Inputs and outputs of the search across clients, lenders, contacts and notes.
export const searchContract = {
  'search.query': { input: SearchInput, output: SearchOutput },
} satisfies Record<(typeof SEARCH_CHANNELS)[number], ChannelDef>;
