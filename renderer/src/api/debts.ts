import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { ChannelInput } from '../../../shared/contract';
import { call } from './client';
import { clientKeys, dashboardKeys, debtKeys, ledgerKeys } from './keys';

// A client's debts. The list (items, totals, per-lender totals) is one query per client;
// every change to a debt also changes the client page's overview and the dashboard.

/** The debts query, also for prefetching them before a client page opens (api/clients.ts). */
export const debtsQuery = (clientId: number) => queryOptions({ queryKey: debtKeys.list(clientId), queryFn: () => call('debts.list', { clientId }) });

export const useDebts = (clientId: number) => useQuery(debtsQuery(clientId));

/**
 * Asks for the debts as soon as a client page opens, beside the client itself: the overview's
 * totals otherwise wait for the client to arrive and the tab to mount before they are asked for.
 */
export function usePrefetchDebts(clientId: number): void {
  const qc = useQueryClient();
  useEffect(() => void qc.prefetchQuery(debtsQuery(clientId)), [qc, clientId]);
}

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
