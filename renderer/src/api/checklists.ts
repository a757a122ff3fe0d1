import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { call } from './client';
import { checklistKeys } from './keys';

// Evidence checklists: per case (depends on its attachments, proposal, incidents and the
// lenders' rules, so it is refetched whenever it is shown), and each lender's own rules.

export const useClientChecklists = (clientId: number, enabled = true) =>
  useQuery({ queryKey: checklistKeys.client(clientId), queryFn: () => call('checklists.forClient', { clientId }), enabled: enabled && clientId > 0, staleTime: 0, refetchOnMount: 'always' });

export const useLenderRules = (lenderId: number) => useQuery({ queryKey: checklistKeys.lender(lenderId), queryFn: () => call('checklists.lenderRules', { lenderId }) });

export function useSetLenderRule(lenderId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: Omit<ChannelInput<'checklists.setLenderRule'>, 'lenderId'>) => call('checklists.setLenderRule', { lenderId, ...input }),
    onSuccess: (data) => {
      qc.setQueryData(checklistKeys.lender(lenderId), data);
      return qc.invalidateQueries({ queryKey: checklistKeys.clients });
    },
  });
}
