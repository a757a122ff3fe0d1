import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { call } from './client';
import { caseKeys, clientKeys } from './keys';

// Case hand-over (export / import), retention and purge. An import or a purge changes the
// client list, the lender directory, the dashboard and the search, so both drop every
// cached query: they are rare and the counsellor expects a fresh picture afterwards.

export const useCaseInfo = (clientId: number, rev: number) => useQuery({ queryKey: caseKeys.info(clientId, rev), queryFn: () => call('cases.info', { clientId }) });
/** Asked each time the purge confirmation opens: the copies and backups change while the app runs. */
export const usePurgeReach = (clientId: number) =>
  useQuery({ queryKey: caseKeys.purgeReach(clientId), queryFn: () => call('cases.purgeReach', { clientId }), staleTime: 0, gcTime: 0 });
export const useRetention = () => useQuery({ queryKey: caseKeys.retention, queryFn: () => call('cases.retention') });

export const useExportCase = () => useMutation({ mutationFn: (input: ChannelInput<'cases.export'>) => call('cases.export', input) });

/** Picks and checks a file: writes nothing, so nothing to invalidate. */
export const useImportPreview = () => useMutation({ mutationFn: (input: ChannelInput<'cases.importPreview'>) => call('cases.importPreview', input) });

export function useImportCase() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'cases.import'>) => call('cases.import', input),
    onSuccess: (r) => (r.imported ? qc.invalidateQueries() : undefined),
  });
}

export function usePurgeCase() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'cases.purge'>) => call('cases.purge', input),
    onSuccess: (_r, input) => {
      // The purged client's own queries would only fail now: drop them, refresh the rest.
      qc.removeQueries({ queryKey: clientKeys.detail(input.clientId) });
      return qc.invalidateQueries();
    },
  });
}

export function useSetRetention() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (years: number) => call('cases.setRetention', { years }),
    onSuccess: (data) => {
      qc.setQueryData(caseKeys.retention, data);
      return qc.invalidateQueries({ queryKey: caseKeys.infos });
    },
  });
}
