import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { call } from './client';
import { clientKeys, dashboardKeys, debtKeys, ledgerKeys, lenderKeys } from './keys';

// A debt's ledger. Every entry changes the debt's balance, so the debts list, the client's
// overview, the lender pages and the dashboard are refreshed with it.

export const useLedger = (debtId: number) => useQuery({ queryKey: ledgerKeys.debt(debtId), queryFn: () => call('ledger.list', { debtId }) });

function useLedgerMutation<I>(clientId: number, fn: (input: I) => Promise<unknown>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: ledgerKeys.all }),
        qc.invalidateQueries({ queryKey: debtKeys.list(clientId) }),
        qc.invalidateQueries({ queryKey: clientKeys.detail(clientId) }),
        qc.invalidateQueries({ queryKey: lenderKeys.all }),
        qc.invalidateQueries({ queryKey: dashboardKeys.all }),
      ]),
  });
}

export const useLedgerPayment = (clientId: number) =>
  useLedgerMutation(clientId, (input: ChannelInput<'ledger.recordPayment'>) => call('ledger.recordPayment', input));
export const useLedgerStatement = (clientId: number) =>
  useLedgerMutation(clientId, (input: ChannelInput<'ledger.recordStatement'>) => call('ledger.recordStatement', input));
export const useLedgerWriteOff = (clientId: number) => useLedgerMutation(clientId, (input: ChannelInput<'ledger.writeOff'>) => call('ledger.writeOff', input));
export const useLedgerDelete = (clientId: number) => useLedgerMutation(clientId, (id: number) => call('ledger.delete', { id }));
