import { addDays, todayIn } from '../../../shared/domain/dates';
import type { FOLLOWUPS_CHANNELS } from '../../../shared/ipc/followups.channels';
import { contactOut, createContact, fieldError, lenderFor, requireClient } from '../contacts/record';
import type { HandlerContext } from '../context';
import { writeAudit } from '../db/audit';
import { countOpenFollowups, followupAudit, followupView, getFollowupRow, insertFollowup, listClientOpenFollowups, listOpenFollowups } from '../db/followups';
import type { HandlerPart } from '../handler-types';
import { requireFollowup, requireOpen, setFollowupFields } from './change';

// Follow-ups: the page of what is overdue, due today and due this week; a case's open ones;
// made by hand, done (which logs the contact), snoozed or cancelled.

/** How many follow-ups each section of the follow-ups page lists (the counts are complete). */
export const SECTION_LIMIT = 100;

export function followupsHandlers(ctx: HandlerContext): HandlerPart<(typeof FOLLOWUPS_CHANNELS)[number]> {
  const { db } = ctx;
  const today = () => todayIn(ctx.timeZone(), ctx.now());

  return {
    'followups.list': () => {
      const t = today();
      const weekEnd = addDays(t, 7);
      const counts = countOpenFollowups(db, t, weekEnd);
      const section = (from: string | null, to: string, count: number) => ({
        count,
        items: count === 0 ? [] : listOpenFollowups(db, from, to, SECTION_LIMIT).map(followupView),
      });
      return {
        today: t,
        weekEnd,
        overdue: section(null, addDays(t, -1), counts.overdue),
        dueToday: section(t, t, counts.today),
        thisWeek: section(addDays(t, 1), weekEnd, counts.week),
      };
    },

    'followups.forClient': ({ clientId }) => {
      requireClient(ctx, clientId);
      return listClientOpenFollowups(db, clientId).map(followupView);
    },

    'followups.create': ({ clientId, debtId, lenderId, dueDate, note }) =>
      db.transaction(() => {
        requireClient(ctx, clientId);
        const lender = lenderFor(ctx, clientId, debtId, lenderId);
        if (dueDate < today()) throw fieldError('VALIDATION', 'dueDate', 'contacts.errors.dueInPast');
        const id = insertFollowup(db, { clientId, debtId, lenderId: lender, dueDate, reason: 'manual', note, contactId: null }, ctx.now());
        const row = getFollowupRow(db, id)!;
        writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'followup', entityId: id, action: 'create', after: followupAudit(row) });
        return followupView(row);
      })(),

    'followups.done': ({ id, rev, occurredAt, channel, direction, person, summary, outcome, followUpDate }) =>
      db.transaction(() => {
        const f = requireFollowup(ctx, id, rev);
        requireOpen(f);
        const contactId = createContact(
          ctx,
          f.client_id,
          {
            debtId: f.debt_id,
            lenderId: f.lender_id,
            occurredAt: occurredAt ?? ctx.now().toISOString(),
            channel,
            direction,
            person,
            summary,
            outcome,
            isIncident: false,
            incidentTypes: [],
            incidentDetails: null,
          },
          'followup',
          { date: followUpDate, note: null },
        );
        const after = setFollowupFields(ctx, f, { status: 'done', done_at: ctx.now().toISOString(), done_contact_id: contactId });
        return { followup: followupView(after), contact: contactOut(ctx, contactId) };
      })(),

    'followups.snooze': ({ id, rev, until, days }) =>
      db.transaction(() => {
        const f = requireFollowup(ctx, id, rev);
        requireOpen(f);
        // Days count from today for a follow-up already due, from its date for one still ahead.
        const t = today();
        const target = until ?? addDays(f.due_date > t ? f.due_date : t, days!);
        if (target <= t) throw fieldError('VALIDATION', 'until', 'contacts.errors.snoozeNotAhead');
        return followupView(setFollowupFields(ctx, f, { due_date: target, original_due_date: f.original_due_date ?? f.due_date, snooze_count: f.snooze_count + 1 }));
      })(),

    'followups.cancel': ({ id }) =>
      db.transaction(() => {
        const f = requireFollowup(ctx, id);
        requireOpen(f);
        return followupView(setFollowupFields(ctx, f, { status: 'cancelled' }));
      })(),
  };
}
