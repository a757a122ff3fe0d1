import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { call } from './client';
import { letterKeys, offerKeys, proposalKeys, replanKeys, timelineKeys } from './keys';

// Re-planning: which saved plans and open offers rest on changed figures (read afresh whenever
// a page showing the marks opens: statements, debts, ledgers and offers all feed it), the
// revised plan of a proposal, and the variation requests for active agreements.

export const useStale = (clientId: number) => useQuery({ queryKey: replanKeys.stale(clientId), queryFn: () => call('replan.stale', { clientId }), refetchOnMount: 'always' });

export const useRevisePreview = (proposalId: number | null) =>
  useQuery({ queryKey: replanKeys.preview(proposalId ?? 0), queryFn: () => call('replan.preview', { proposalId: proposalId! }), enabled: proposalId !== null, refetchOnMount: 'always', gcTime: 0 });

function useReplanMutation<I, O>(clientId: number, fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all(
        [replanKeys.client(clientId), proposalKeys.client(clientId), letterKeys.all, offerKeys.all, timelineKeys.client(clientId)].map((queryKey) => qc.invalidateQueries({ queryKey })),
      ),
  });
}

export const useConfirmRevise = (clientId: number) => useReplanMutation(clientId, (input: ChannelInput<'replan.confirm'>) => call('replan.confirm', input));
export const useVariation = (clientId: number) => useReplanMutation(clientId, (input: ChannelInput<'replan.variation'>) => call('replan.variation', input));
