import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import type { CalendarKind } from '../../../shared/schemas/calendar';
import { call } from './client';
import { calendarKeys, dashboardKeys, followupKeys, reviewKeys, timelineKeys } from './keys';

// The calendar and case reviews. Moving an item or completing a review changes the
// follow-ups page, the case's plans tab and the dashboard too, so those are refreshed.

export const useCalendarRange = (from: string, to: string, kinds: readonly CalendarKind[]) =>
  useQuery({
    queryKey: calendarKeys.range(from, to, kinds),
    queryFn: () => call('calendar.range', { from, to, kinds: [...kinds] }),
    enabled: kinds.length > 0,
    placeholderData: (previous) => previous,
  });

export const useClientReviews = (clientId: number) => useQuery({ queryKey: reviewKeys.client(clientId), queryFn: () => call('reviews.forClient', { clientId }) });
export const useReview = (id: number | null) => useQuery({ queryKey: reviewKeys.detail(id ?? 0), queryFn: () => call('reviews.get', { id: id! }), enabled: id !== null });
export const useDueReviews = () => useQuery({ queryKey: reviewKeys.due, queryFn: () => call('reviews.due') });

function useCalendarMutation<I, O>(fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: calendarKeys.all }),
        qc.invalidateQueries({ queryKey: reviewKeys.all }),
        qc.invalidateQueries({ queryKey: followupKeys.all }),
        qc.invalidateQueries({ queryKey: timelineKeys.all }),
        qc.invalidateQueries({ queryKey: dashboardKeys.all }),
      ]),
  });
}

export const useMoveCalendarItem = () => useCalendarMutation((input: ChannelInput<'calendar.move'>) => call('calendar.move', input));
export const useCompleteReview = () => useCalendarMutation((input: ChannelInput<'reviews.complete'>) => call('reviews.complete', input));

/** The days shown, saved as an .ics file (the main process asks where). */
export const useExportIcs = () => useMutation({ mutationFn: (input: ChannelInput<'calendar.exportIcs'>) => call('calendar.exportIcs', input) });
