import { addDays } from '../../../../shared/domain/dates';

// The days a month or week view shows: whole weeks, Monday first (as Chinese calendars are).

export type CalendarView = 'month' | 'week';

/** 0 = Monday … 6 = Sunday. */
function weekdayIndex(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

const mondayOf = (date: string) => addDays(date, -weekdayIndex(date));
const firstOfMonth = (date: string) => `${date.slice(0, 8)}01`;

/** The first and last day shown, for the view that holds `anchor`. */
export function visibleRange(view: CalendarView, anchor: string): { from: string; to: string } {
  if (view === 'week') {
    const from = mondayOf(anchor);
    return { from, to: addDays(from, 6) };
  }
  const first = firstOfMonth(anchor);
  const from = mondayOf(first);
  const nextMonth = firstOfMonth(addDays(first, 31));
  const last = addDays(nextMonth, -1);
  return { from, to: addDays(last, 6 - weekdayIndex(last)) };
}

export function daysOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** The anchor of the previous or next page: a month or a week away. */
export function step(view: CalendarView, anchor: string, direction: -1 | 1): string {
  if (view === 'week') return addDays(anchor, 7 * direction);
  const first = firstOfMonth(anchor);
  return direction === 1 ? firstOfMonth(addDays(first, 31)) : firstOfMonth(addDays(first, -1));
}

/** "2025年4月" / "April 2025", or the week's first and last day. */
export function periodLabel(view: CalendarView, anchor: string, locale: string): string {
  const fmt = (date: string, opts: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...opts, timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
  if (view === 'month') return fmt(anchor, { year: 'numeric', month: 'long' });
  const { from, to } = visibleRange('week', anchor);
  return `${fmt(from, { year: 'numeric', month: 'short', day: 'numeric' })} – ${fmt(to, { month: 'short', day: 'numeric' })}`;
}

/** Short weekday names, Monday first, in the UI language. */
export function weekdayNames(locale: string): string[] {
  // 2024-01-01 was a Monday.
  return daysOf('2024-01-01', '2024-01-07').map((d) => new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`)));
}
