import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { call } from './client';

// Offers to lenders, agreements, payments and missed instalments. Every change can move a
// client's timeline, follow-ups, the lender page and the dashboard, so those are refreshed too.

export const agreementKeys = {
  offers: (clientId: number) => ['offers', clientId] as const,
  choices: (clientId: number) => ['offers', 'choices', clientId] as const,
  agreements: (clientId: number) => ['agreements', clientId] as const,
  byLender: (lenderId: number) => ['agreements', 'lender', lenderId] as const,
};

export const useOffers = (clientId: number) => useQuery({ queryKey: agreementKeys.offers(clientId), queryFn: () => call('offers.list', { clientId }) });
export const useProposalChoices = (clientId: number, enabled: boolean) =>
  useQuery({ queryKey: agreementKeys.choices(clientId), queryFn: () => call('offers.proposalChoices', { clientId }), enabled });
export const useAgreements = (clientId: number) => useQuery({ queryKey: agreementKeys.agreements(clientId), queryFn: () => call('agreements.list', { clientId }) });
export const useLenderAgreements = (lenderId: number) => useQuery({ queryKey: agreementKeys.byLender(lenderId), queryFn: () => call('agreements.byLender', { lenderId }) });

function useNegotiationMutation<I, O>(clientId: number, fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: ['offers'] }),
        qc.invalidateQueries({ queryKey: ['agreements'] }),
        qc.invalidateQueries({ queryKey: ['clients', 'detail', clientId] }),
        qc.invalidateQueries({ queryKey: ['timeline'] }),
        qc.invalidateQueries({ queryKey: ['contacts'] }),
        qc.invalidateQueries({ queryKey: ['followups'] }),
        qc.invalidateQueries({ queryKey: ['dashboard'] }),
        // Payments, waivers and settlements move the debts' balances (their ledgers).
        qc.invalidateQueries({ queryKey: ['debts', clientId] }),
        qc.invalidateQueries({ queryKey: ['ledger'] }),
        // An agreement schedules a case review; a missed instalment can bring it forward.
        qc.invalidateQueries({ queryKey: ['reviews'] }),
        qc.invalidateQueries({ queryKey: ['calendar'] }),
      ]),
  });
}

export const useCreateOffersFromProposal = (clientId: number) =>
  useNegotiationMutation(clientId, (input: ChannelInput<'offers.createFromProposal'>) => call('offers.createFromProposal', input));
export const useCreateOffer = (clientId: number) => useNegotiationMutation(clientId, (input: ChannelInput<'offers.create'>) => call('offers.create', input));
export const useTransitionOffer = (clientId: number) =>
  useNegotiationMutation(clientId, (input: ChannelInput<'offers.transition'>) => call('offers.transition', input));
export const useDeleteOffer = (clientId: number) => useNegotiationMutation(clientId, (input: ChannelInput<'offers.delete'>) => call('offers.delete', input));
export const useSetAgreementStatus = (clientId: number) =>
  useNegotiationMutation(clientId, (input: ChannelInput<'agreements.setStatus'>) => call('agreements.setStatus', input));
export const useRecordPayment = (clientId: number) => useNegotiationMutation(clientId, (input: ChannelInput<'payments.record'>) => call('payments.record', input));
export const useDeletePayment = (clientId: number) => useNegotiationMutation(clientId, (id: number) => call('payments.delete', { id }));
export const useMarkMissed = (clientId: number) =>
  useNegotiationMutation(clientId, (input: ChannelInput<'instalments.markMissed'>) => call('instalments.markMissed', input));
