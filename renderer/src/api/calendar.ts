import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import type { CalendarKind } from '../../../shared/schemas/calendar';
import { call } from './client';

// The calendar and case reviews. Moving an item or completing a review changes the
// follow-ups page, the case's plans tab and the dashboard too, so those are refreshed.

export const calendarKeys = {
  range: (from: string, to: string, kinds: readonly CalendarKind[]) => ['calendar', from, to, [...kinds].sort().join(',')] as const,
  reviews: (clientId: number) => ['reviews', 'client', clientId] as const,
  review: (id: number) => ['reviews', id] as const,
  due: ['reviews', 'due'] as const,
};

export const useCalendarRange = (from: string, to: string, kinds: readonly CalendarKind[]) =>
  useQuery({
    queryKey: calendarKeys.range(from, to, kinds),
    queryFn: () => call('calendar.range', { from, to, kinds: [...kinds] }),
    enabled: kinds.length > 0,
    placeholderData: (previous) => previous,
  });

export const useClientReviews = (clientId: number) => useQuery({ queryKey: calendarKeys.reviews(clientId), queryFn: () => call('reviews.forClient', { clientId }) });
export const useReview = (id: number | null) => useQuery({ queryKey: calendarKeys.review(id ?? 0), queryFn: () => call('reviews.get', { id: id! }), enabled: id !== null });
export const useDueReviews = () => useQuery({ queryKey: calendarKeys.due, queryFn: () => call('reviews.due') });

function useCalendarMutation<I, O>(fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: ['calendar'] }),
        qc.invalidateQueries({ queryKey: ['reviews'] }),
        qc.invalidateQueries({ queryKey: ['followups'] }),
        qc.invalidateQueries({ queryKey: ['timeline'] }),
        qc.invalidateQueries({ queryKey: ['dashboard'] }),
      ]),
  });
}

export const useMoveCalendarItem = () => useCalendarMutation((input: ChannelInput<'calendar.move'>) => call('calendar.move', input));
export const useCompleteReview = () => useCalendarMutation((input: ChannelInput<'reviews.complete'>) => call('reviews.complete', input));
