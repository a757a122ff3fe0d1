import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { call } from './client';
import { clientKeys, dashboardKeys, debtKeys, followupKeys, legalKeys, timelineKeys } from './keys';

// A debt's court and enforcement steps. A change also moves the debt's stage (debts list,
// dashboard), the client's timeline and the appeal-deadline follow-ups.

export const useLegalHistory = (debtId: number) => useQuery({ queryKey: legalKeys.history(debtId), queryFn: () => call('legal.list', { debtId }) });

function useLegalMutation<I>(clientId: number, debtId: number, fn: (input: I) => Promise<unknown>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: legalKeys.history(debtId) }),
        qc.invalidateQueries({ queryKey: debtKeys.list(clientId) }),
        qc.invalidateQueries({ queryKey: clientKeys.detail(clientId) }),
        qc.invalidateQueries({ queryKey: dashboardKeys.all }),
        qc.invalidateQueries({ queryKey: timelineKeys.all }),
        qc.invalidateQueries({ queryKey: followupKeys.all }),
      ]),
  });
}

export const useCreateLegalEvent = (clientId: number, debtId: number) => useLegalMutation(clientId, debtId, (input: ChannelInput<'legal.create'>) => call('legal.create', input));
export const useUpdateLegalEvent = (clientId: number, debtId: number) => useLegalMutation(clientId, debtId, (input: ChannelInput<'legal.update'>) => call('legal.update', input));
export const useDeleteLegalEvent = (clientId: number, debtId: number) => useLegalMutation(clientId, debtId, (id: number) => call('legal.delete', { id }));
