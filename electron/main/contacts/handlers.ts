import type { Channel, ParsedInput } from '../../../shared/contract';
import { addDays, todayIn } from '../../../shared/domain/dates';
import type { CONTACTS_CHANNELS } from '../../../shared/ipc/contacts.channels';
import type { FOLLOWUPS_CHANNELS } from '../../../shared/ipc/followups.channels';
import type { INCIDENTS_CHANNELS } from '../../../shared/ipc/incidents.channels';
import type { TIMELINE_CHANNELS } from '../../../shared/ipc/timeline.channels';
import { INCIDENT_TYPES, type ContactView, type IncidentType } from '../../../shared/schemas/contacts';
import type { HandlerContext } from '../context';
import { writeAudit } from '../db/audit';
import { stmt } from '../db/statements';
import { AppError, notFound } from '../errors';
import type { HandlerPart } from '../handler-types';
import { contactValues, getContactRow, insertContact, splitTypes, updateContact, type ContactRow, type ContactValues } from '../db/contacts';
import {
  countOpenFollowups,
  followupAudit,
  followupOfContact,
  followupView,
  getFollowupRow,
  insertFollowup,
  listOpenFollowups,
  type FollowupRow,
} from '../db/followups';
import { timelineList } from './timeline';

type ContactsChannel = ((typeof CONTACTS_CHANNELS)[number] | (typeof INCIDENTS_CHANNELS)[number] | (typeof FOLLOWUPS_CHANNELS)[number] | (typeof TIMELINE_CHANNELS)[number]) & Channel;

/** How many follow-ups each section of the follow-ups page lists (the counts are complete). */
export const SECTION_LIMIT = 100;
/** A contact may be logged a little ahead of the clock (a slow clock, a call being written up). */
const FUTURE_SLACK_MS = 60 * 60 * 1000;

function withoutUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function fieldError(code: 'VALIDATION' | 'NOT_FOUND', field: string, key: string): AppError {
  return new AppError(code, code === 'VALIDATION' ? 'errors.VALIDATION' : key, {}, { [field]: key });
}

