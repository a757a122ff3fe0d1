import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { call } from './client';
import { importKeys } from './keys';

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

/** The step running in the background (reading, checking, writing) and how far it is: polled while the wizard waits. */
export const useImportProgress = () => useQuery({ queryKey: importKeys.progress, queryFn: () => call('imports.progress', {}), refetchInterval: 400, gcTime: 0 });

/** Stops the running step; a commit stopped this way writes nothing. */
export const cancelImport = () => call('imports.cancel', {});
