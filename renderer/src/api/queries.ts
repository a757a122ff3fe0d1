import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { call } from './client';

// Query keys in one place, so a mutation invalidates exactly what it changed.
export const keys = {
  settings: ['settings'] as const,
  appInfo: ['app', 'info'] as const,
  clients: ['clients'] as const,
  clientList: (params: ChannelInput<'clients.list'>) => ['clients', 'list', params] as const,
  client: (id: number) => ['clients', 'detail', id] as const,
};

export const useSettings = () => useQuery({ queryKey: keys.settings, queryFn: () => call('settings.get') });
export const useAppInfo = () => useQuery({ queryKey: keys.appInfo, queryFn: () => call('app.info') });

export function useUpdateSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (patch: ChannelInput<'settings.update'>) => call('settings.update', patch),
    onSuccess: (settings) => qc.setQueryData(keys.settings, settings),
  });
}

export const useClientList = (params: ChannelInput<'clients.list'>) =>
  useQuery({ queryKey: keys.clientList(params), queryFn: () => call('clients.list', params), placeholderData: keepPreviousData });

export const useClient = (id: number, enabled = true) =>
  useQuery({ queryKey: keys.client(id), queryFn: () => call('clients.get', { id }), enabled });

function useClientMutation<I>(fn: (input: I) => ReturnType<typeof call<'clients.get'>>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (client) => {
      qc.setQueryData(keys.client(client.id), client);
      void qc.invalidateQueries({ queryKey: [...keys.clients, 'list'] });
    },
  });
}

export const useCreateClient = () => useClientMutation((input: ChannelInput<'clients.create'>) => call('clients.create', input));
export const useUpdateClient = () => useClientMutation((input: ChannelInput<'clients.update'>) => call('clients.update', input));
export const useArchiveClient = () =>
  useClientMutation(({ id, archived }: { id: number; archived: boolean }) => call(archived ? 'clients.archive' : 'clients.unarchive', { id }));
