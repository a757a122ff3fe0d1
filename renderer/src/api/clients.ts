import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ChannelInput } from '../../../shared/contract';
import { call } from './client';
import { debtsQuery } from './debts';
import { clientKeys } from './keys';

// Clients: the list, one client, and how many cases there are (the first-run card shows only
// while there is none). A saved client replaces its cached detail and refreshes the lists.

export const useClientList = (params: ChannelInput<'clients.list'>) =>
  useQuery({ queryKey: clientKeys.list(params), queryFn: () => call('clients.list', params), placeholderData: keepPreviousData });

const clientQuery = (id: number) => queryOptions({ queryKey: clientKeys.detail(id), queryFn: () => call('clients.get', { id }) });

export const useClient = (id: number, enabled = true) => useQuery({ ...clientQuery(id), enabled });

/**
 * Starts reading a client and its debts as a row of the list is pressed (or its link gets the
 * keyboard's focus), before the click lands: the client page then opens with both at hand
 * instead of showing a spinner while it asks. Within the cache's fresh time (main.tsx) the
 * page does not ask again; a call already under way is shared, not repeated.
 */
export function usePrefetchClient(): (id: number) => void {
  const qc = useQueryClient();
  return useCallback(
    (id: number) => {
      void qc.prefetchQuery(clientQuery(id));
      void qc.prefetchQuery(debtsQuery(id));
    },
    [qc],
  );
}

/** Every case, archived or not. */
export const useCaseCount = () =>
  useQuery({
    queryKey: clientKeys.count,
    queryFn: async () => (await call('clients.list', { pageSize: 1 })).total + (await call('clients.list', { pageSize: 1, archived: true })).total,
  });

/** The full ID number (the main process records that it was shown). */
export const revealIdNumber = (id: number) => call('clients.revealIdNumber', { id });

function useClientMutation<I>(fn: (input: I) => ReturnType<typeof call<'clients.get'>>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (client) => {
      qc.setQueryData(clientKeys.detail(client.id), client);
      void qc.invalidateQueries({ queryKey: clientKeys.lists });
    },
  });
}

export const useCreateClient = () => useClientMutation((input: ChannelInput<'clients.create'>) => call('clients.create', input));
export const useUpdateClient = () => useClientMutation((input: ChannelInput<'clients.update'>) => call('clients.update', input));
export const useArchiveClient = () =>
  useClientMutation(({ id, archived }: { id: number; archived: boolean }) => call(archived ? 'clients.archive' : 'clients.unarchive', { id }));
