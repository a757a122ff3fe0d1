import type { ContactView, IncidentType } from '../../../shared/schemas/contacts';
import type { Db } from './connection';
import { stmt } from './statements';

// Rows of the contact log and their views.

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

