import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { call } from './client';
import { clientKeys, dashboardKeys, debtKeys, ledgerKeys } from './keys';

// A client's debts. The list (items, totals, per-lender totals) is one query per client;
// every change to a debt also changes the client page's overview and the dashboard.

export const useDebts = (clientId: number) => useQuery({ queryKey: debtKeys.list(clientId), queryFn: () => call('debts.list', { clientId }) });

function useDebtMutation<I>(clientId: number, fn: (input: I) => Promise<unknown>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: debtKeys.list(clientId) }),
        qc.invalidateQueries({ queryKey: clientKeys.detail(clientId) }),
        qc.invalidateQueries({ queryKey: dashboardKeys.all }),
        qc.invalidateQueries({ queryKey: ledgerKeys.all }),
      ]),
  });
}

export const useCreateDebt = (clientId: number) => useDebtMutation(clientId, (input: ChannelInput<'debts.create'>) => call('debts.create', input));
export const useUpdateDebt = (clientId: number) => useDebtMutation(clientId, (input: ChannelInput<'debts.update'>) => call('debts.update', input));
export const useDeleteDebt = (clientId: number) => useDebtMutation(clientId, (id: number) => call('debts.delete', { id }));
