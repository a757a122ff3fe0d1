import { useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { call } from './client';

// The spreadsheet import: the main process keeps the chosen file behind a token until it is
// imported or discarded. An import adds clients, debts and lenders everywhere, so it drops
// the whole cache.
export function useSheetImport() {
  const qc = useQueryClient();
  return {
    pick: () => call('imports.pick'),
    preview: (input: ChannelInput<'imports.preview'>) => call('imports.preview', input),
    discard: (token: string) => call('imports.discard', { token }),
    commit: async (input: ChannelInput<'imports.commit'>) => {
      const result = await call('imports.commit', input);
      void qc.invalidateQueries();
      return result;
    },
  };
}
