import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { call } from './client';
import { agreementKeys, calendarKeys, clientKeys, contactKeys, dashboardKeys, debtKeys, followupKeys, ledgerKeys, offerKeys, reviewKeys, timelineKeys } from './keys';

// Offers to lenders, agreements, payments and missed instalments. Every change can move a
// client's timeline, follow-ups, the lender page and the dashboard, so those are refreshed too.

export const useOffers = (clientId: number) => useQuery({ queryKey: offerKeys.list(clientId), queryFn: () => call('offers.list', { clientId }) });
export const useProposalChoices = (clientId: number, enabled: boolean) =>
  useQuery({ queryKey: offerKeys.choices(clientId), queryFn: () => call('offers.proposalChoices', { clientId }), enabled });
export const useAgreements = (clientId: number) => useQuery({ queryKey: agreementKeys.list(clientId), queryFn: () => call('agreements.list', { clientId }) });
export const useLenderAgreements = (lenderId: number) => useQuery({ queryKey: agreementKeys.byLender(lenderId), queryFn: () => call('agreements.byLender', { lenderId }) });

function useNegotiationMutation<I, O>(clientId: number, fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: offerKeys.all }),
        qc.invalidateQueries({ queryKey: agreementKeys.all }),
        qc.invalidateQueries({ queryKey: clientKeys.detail(clientId) }),
        qc.invalidateQueries({ queryKey: timelineKeys.all }),
        qc.invalidateQueries({ queryKey: contactKeys.all }),
        qc.invalidateQueries({ queryKey: followupKeys.all }),
        qc.invalidateQueries({ queryKey: dashboardKeys.all }),
        // Payments, waivers and settlements move the debts' balances (their ledgers).
        qc.invalidateQueries({ queryKey: debtKeys.list(clientId) }),
        qc.invalidateQueries({ queryKey: ledgerKeys.all }),
        // An agreement schedules a case review; a missed instalment can bring it forward.
        qc.invalidateQueries({ queryKey: reviewKeys.all }),
        qc.invalidateQueries({ queryKey: calendarKeys.all }),
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
