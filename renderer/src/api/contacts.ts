import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import type { TimelineType } from '../../../shared/schemas/timeline';
import { call } from './client';

// The contact log, follow-ups, incidents per lender and the client timeline. Every change
// to a contact or a follow-up can change all of them, so mutations refresh the lot.

export const contactKeys = {
  all: ['contacts'] as const,
  timeline: (clientId: number, lenderId?: number, types?: readonly TimelineType[]) => ['timeline', clientId, lenderId ?? null, types ?? []] as const,
  followups: ['followups'] as const,
  forClient: (clientId: number) => ['followups', 'client', clientId] as const,
  incidents: (lenderId: number) => ['incidents', lenderId] as const,
  contact: (id: number) => ['contacts', id] as const,
};

const PAGE = 30;

export const useTimeline = (clientId: number, lenderId?: number, types?: readonly TimelineType[]) =>
  useInfiniteQuery({
    queryKey: contactKeys.timeline(clientId, lenderId, types),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      call('timeline.list', { clientId, limit: PAGE, ...(lenderId ? { lenderId } : {}), ...(types && types.length ? { types: [...types] } : {}), ...(pageParam ? { before: pageParam } : {}) }),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const useContact = (id: number | null) => useQuery({ queryKey: contactKeys.contact(id ?? 0), queryFn: () => call('contacts.get', { id: id! }), enabled: id !== null });
export const useFollowups = () => useQuery({ queryKey: contactKeys.followups, queryFn: () => call('followups.list', {}) });
export const useClientFollowups = (clientId: number) => useQuery({ queryKey: contactKeys.forClient(clientId), queryFn: () => call('followups.forClient', { clientId }) });
export const useLenderIncidents = (lenderId: number) => useQuery({ queryKey: contactKeys.incidents(lenderId), queryFn: () => call('incidents.byLender', { lenderId }) });

function useContactMutation<I, O>(fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: ['timeline'] }),
        qc.invalidateQueries({ queryKey: contactKeys.followups }),
        qc.invalidateQueries({ queryKey: contactKeys.all }),
        qc.invalidateQueries({ queryKey: ['incidents'] }),
        qc.invalidateQueries({ queryKey: ['dashboard'] }),
      ]),
  });
}

export const useCreateContact = () => useContactMutation((input: ChannelInput<'contacts.create'>) => call('contacts.create', input));
export const useUpdateContact = () => useContactMutation((input: ChannelInput<'contacts.update'>) => call('contacts.update', input));
export const useDeleteContact = () => useContactMutation((id: number) => call('contacts.delete', { id }));
export const useCreateFollowup = () => useContactMutation((input: ChannelInput<'followups.create'>) => call('followups.create', input));
export const useFollowupDone = () => useContactMutation((input: ChannelInput<'followups.done'>) => call('followups.done', input));
export const useSnoozeFollowup = () => useContactMutation((input: ChannelInput<'followups.snooze'>) => call('followups.snooze', input));
