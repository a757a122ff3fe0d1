import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput, ChannelOutput } from '../../../shared/contract';
import type { Locale } from '../../../shared/schemas/common';
import { call } from './client';
import { documentKeys } from './keys';

// Case documents, negotiation packets and the letterhead. Saving, opening and printing
// change nothing in the database, so they invalidate nothing; a batch is polled while it runs.

/** The lenders' packets in `locale`: each carries a letter only in that language. */
export const usePacketLenders = (clientId: number, locale: Locale) =>
  useQuery({ queryKey: documentKeys.packetLenders(clientId, locale), queryFn: () => call('packets.lenders', { clientId, locale }) });

type DocAction = 'documents.save' | 'documents.open' | 'documents.print';
type PacketAction = 'packets.save' | 'packets.open' | 'packets.print';

export const useDocumentAction = () =>
  useMutation({ mutationFn: ({ action, input }: { action: DocAction; input: ChannelInput<'documents.save'> }) => call(action, input) });

export const usePacketAction = () =>
  useMutation({ mutationFn: ({ action, input }: { action: PacketAction; input: ChannelInput<'packets.save'> }) => call(action, input) });

export function useStartBatch(clientId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'packets.batchStart'>) => call('packets.batchStart', input),
    onSettled: () => qc.invalidateQueries({ queryKey: documentKeys.packetLenders(clientId) }),
  });
}

/** Polls a batch every 300 ms while it runs. */
export const useBatchStatus = (jobId: string | null) =>
  useQuery({
    queryKey: documentKeys.batch(jobId ?? ''),
    queryFn: () => call('packets.batchStatus', { jobId: jobId! }),
    enabled: jobId !== null,
    refetchInterval: (q) => (q.state.data && q.state.data.state !== 'running' ? false : 300),
  });

export function useCancelBatch() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (jobId: string) => call('packets.batchCancel', { jobId }),
    onSuccess: (status) => qc.setQueryData(documentKeys.batch(status.jobId), status),
  });
}

export const useLetterhead = () => useQuery({ queryKey: documentKeys.letterhead, queryFn: () => call('letterhead.get') });

function useLetterheadMutation<I>(fn: (input: I) => Promise<ChannelOutput<'letterhead.get'>>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: (data) => qc.setQueryData(documentKeys.letterhead, data) });
}

export const useUpdateLetterhead = () => useLetterheadMutation((input: ChannelInput<'letterhead.update'>) => call('letterhead.update', input));
export const usePickLogo = () => useLetterheadMutation(() => call('letterhead.pickLogo'));

export const usePreviewLetterhead = () => useMutation({ mutationFn: () => call('letterhead.preview') });
