import type { ContactView, FollowupView, IncidentType } from '../../../shared/schemas/contacts';
import type { Db } from '../db/connection';
import { stmt } from '../db/statements';

// Rows of the contact log and follow-ups, and their views.

export interface ContactRow {
  id: number;
  client_id: number;
  debt_id: number | null;
  lender_id: number | null;
  lender_name: string | null;
  occurred_at: string;
  channel: ContactView['channel'];
  direction: ContactView['direction'];
  person: string | null;
  summary: string;
  outcome: string | null;
  source: ContactView['source'];
  is_incident: number;
  incident_details: string | null;
  incident_types: string | null;
  rev: number;
  created_at: string;
  updated_at: string;
}

/** What a contact holds that the counsellor can change. */
export interface ContactValues {
  debtId: number | null;
  lenderId: number | null;
  occurredAt: string;
  channel: ContactView['channel'];
  direction: ContactView['direction'];
  person: string | null;
  summary: string;
  outcome: string | null;
  isIncident: boolean;
  incidentTypes: IncidentType[];
  incidentDetails: string | null;
}

export interface FollowupRow {
  id: number;
  client_id: number;
  client_name: string;
  case_ref: string;
  debt_id: number | null;
  lender_id: number | null;
  lender_name: string | null;
  due_date: string;
  original_due_date: string | null;
  snooze_count: number;
  reason: FollowupView['reason'];
  note: string | null;
  contact_id: number | null;
  contact_summary: string | null;
  status: FollowupView['status'];
  rev: number;
  done_at: string | null;
  done_contact_id: number | null;
}

/** Incident types in the catalogue's order, from a group_concat. */
export function splitTypes(s: string | null): IncidentType[] {
  return s ? (s.split(',').sort() as IncidentType[]) : [];
}

export function getContactRow(db: Db, id: number): ContactRow | undefined {
  return stmt(
    db,
    `SELECT c.*, l.name AS lender_name,
            (SELECT group_concat(type) FROM contact_incident_types t WHERE t.contact_id = c.id) AS incident_types
       FROM contacts c LEFT JOIN lenders l ON l.id = c.lender_id
      WHERE c.id = ?`,
  ).get(id) as ContactRow | undefined;
}

export function contactValues(r: ContactRow): ContactValues {
  return {
    debtId: r.debt_id,
    lenderId: r.lender_id,
    occurredAt: r.occurred_at,
    channel: r.channel,
    direction: r.direction,
    person: r.person,
    summary: r.summary,
    outcome: r.outcome,
    isIncident: r.is_incident === 1,
    incidentTypes: splitTypes(r.incident_types),
    incidentDetails: r.incident_details,
  };
}

