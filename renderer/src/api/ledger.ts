import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { call } from './client';

// A debt's ledger. Every entry changes the debt's balance, so the debts list, the client's
// overview, the lender pages and the dashboard are refreshed with it.

export const ledgerKeys = { debt: (debtId: number) => ['ledger', debtId] as const };

export const useLedger = (debtId: number) => useQuery({ queryKey: ledgerKeys.debt(debtId), queryFn: () => call('ledger.list', { debtId }) });

function useLedgerMutation<I>(clientId: number, fn: (input: I) => Promise<unknown>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: ['ledger'] }),
        qc.invalidateQueries({ queryKey: ['debts', clientId] }),
        qc.invalidateQueries({ queryKey: ['clients', 'detail', clientId] }),
        qc.invalidateQueries({ queryKey: ['lenders'] }),
        qc.invalidateQueries({ queryKey: ['dashboard'] }),
      ]),
  });
}

export const useLedgerPayment = (clientId: number) =>
  useLedgerMutation(clientId, (input: ChannelInput<'ledger.recordPayment'>) => call('ledger.recordPayment', input));
export const useLedgerStatement = (clientId: number) =>
  useLedgerMutation(clientId, (input: ChannelInput<'ledger.recordStatement'>) => call('ledger.recordStatement', input));
export const useLedgerWriteOff = (clientId: number) => useLedgerMutation(clientId, (input: ChannelInput<'ledger.writeOff'>) => call('ledger.writeOff', input));
export const useLedgerDelete = (clientId: number) => useLedgerMutation(clientId, (id: number) => call('ledger.delete', { id }));
