import { INCIDENT_TYPES, type ContactView } from '../../../shared/schemas/contacts';
import type { HandlerContext } from '../context';
import { writeAudit } from '../db/audit';
import { indexContact } from '../search/index-writer';
import { getContactRow, insertContact, toContactView, type ContactRow, type ContactValues } from '../db/contacts';
import { clientExists } from '../db/clients';
import { getDebtRow } from '../db/debts';
import { lenderExists } from '../db/lenders';
import { followupAudit, followupOfContact, getFollowupRow, insertFollowup } from '../db/followups';
import { AppError, notFound } from '../errors';

// Recording a contact: who it was with (checked against the case), the entry itself and the
// follow-up it asks for. Used by the contact log and by completing a follow-up.

/** A contact may be logged a little ahead of the clock (a slow clock, a call being written up). */
const FUTURE_SLACK_MS = 60 * 60 * 1000;

export function fieldError(code: 'VALIDATION' | 'NOT_FOUND', field: string, key: string): AppError {
  return new AppError(code, code === 'VALIDATION' ? 'errors.VALIDATION' : key, {}, { [field]: key });
}

export function requireClient(ctx: HandlerContext, clientId: number): void {
  if (!clientExists(ctx.db, clientId)) throw fieldError('NOT_FOUND', 'clientId', 'contacts.errors.clientNotFound');
}

/** The lender a contact or follow-up is with: the debt's (which must be the case's) unless one is named. */
export function lenderFor(ctx: HandlerContext, clientId: number, debtId: number | null, lenderId: number | null): number | null {
  let lender = lenderId;
  if (debtId !== null) {
    const debt = getDebtRow(ctx.db, debtId);
    if (!debt) throw fieldError('NOT_FOUND', 'debtId', 'contacts.errors.debtNotFound');
    if (debt.client_id !== clientId) throw fieldError('VALIDATION', 'debtId', 'contacts.errors.debtNotInCase');
    lender ??= debt.lender_id;
  }
  if (lender !== null && !lenderExists(ctx.db, lender)) throw fieldError('NOT_FOUND', 'lenderId', 'contacts.errors.lenderNotFound');
  return lender;
}

/**
 * Checks who the contact was with: a debt must belong to the case, and when only the debt
 * is given the contact is with its lender. Returns the values to store.
 */
export function checked(ctx: HandlerContext, clientId: number, v: ContactValues): ContactValues {
  const lenderId = lenderFor(ctx, clientId, v.debtId, v.lenderId);
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

export function requireContact(ctx: HandlerContext, id: number): ContactRow {
  const r = getContactRow(ctx.db, id);
  if (!r) throw notFound();
  return r;
}

export function contactOut(ctx: HandlerContext, id: number): ContactView {
  return toContactView(requireContact(ctx, id), followupOfContact(ctx.db, id));
}

/** A follow-up a contact asks for, audited. */
export function addContactFollowup(ctx: HandlerContext, contactId: number, f: { clientId: number; debtId: number | null; lenderId: number | null; dueDate: string; note: string | null }): void {
  const fid = insertFollowup(ctx.db, { ...f, reason: 'contact', contactId }, ctx.now());
  writeAudit(ctx.db, { actor: ctx.actor(), at: ctx.now(), entity: 'followup', entityId: fid, action: 'create', after: followupAudit(getFollowupRow(ctx.db, fid)!) });
}

/** Creates a contact (and the follow-up it asks for) inside the caller's transaction. */
export function createContact(ctx: HandlerContext, clientId: number, raw: ContactValues, source: ContactView['source'], followUp: { date: string | null; note: string | null }): number {
  const v = checked(ctx, clientId, raw);
  const id = insertContact(ctx.db, clientId, v, source, ctx.now());
  indexContact(ctx.db, id);
  writeAudit(ctx.db, { actor: ctx.actor(), at: ctx.now(), entity: 'contact', entityId: id, action: 'create', after: { clientId, source, ...v, followUpDate: followUp.date } });
  if (followUp.date !== null) addContactFollowup(ctx, id, { clientId, debtId: v.debtId, lenderId: v.lenderId, dueDate: followUp.date, note: followUp.note });
  return id;
}
