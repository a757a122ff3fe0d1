import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import type { TimelineType } from '../../../shared/schemas/timeline';
import { call } from './client';
import { contactKeys, dashboardKeys, followupKeys, incidentKeys, timelineKeys } from './keys';

// The contact log, follow-ups, incidents per lender and the client timeline. Every change
// to a contact or a follow-up can change all of them, so mutations refresh the lot.

const PAGE = 30;

export const useTimeline = (clientId: number, lenderId?: number, types?: readonly TimelineType[]) =>
  useInfiniteQuery({
    queryKey: timelineKeys.list(clientId, lenderId, types),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      call('timeline.list', { clientId, limit: PAGE, ...(lenderId ? { lenderId } : {}), ...(types && types.length ? { types: [...types] } : {}), ...(pageParam ? { before: pageParam } : {}) }),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const useContact = (id: number | null) => useQuery({ queryKey: contactKeys.detail(id ?? 0), queryFn: () => call('contacts.get', { id: id! }), enabled: id !== null });
export const useFollowups = () => useQuery({ queryKey: followupKeys.all, queryFn: () => call('followups.list', {}) });
export const useClientFollowups = (clientId: number) => useQuery({ queryKey: followupKeys.client(clientId), queryFn: () => call('followups.forClient', { clientId }) });
export const useLenderIncidents = (lenderId: number) => useQuery({ queryKey: incidentKeys.lender(lenderId), queryFn: () => call('incidents.byLender', { lenderId }) });

function useContactMutation<I, O>(fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: timelineKeys.all }),
        qc.invalidateQueries({ queryKey: followupKeys.all }),
        qc.invalidateQueries({ queryKey: contactKeys.all }),
        qc.invalidateQueries({ queryKey: incidentKeys.all }),
        qc.invalidateQueries({ queryKey: dashboardKeys.all }),
      ]),
  });
}

export const useCreateContact = () => useContactMutation((input: ChannelInput<'contacts.create'>) => call('contacts.create', input));
export const useUpdateContact = () => useContactMutation((input: ChannelInput<'contacts.update'>) => call('contacts.update', input));
export const useDeleteContact = () => useContactMutation((id: number) => call('contacts.delete', { id }));
export const useCreateFollowup = () => useContactMutation((input: ChannelInput<'followups.create'>) => call('followups.create', input));
export const useFollowupDone = () => useContactMutation((input: ChannelInput<'followups.done'>) => call('followups.done', input));
export const useSnoozeFollowup = () => useContactMutation((input: ChannelInput<'followups.snooze'>) => call('followups.snooze', input));