export function insertContact(db: Db, clientId: number, v: ContactValues, source: ContactView['source'], now: Date): number {
  const at = now.toISOString();
  const info = stmt(
    db,
    `INSERT INTO contacts (client_id, debt_id, lender_id, occurred_at, channel, direction, person, summary, outcome, source,
                           is_incident, incident_details, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(clientId, v.debtId, v.lenderId, v.occurredAt, v.channel, v.direction, v.person, v.summary, v.outcome, source, v.isIncident ? 1 : 0, v.incidentDetails, at, at);
  const id = Number(info.lastInsertRowid);
  writeIncidentTypes(db, id, v.incidentTypes);
  return id;
}

export function updateContact(db: Db, id: number, v: ContactValues, now: Date): void {
  stmt(
    db,
    `UPDATE contacts SET debt_id = ?, lender_id = ?, occurred_at = ?, channel = ?, direction = ?, person = ?, summary = ?, outcome = ?,
            is_incident = ?, incident_details = ?, rev = rev + 1, updated_at = ?
      WHERE id = ?`,
  ).run(v.debtId, v.lenderId, v.occurredAt, v.channel, v.direction, v.person, v.summary, v.outcome, v.isIncident ? 1 : 0, v.incidentDetails, now.toISOString(), id);
  writeIncidentTypes(db, id, v.incidentTypes);
}

function writeIncidentTypes(db: Db, contactId: number, types: readonly IncidentType[]): void {
  stmt(db, `DELETE FROM contact_incident_types WHERE contact_id = ?`).run(contactId);
  const ins = stmt(db, `INSERT INTO contact_incident_types (contact_id, type) VALUES (?, ?)`);
  for (const t of new Set(types)) ins.run(contactId, t);
}

const FOLLOWUP_SELECT = `SELECT f.id, f.client_id, c.name AS client_name, c.case_ref, f.debt_id, f.lender_id, l.name AS lender_name, f.due_date,
       f.original_due_date, f.snooze_count, f.reason, f.note, f.contact_id, k.summary AS contact_summary, f.status, f.rev, f.done_at, f.done_contact_id
  FROM followups f JOIN clients c ON c.id = f.client_id LEFT JOIN lenders l ON l.id = f.lender_id LEFT JOIN contacts k ON k.id = f.contact_id`;

export function getFollowupRow(db: Db, id: number): FollowupRow | undefined {
  return stmt(db, `${FOLLOWUP_SELECT} WHERE f.id = ?`).get(id) as FollowupRow | undefined;
}

/** The latest follow-up a contact asked for. */
export function followupOfContact(db: Db, contactId: number): FollowupRow | undefined {
  return stmt(db, `${FOLLOWUP_SELECT} WHERE f.contact_id = ? ORDER BY f.id DESC LIMIT 1`).get(contactId) as FollowupRow | undefined;
}

/**
 * Cases whose follow-ups the page leaves out (archived or closed), read from the clients
 * indexes alone. SQLite makes it a small in-memory set once per statement.
 */
const INACTIVE_CLIENTS = `SELECT id FROM clients WHERE archived = 1 UNION ALL SELECT id FROM clients WHERE archived = 0 AND status = 'closed'`;

/** Open follow-ups of cases that are neither archived nor closed, in one due-date range, by date and case. */
export function listOpenFollowups(db: Db, from: string | null, to: string, limit: number): FollowupRow[] {
  // The partial index (due_date, client_id) gives the range in order; LIMIT stops the walk
  // once the page is full, so only those rows and their cases are read.
  return stmt(
    db,
    `${FOLLOWUP_SELECT.replace('FROM followups f', 'FROM followups f INDEXED BY followups_open_by_due')}
      WHERE f.status = 'open' AND f.due_date >= ? AND f.due_date <= ? AND c.archived = 0 AND c.status <> 'closed'
      ORDER BY f.due_date, f.client_id, f.id LIMIT ?`,
  ).all(from ?? '', to, limit) as FollowupRow[];
}

/** The count behind the follow-ups page and the start-up notice (exported for the query-plan test). */
export const FOLLOWUP_COUNT_SQL = `SELECT coalesce(sum(due_date < @today), 0) AS overdue, coalesce(sum(due_date = @today), 0) AS today,
            coalesce(sum(due_date > @today), 0) AS week
       FROM followups INDEXED BY followups_open_by_due
      WHERE status = 'open' AND due_date <= @weekEnd AND client_id NOT IN (${INACTIVE_CLIENTS})`;

/** Counts of open follow-ups of active cases: before `today`, on `today`, and after it up to `weekEnd`. */
export function countOpenFollowups(db: Db, today: string, weekEnd: string): { overdue: number; today: number; week: number } {
  // Index only: the date range of the partial index, less the entries of inactive cases.
  return stmt(db, FOLLOWUP_COUNT_SQL).get({ today, weekEnd }) as { overdue: number; today: number; week: number };
}

export function followupView(r: FollowupRow): FollowupView {
  return {
    id: r.id,
    clientId: r.client_id,
    clientName: r.client_name,
    caseRef: r.case_ref,
    debtId: r.debt_id,
    lenderId: r.lender_id,
    lenderName: r.lender_name,
    dueDate: r.due_date,
    originalDueDate: r.original_due_date,
    snoozeCount: r.snooze_count,
    reason: r.reason,
    note: r.note,
    contactId: r.contact_id,
    contactSummary: r.contact_summary,
    status: r.status,
    rev: r.rev,
  };
}

/** What the audit log keeps of a follow-up. */
export function followupAudit(r: FollowupRow) {
  return {
    clientId: r.client_id,
    debtId: r.debt_id,
    lenderId: r.lender_id,
    dueDate: r.due_date,
    originalDueDate: r.original_due_date,
    snoozeCount: r.snooze_count,
    reason: r.reason,
    note: r.note,
    contactId: r.contact_id,
    status: r.status,
    doneAt: r.done_at,
    doneContactId: r.done_contact_id,
  };
}

export function insertFollowup(
  db: Db,
  f: { clientId: number; debtId: number | null; lenderId: number | null; dueDate: string; reason: FollowupView['reason']; note: string | null; contactId: number | null },
  now: Date,
): number {
  const at = now.toISOString();
  const info = stmt(
    db,
    `INSERT INTO followups (client_id, debt_id, lender_id, due_date, reason, note, contact_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(f.clientId, f.debtId, f.lenderId, f.dueDate, f.reason, f.note, f.contactId, at, at);
  return Number(info.lastInsertRowid);
}
