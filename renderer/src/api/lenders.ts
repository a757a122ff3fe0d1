import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { call } from './client';
import { dashboardKeys, debtKeys, lenderKeys } from './keys';

// The lender directory. A change to a lender also shows on the debts that name it
// (their lender and collector names) and on the dashboard's lender count.

export const useLenderList = (params: ChannelInput<'lenders.list'>) =>
  useQuery({ queryKey: lenderKeys.list(params), queryFn: () => call('lenders.list', params), placeholderData: keepPreviousData });

export const useLender = (id: number | null | undefined, enabled = true) =>
  useQuery({ queryKey: lenderKeys.detail(id ?? 0), queryFn: () => call('lenders.get', { id: id! }), enabled: enabled && !!id });

export const useLenderSuggestions = (q: string, enabled = true) =>
  useQuery({ queryKey: lenderKeys.suggest(q), queryFn: () => call('lenders.suggest', { q, limit: 12 }), enabled, placeholderData: keepPreviousData });

function invalidateAround(qc: QueryClient) {
  return Promise.all([
    qc.invalidateQueries({ queryKey: lenderKeys.all }),
    qc.invalidateQueries({ queryKey: debtKeys.all }),
    qc.invalidateQueries({ queryKey: dashboardKeys.all }),
  ]);
}

export function useCreateLender() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'lenders.create'>) => call('lenders.create', input),
    onSuccess: (lender) => {
      qc.setQueryData(lenderKeys.detail(lender.id), lender);
      return invalidateAround(qc);
    },
  });
}

export function useUpdateLender() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'lenders.update'>) => call('lenders.update', input),
    onSuccess: (lender) => {
      qc.setQueryData(lenderKeys.detail(lender.id), lender);
      return invalidateAround(qc);
    },
  });
}

export function useDeleteLender() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => call('lenders.delete', { id }),
    onSuccess: (_data, id) => {
      qc.removeQueries({ queryKey: lenderKeys.detail(id) });
      return invalidateAround(qc);
    },
  });
}

export function useMergeLender() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'lenders.merge'>) => call('lenders.merge', input),
    onSuccess: (target, { sourceId }) => {
      qc.removeQueries({ queryKey: lenderKeys.detail(sourceId) });
      qc.setQueryData(lenderKeys.detail(target.id), target);
      return invalidateAround(qc);
    },
  });
}
