import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { call } from './client';
import { clientKeys, dashboardKeys, statementKeys } from './keys';

// A client's financial statements: the latest (what the case uses), the history, and one
// opened from the history. Saving one changes the client's disposable income, which the
// client page and the dashboard show too.

export const useLatestStatement = (clientId: number) =>
  useQuery({ queryKey: statementKeys.latest(clientId), queryFn: () => call('statements.latest', { clientId }) });

export const useStatementList = (clientId: number) => useQuery({ queryKey: statementKeys.list(clientId), queryFn: () => call('statements.list', { clientId }) });

export const useStatement = (clientId: number, id: number | null) =>
  useQuery({ queryKey: statementKeys.detail(clientId, id ?? 0), queryFn: () => call('statements.get', { id: id ?? 0 }), enabled: id !== null });

function useStatementMutation<I>(clientId: number, fn: (input: I) => ReturnType<typeof call<'statements.get'>>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: statementKeys.client(clientId) }),
        qc.invalidateQueries({ queryKey: clientKeys.detail(clientId) }),
        qc.invalidateQueries({ queryKey: dashboardKeys.all }),
      ]),
  });
}

export const useCreateStatement = (clientId: number) =>
  useStatementMutation(clientId, (input: Omit<ChannelInput<'statements.create'>, 'clientId'>) => call('statements.create', { ...input, clientId }));

export const useUpdateStatement = (clientId: number) =>
  useStatementMutation(clientId, (input: ChannelInput<'statements.update'>) => call('statements.update', input));
