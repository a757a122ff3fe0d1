import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { call } from './client';
import { proposalKeys, timelineKeys } from './keys';

// Repayment proposals of a client. The draft carries the case's figures (latest statement,
// debts) from which the window recomputes the plan live with the shared domain functions;
// saving sends only the choices, and the main process recomputes every figure.

/** The case figures and the default plan (the figures do not depend on the months asked for). */
export const useProposalDraft = (clientId: number) =>
  useQuery({ queryKey: proposalKeys.draft(clientId), queryFn: () => call('proposals.draft', { clientId, months: 36 }), refetchOnMount: 'always' });

export const useProposalList = (clientId: number) => useQuery({ queryKey: proposalKeys.list(clientId), queryFn: () => call('proposals.list', { clientId }) });

function useProposalMutation<I, O>(clientId: number, fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: proposalKeys.list(clientId) }),
        qc.invalidateQueries({ queryKey: proposalKeys.allVersions(clientId) }),
        qc.invalidateQueries({ queryKey: timelineKeys.client(clientId) }),
      ]),
  });
}

export const useCreateProposal = (clientId: number) => useProposalMutation(clientId, (input: ChannelInput<'proposals.create'>) => call('proposals.create', input));
export const useUpdateProposal = (clientId: number) => useProposalMutation(clientId, (input: ChannelInput<'proposals.update'>) => call('proposals.update', input));
export const useDeleteProposal = (clientId: number) => useProposalMutation(clientId, (id: number) => call('proposals.delete', { id }));

/** A scenario's versions: the current one first, then the kept ones, newest first. */
export const useProposalVersions = (clientId: number, id: number) => useQuery({ queryKey: proposalKeys.versions(clientId, id), queryFn: () => call('proposals.versions', { id }) });
export const useRestoreProposal = (clientId: number) => useProposalMutation(clientId, (input: ChannelInput<'proposals.restore'>) => call('proposals.restore', input));
