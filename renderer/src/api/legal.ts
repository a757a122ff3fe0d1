import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { call } from './client';
import { contactKeys } from './contacts';
import { debtKeys } from './debts';

// A debt's court and enforcement steps. A change also moves the debt's stage (debts list,
// dashboard), the client's timeline and the appeal-deadline follow-ups.

export const legalKeys = {
  history: (debtId: number) => ['legal', debtId] as const,
};

export const useLegalHistory = (debtId: number) => useQuery({ queryKey: legalKeys.history(debtId), queryFn: () => call('legal.list', { debtId }) });

function useLegalMutation<I>(clientId: number, debtId: number, fn: (input: I) => Promise<unknown>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: legalKeys.history(debtId) }),
        qc.invalidateQueries({ queryKey: debtKeys.list(clientId) }),
        qc.invalidateQueries({ queryKey: ['clients', 'detail', clientId] }),
        qc.invalidateQueries({ queryKey: ['dashboard'] }),
        qc.invalidateQueries({ queryKey: ['timeline'] }),
        qc.invalidateQueries({ queryKey: contactKeys.followups }),
      ]),
  });
}

export const useCreateLegalEvent = (clientId: number, debtId: number) => useLegalMutation(clientId, debtId, (input: ChannelInput<'legal.create'>) => call('legal.create', input));
export const useUpdateLegalEvent = (clientId: number, debtId: number) => useLegalMutation(clientId, debtId, (input: ChannelInput<'legal.update'>) => call('legal.update', input));
export const useDeleteLegalEvent = (clientId: number, debtId: number) => useLegalMutation(clientId, debtId, (id: number) => call('legal.delete', { id }));