export function contactsHandlers(ctx: HandlerContext): HandlerPart<ContactsChannel> {
  const { db } = ctx;
  const today = () => todayIn(ctx.timeZone(), ctx.now());
  const audit = (entity: string, entityId: number, action: 'create' | 'update' | 'delete', before?: unknown, after?: unknown) =>
    writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity, entityId, action, before, after });

  function requireClient(clientId: number): void {
    if (!stmt(db, `SELECT 1 FROM clients WHERE id = ?`).get(clientId)) throw fieldError('NOT_FOUND', 'clientId', 'contacts.errors.clientNotFound');
  }

  /**
   * Checks who the contact was with: a debt must belong to the case, and when only the debt
   * is given the contact is with its lender. Returns the values to store.
   */
  function checked(clientId: number, v: ContactValues): ContactValues {
    let lenderId = v.lenderId;
    if (v.debtId !== null) {
      const debt = stmt(db, `SELECT client_id, lender_id FROM debts WHERE id = ?`).get(v.debtId) as { client_id: number; lender_id: number } | undefined;
      if (!debt) throw fieldError('NOT_FOUND', 'debtId', 'contacts.errors.debtNotFound');
      if (debt.client_id !== clientId) throw fieldError('VALIDATION', 'debtId', 'contacts.errors.debtNotInCase');
      lenderId ??= debt.lender_id;
    }
    if (lenderId !== null && !stmt(db, `SELECT 1 FROM lenders WHERE id = ?`).get(lenderId)) throw fieldError('NOT_FOUND', 'lenderId', 'contacts.errors.lenderNotFound');
    if (Date.parse(v.occurredAt) > ctx.now().getTime() + FUTURE_SLACK_MS) throw fieldError('VALIDATION', 'occurredAt', 'contacts.errors.inFuture');
    if (v.isIncident && v.incidentTypes.length === 0) throw fieldError('VALIDATION', 'incidentTypes', 'contacts.errors.incidentTypeRequired');
    const types = v.isIncident ? INCIDENT_TYPES.filter((t) => v.incidentTypes.includes(t)) : [];
    return {
      ...v,
      // Stored in UTC, whatever offset the caller wrote.
      occurredAt: new Date(Date.parse(v.occurredAt)).toISOString(),
      lenderId,
      incidentTypes: types,
      incidentDetails: v.isIncident ? v.incidentDetails : null,
    };
  }

  function contactView(r: ContactRow): ContactView {
    const f = followupOfContact(db, r.id);
    return {
      id: r.id,
      clientId: r.client_id,
      debtId: r.debt_id,
      lenderId: r.lender_id,
      lenderName: r.lender_name,
      occurredAt: r.occurred_at,
      channel: r.channel,
      direction: r.direction,
      person: r.person,
      summary: r.summary,
      outcome: r.outcome,
      source: r.source,
      isIncident: r.is_incident === 1,
      incidentTypes: splitTypes(r.incident_types),
      incidentDetails: r.incident_details,
      followup: f ? { id: f.id, dueDate: f.due_date, status: f.status, note: f.note } : null,
      rev: r.rev,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  }

  function requireContact(id: number): ContactRow {
    const r = getContactRow(db, id);
    if (!r) throw notFound();
    return r;
  }

  function requireFollowup(id: number, rev?: number): FollowupRow {
    const r = getFollowupRow(db, id);
    if (!r) throw notFound();
    if (rev !== undefined && r.rev !== rev) throw new AppError('CONFLICT', 'contacts.followups.conflict');
    return r;
  }

  function requireOpen(r: FollowupRow): void {
    if (r.status !== 'open') throw new AppError('CONFLICT', 'contacts.followups.notOpen');
  }

  /** Creates a contact (and the follow-up it asks for) inside the caller's transaction. */
  function createContact(clientId: number, raw: ContactValues, source: ContactView['source'], followUp: { date: string | null; note: string | null }): number {
    const v = checked(clientId, raw);
    const id = insertContact(db, clientId, v, source, ctx.now());
    audit('contact', id, 'create', undefined, { clientId, source, ...v, followUpDate: followUp.date });
    if (followUp.date !== null) {
      const fid = insertFollowup(db, { clientId, debtId: v.debtId, lenderId: v.lenderId, dueDate: followUp.date, reason: 'contact', note: followUp.note, contactId: id }, ctx.now());
      audit('followup', fid, 'create', undefined, followupAudit(getFollowupRow(db, fid)!));
    }
    return id;
  }

  function setFollowupFields(r: FollowupRow, fields: Partial<Pick<FollowupRow, 'due_date' | 'note' | 'status' | 'original_due_date' | 'snooze_count' | 'done_at' | 'done_contact_id'>>): FollowupRow {
    const next = { ...r, ...fields };
    stmt(
      db,
      `UPDATE followups SET due_date = ?, note = ?, status = ?, original_due_date = ?, snooze_count = ?, done_at = ?, done_contact_id = ?,
              rev = rev + 1, updated_at = ? WHERE id = ?`,
    ).run(next.due_date, next.note, next.status, next.original_due_date, next.snooze_count, next.done_at, next.done_contact_id, ctx.now().toISOString(), r.id);
    const after = getFollowupRow(db, r.id)!;
    audit('followup', r.id, 'update', followupAudit(r), followupAudit(after));
    return after;
  }

  return {
    'contacts.create': (input: ParsedInput<'contacts.create'>) =>
      db.transaction(() => {
        const { clientId, followUpDate, followUpNote, ...values } = input;
        requireClient(clientId);
        const id = createContact(clientId, values as ContactValues, 'manual', { date: followUpDate, note: followUpNote });
        return contactView(requireContact(id));
      })(),

    'contacts.get': ({ id }) => contactView(requireContact(id)),

    'contacts.update': ({ id, rev, patch }) =>
      db.transaction(() => {
        const row = requireContact(id);
        if (row.rev !== rev) throw new AppError('CONFLICT', 'contacts.conflict');
        const { followUpDate, followUpNote, ...fields } = patch;
        const before = contactValues(row);
        const merged = { ...before, ...(withoutUndefined(fields) as Partial<ContactValues>) };
        // A new debt without a lender named: the contact is with the new debt's lender.
        if (fields.debtId !== undefined && fields.debtId !== before.debtId && fields.lenderId === undefined) merged.lenderId = null;
        const after = checked(row.client_id, merged);
        updateContact(db, id, after, ctx.now());
        audit('contact', id, 'update', { clientId: row.client_id, ...before }, { clientId: row.client_id, ...after });

        // The follow-up this contact asks for: moved, cancelled or created.
        const f = followupOfContact(db, id);
        const open = f && f.status === 'open' ? f : undefined;
        if (followUpDate === null && open) setFollowupFields(open, { status: 'cancelled' });
        else if (followUpDate) {
          if (open) {
            if (open.due_date !== followUpDate || (followUpNote !== undefined && followUpNote !== open.note)) {
              setFollowupFields(open, { due_date: followUpDate, ...(followUpNote !== undefined ? { note: followUpNote } : {}) });
            }
          } else {
            const fid = insertFollowup(db, { clientId: row.client_id, debtId: after.debtId, lenderId: after.lenderId, dueDate: followUpDate, reason: 'contact', note: followUpNote ?? null, contactId: id }, ctx.now());
            audit('followup', fid, 'create', undefined, followupAudit(getFollowupRow(db, fid)!));
          }
        } else if (followUpNote !== undefined && open && followUpNote !== open.note) setFollowupFields(open, { note: followUpNote });
        return contactView(requireContact(id));
      })(),

    'contacts.delete': ({ id }) =>
      db.transaction(() => {
        const row = requireContact(id);
        // Evidence outlives the entry: it stays with the case (and its debt) instead of going with the contact.
        stmt(db, `UPDATE attachments SET contact_id = NULL, updated_at = ?, rev = rev + 1 WHERE contact_id = ?`).run(ctx.now().toISOString(), id);
        const followups = stmt(db, `SELECT id FROM followups WHERE contact_id = ?`).all(id) as { id: number }[];
        for (const f of followups) audit('followup', f.id, 'delete', followupAudit(getFollowupRow(db, f.id)!));
        stmt(db, `DELETE FROM contacts WHERE id = ?`).run(id);
        audit('contact', id, 'delete', { clientId: row.client_id, source: row.source, ...contactValues(row) });
        return { deleted: true as const };
      })(),

    'incidents.byLender': ({ lenderId, limit }) => {
      if (!stmt(db, `SELECT 1 FROM lenders WHERE id = ?`).get(lenderId)) throw notFound();
      const items = stmt(
        db,
        `SELECT c.id, c.client_id, k.name AS client_name, k.case_ref, c.occurred_at, c.channel, c.person, c.summary, c.incident_details,
                (SELECT group_concat(type) FROM contact_incident_types t WHERE t.contact_id = c.id) AS types
           FROM contacts c INDEXED BY contacts_incidents JOIN clients k ON k.id = c.client_id
          WHERE c.lender_id = ? AND c.is_incident = 1
          ORDER BY c.occurred_at DESC, c.id DESC LIMIT ?`,
      ).all(lenderId, limit) as {
        id: number;
        client_id: number;
        client_name: string;
        case_ref: string;
        occurred_at: string;
        channel: ContactView['channel'];
        person: string | null;
        summary: string;
        incident_details: string | null;
        types: string | null;
      }[];
      const totals = stmt(db, `SELECT count(*) AS total, count(DISTINCT client_id) AS clients FROM contacts INDEXED BY contacts_incidents WHERE lender_id = ? AND is_incident = 1`).get(
        lenderId,
      ) as { total: number; clients: number };
      const byType = stmt(
        db,
        `SELECT t.type, count(*) AS count FROM contacts c INDEXED BY contacts_incidents JOIN contact_incident_types t ON t.contact_id = c.id
          WHERE c.lender_id = ? AND c.is_incident = 1 GROUP BY t.type`,
      ).all(lenderId) as { type: IncidentType; count: number }[];
      byType.sort((a, b) => b.count - a.count || INCIDENT_TYPES.indexOf(a.type) - INCIDENT_TYPES.indexOf(b.type));
      return {
        total: totals.total,
        clients: totals.clients,
        byType,
        items: items.map((r) => ({
          contactId: r.id,
          clientId: r.client_id,
          clientName: r.client_name,
          caseRef: r.case_ref,
          occurredAt: r.occurred_at,
          channel: r.channel,
          person: r.person,
          summary: r.summary,
          types: splitTypes(r.types),
          details: r.incident_details,
        })),
      };
    },

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

    'followups.dueCount': () => {
      const t = today();
      const c = countOpenFollowups(db, t, t);
      return { overdue: c.overdue, today: c.today, total: c.overdue + c.today };
    },

    'followups.forClient': ({ clientId }) => {
      requireClient(clientId);
      const ids = stmt(db, `SELECT id FROM followups WHERE client_id = ? AND status = 'open' ORDER BY due_date, id`).all(clientId) as { id: number }[];
      return ids.map((r) => followupView(getFollowupRow(db, r.id)!));
    },

    'followups.create': ({ clientId, debtId, lenderId, dueDate, note }) =>
      db.transaction(() => {
        requireClient(clientId);
        let lender = lenderId;
        if (debtId !== null) {
          const debt = stmt(db, `SELECT client_id, lender_id FROM debts WHERE id = ?`).get(debtId) as { client_id: number; lender_id: number } | undefined;
          if (!debt) throw fieldError('NOT_FOUND', 'debtId', 'contacts.errors.debtNotFound');
          if (debt.client_id !== clientId) throw fieldError('VALIDATION', 'debtId', 'contacts.errors.debtNotInCase');
          lender ??= debt.lender_id;
        }
        if (lender !== null && !stmt(db, `SELECT 1 FROM lenders WHERE id = ?`).get(lender)) throw fieldError('NOT_FOUND', 'lenderId', 'contacts.errors.lenderNotFound');
        if (dueDate < today()) throw fieldError('VALIDATION', 'dueDate', 'contacts.errors.dueInPast');
        const id = insertFollowup(db, { clientId, debtId, lenderId: lender, dueDate, reason: 'manual', note, contactId: null }, ctx.now());
        const row = getFollowupRow(db, id)!;
        audit('followup', id, 'create', undefined, followupAudit(row));
        return followupView(row);
      })(),

    'followups.done': ({ id, rev, occurredAt, channel, direction, person, summary, outcome, followUpDate }) =>
      db.transaction(() => {
        const f = requireFollowup(id, rev);
        requireOpen(f);
        const contactId = createContact(
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
        const after = setFollowupFields(f, { status: 'done', done_at: ctx.now().toISOString(), done_contact_id: contactId });
        return { followup: followupView(after), contact: contactView(requireContact(contactId)) };
      })(),

    'followups.snooze': ({ id, rev, until, days }) =>
      db.transaction(() => {
        const f = requireFollowup(id, rev);
        requireOpen(f);
        // Days count from today for a follow-up already due, from its date for one still ahead.
        const t = today();
        const target = until ?? addDays(f.due_date > t ? f.due_date : t, days!);
        if (target <= t) throw fieldError('VALIDATION', 'until', 'contacts.errors.snoozeNotAhead');
        const after = setFollowupFields(f, { due_date: target, original_due_date: f.original_due_date ?? f.due_date, snooze_count: f.snooze_count + 1 });
        return followupView(after);
      })(),

    'followups.cancel': ({ id }) =>
      db.transaction(() => {
        const f = requireFollowup(id);
        requireOpen(f);
        return followupView(setFollowupFields(f, { status: 'cancelled' }));
      })(),

    'timeline.list': (input) => timelineList(db, input),
  };
}
