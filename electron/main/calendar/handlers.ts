import { calendarItemCase, calendarItemTitle } from '../../../shared/domain/calendar-title';
import { todayIn } from '../../../shared/domain/dates';
import { translate } from '../../../shared/i18n';
import type { CALENDAR_CHANNELS } from '../../../shared/ipc/calendar.channels';
import { CALENDAR_KINDS, MOVABLE_KINDS, type CalendarItem, type CalendarKind } from '../../../shared/schemas/calendar';
import type { HandlerContext } from '../context';
import { calendarRow, calendarRows, toCalendarItem } from '../db/calendar';
import { getReviewRow } from '../db/reviews';
import { writeFileComplete } from '../documents/output';
import { AppError, invalidFields, notFound } from '../errors';
import { requireFollowup, requireOpen, setFollowupFields } from '../followups/change';
import type { HandlerPart } from '../handler-types';
import { setReviewFields } from '../reviews/schedule';
import { writeIcs } from './ics';

// The calendar (calendar.*): the dated items of every active case over a range of days, a
// follow-up or a review moved to another day, and the range saved as an .ics file for a phone.

/** Items of one kind per answer: more than a counsellor's month holds, few enough to draw. */
const VIEW_LIMIT = 500;
/** Items of one kind in an export. */
const EXPORT_LIMIT = 5_000;

export function calendarHandlers(ctx: HandlerContext): HandlerPart<(typeof CALENDAR_CHANNELS)[number]> {
  const { db } = ctx;
  const today = () => todayIn(ctx.timeZone(), ctx.now());

  function read(from: string, to: string, kinds: readonly CalendarKind[], limit: number) {
    const items: CalendarItem[] = [];
    const truncated: CalendarKind[] = [];
    for (const kind of CALENDAR_KINDS.filter((k) => kinds.includes(k))) {
      const rows = calendarRows(db, kind, from, to, limit + 1);
      if (rows.length > limit) truncated.push(kind);
      for (const r of rows.slice(0, limit)) items.push(toCalendarItem(kind, r));
    }
    const order = (k: CalendarKind) => CALENDAR_KINDS.indexOf(k);
    items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : order(a.kind) - order(b.kind)));
    return { items, truncated };
  }

  /** Stable per database (derived from its key), so a phone recognises the same event on the next export; says nothing about the case. */
  const uidDomain = () => `${ctx.deriveKey('calendar-uid').subarray(0, 8).toString('hex')}.parley.invalid`;

  return {
    'calendar.range': ({ from, to, kinds }) => ({ today: today(), from, to, ...read(from, to, kinds ?? CALENDAR_KINDS, VIEW_LIMIT) }),

    'calendar.move': ({ kind, id, rev, date }) =>
      db.transaction(() => {
        if (!MOVABLE_KINDS.includes(kind)) throw new AppError('CONFLICT', 'calendar.errors.notMovable');
        if (date < today()) throw invalidFields({ date: 'calendar.errors.moveToPast' });
        if (kind === 'followup') {
          const f = requireFollowup(ctx, id, rev);
          requireOpen(f);
          setFollowupFields(ctx, f, { due_date: date, original_due_date: f.original_due_date ?? f.due_date });
        } else {
          const r = getReviewRow(db, id);
          if (!r) throw notFound();
          if (r.rev !== rev) throw new AppError('CONFLICT', 'reviews.errors.conflict');
          if (r.status !== 'open') throw new AppError('CONFLICT', 'reviews.errors.notOpen');
          setReviewFields(ctx, r, { due_date: date });
        }
        return toCalendarItem(kind, calendarRow(db, kind, id)!);
      })(),

    'calendar.exportIcs': async ({ from, to, kinds, withNames }) => {
      const locale = ctx.locale();
      const { items } = read(from, to, kinds ?? CALENDAR_KINDS, EXPORT_LIMIT);
      const domain = uidDomain();
      const text = writeIcs(
        items.map((item) => ({
          uid: `${item.kind}-${item.id}@${domain}`,
          date: item.date,
          summary: `${calendarItemTitle(item, locale)} · ${calendarItemCase(item, withNames)}`,
        })),
        { calendarName: translate(locale, 'calendar.export.calendarName'), stamp: ctx.now() },
      );
      const target = await ctx.platform.pickSavePath({
        title: translate(locale, 'calendar.export.dialogTitle'),
        defaultName: `parley-${from}-${to}.ics`,
        filters: [{ name: 'iCalendar', extensions: ['ics'] }],
      });
      if (!target) return { path: null, events: items.length };
      writeFileComplete(target, Buffer.from(text, 'utf8'));
      return { path: target, events: items.length };
    },
  };
}
