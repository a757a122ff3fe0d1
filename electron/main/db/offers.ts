import { currencyOf, type Region } from '../../../shared/domain/region';
import { OFFER_TRANSITIONS, type OfferEventView, type OfferStatus, type OfferView } from '../../../shared/schemas/agreements';
import { Terms } from '../../../shared/schemas/remedies';
import type { Db } from './connection';
import { readJson } from './json';
import { caseOf, debtLenderOf } from './parties';
import { stmt } from './statements';

// The offers aggregate: offers to lenders and the dated steps of each (offer_events).
// Terms are stored as JSON and checked against the Terms schema whenever they are read.

export interface OfferRow {
  id: number;
  client_id: number;
  debt_id: number;
  lender_id: number;
  proposal_line_id: number | null;
  remedy: string;
  terms_json: string;
  total_fen: number;
  monthly_fen: number | null;
  months: number | null;
  status: OfferStatus;
  valid_until: string | null;
  counter_terms_json: string | null;
  rev: number;
  created_at: string;
  updated_at: string;
  lender_name: string;
  account_ref: string | null;
  agreement_id: number | null;
}

interface EventRow {
  id: number;
  offer_id: number;
  at: string;
  on_date: string;
  status: OfferStatus;
  note: string | null;
  terms_json: string | null;
  contact_id: number | null;
}

/** Terms as stored in a JSON column (`where` names it), checked. */
export const parseTerms = (json: string, where = 'offers.terms_json'): Terms => readJson(Terms, json, where);

const OFFER_SELECT = `SELECT o.*, l.name AS lender_name, d.account_ref, a.id AS agreement_id
  FROM offers o JOIN lenders l ON l.id = o.lender_id JOIN debts d ON d.id = o.debt_id LEFT JOIN agreements a ON a.offer_id = o.id`;

export function getOfferRow(db: Db, id: number): OfferRow | undefined {
  return stmt(db, `${OFFER_SELECT} WHERE o.id = ?`).get(id) as OfferRow | undefined;
}

function eventView(e: EventRow): OfferEventView {
  return { id: e.id, at: e.at, onDate: e.on_date, status: e.status, note: e.note, terms: e.terms_json ? parseTerms(e.terms_json, 'offer_events.terms_json') : null, contactId: e.contact_id };
}

function toOfferView(r: OfferRow, events: EventRow[]): OfferView {
  return {
    id: r.id,
    clientId: r.client_id,
    ...debtLenderOf(r),
    accountRef: r.account_ref,
    proposalLineId: r.proposal_line_id,
    remedy: r.remedy,
    terms: parseTerms(r.terms_json),
    counterTerms: r.counter_terms_json ? parseTerms(r.counter_terms_json, 'offers.counter_terms_json') : null,
    totalFen: r.total_fen,
    monthlyFen: r.monthly_fen,
    months: r.months,
    status: r.status,
    validUntil: r.valid_until,
    agreementId: r.agreement_id,
    next: [...OFFER_TRANSITIONS[r.status]],
    events: events.map(eventView),
    rev: r.rev,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function getOfferView(db: Db, id: number): OfferView | undefined {
  const r = getOfferRow(db, id);
  if (!r) return undefined;
  const events = stmt(db, `SELECT * FROM offer_events WHERE offer_id = ? ORDER BY at, id`).all(id) as EventRow[];
  return toOfferView(r, events);
}

/** A client's offers by lender name, each with its steps. */
export function listOfferViews(db: Db, clientId: number): OfferView[] {
  const rows = stmt(db, `${OFFER_SELECT} WHERE o.client_id = ? ORDER BY l.name, o.id`).all(clientId) as OfferRow[];
  const events = stmt(db, `SELECT * FROM offer_events WHERE client_id = ? ORDER BY at, id`).all(clientId) as EventRow[];
  const byOffer = new Map<number, EventRow[]>();
  for (const e of events) byOffer.set(e.offer_id, [...(byOffer.get(e.offer_id) ?? []), e]);
  return rows.map((r) => toOfferView(r, byOffer.get(r.id) ?? []));
}

interface LenderOfferRow {
  id: number;
  client_id: number;
  client_name: string;
  case_ref: string;
  status: OfferStatus;
  remedy: string;
  total_fen: number;
  valid_until: string | null;
  updated_at: string;
  region: Region;
}

/** A lender's offers across cases, most recently changed first (the lender page's list), each in its case's currency. */
export function listLenderOffers(db: Db, lenderId: number) {
  const rows = stmt(
    db,
    `SELECT o.id, o.client_id, c.name AS client_name, c.case_ref, c.region, o.status, o.remedy, o.total_fen, o.valid_until, o.updated_at
       FROM offers o JOIN clients c ON c.id = o.client_id WHERE o.lender_id = ? ORDER BY o.updated_at DESC, o.id DESC`,
  ).all(lenderId) as LenderOfferRow[];
  return rows.map((r) => ({
    id: r.id,
    ...caseOf(r),
    status: r.status,
    remedy: r.remedy,
    totalFen: r.total_fen,
    currency: currencyOf(r.region),
    validUntil: r.valid_until,
    updatedAt: r.updated_at,
  }));
}

/** Offers awaiting a reply whose valid-until date is before `today` (of one client, or all). */
export function offersPastValidity(db: Db, today: string, clientId: number | null): number[] {
  const sql = `SELECT id FROM offers WHERE status IN ('sent', 'countered') AND valid_until IS NOT NULL AND valid_until < ?${clientId === null ? '' : ' AND client_id = ?'}`;
  const rows = (clientId === null ? stmt(db, sql).all(today) : stmt(db, sql).all(today, clientId)) as { id: number }[];
  return rows.map((r) => r.id);
}

export function lineHasOpenOffer(db: Db, proposalLineId: number): boolean {
  return stmt(db, `SELECT 1 FROM offers WHERE proposal_line_id = ? AND status IN ('drafted', 'sent', 'countered')`).get(proposalLineId) !== undefined;
}

export function lastOfferEventDate(db: Db, offerId: number): string | null {
  return (stmt(db, `SELECT MAX(on_date) AS d FROM offer_events WHERE offer_id = ?`).get(offerId) as { d: string | null }).d;
}

/** The instant of the offer's latest step (ISO), or null before its first. */
export function lastOfferEventAt(db: Db, offerId: number): string | null {
  return (stmt(db, `SELECT MAX(at) AS at FROM offer_events WHERE offer_id = ?`).get(offerId) as { at: string | null }).at;
}

export interface NewOffer {
  clientId: number;
  debtId: number;
  lenderId: number;
  lineId: number | null;
  terms: Terms;
  validUntil: string | null;
}

/** A drafted offer (its first step is the caller's to write). */
export function insertOffer(db: Db, v: NewOffer, now: Date): number {
  const at = now.toISOString();
  const info = stmt(
    db,
    `INSERT INTO offers (client_id, debt_id, lender_id, proposal_line_id, remedy, terms_json, total_fen, monthly_fen, months, status, valid_until, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'drafted', ?, ?, ?)`,
  ).run(v.clientId, v.debtId, v.lenderId, v.lineId, v.terms.params.remedy, JSON.stringify(v.terms), v.terms.totalFen, v.terms.monthlyFen, v.terms.months, v.validUntil, at, at);
  return Number(info.lastInsertRowid);
}

export interface OfferEvent {
  offerId: number;
  clientId: number;
  onDate: string;
  status: OfferStatus;
  note: string | null;
  terms: Terms | null;
  contactId: number | null;
}

/** `at` places the step in time: the day it really happened (see steps.ts), not when it was typed in. */
export function insertOfferEvent(db: Db, e: OfferEvent, at: Date): void {
  stmt(db, `INSERT INTO offer_events (offer_id, client_id, at, on_date, status, note, terms_json, contact_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(
    e.offerId,
    e.clientId,
    at.toISOString(),
    e.onDate,
    e.status,
    e.note,
    e.terms ? JSON.stringify(e.terms) : null,
    e.contactId,
  );
}

/** Moves an offer to `status` with these terms (and counter terms, validity). */
export function updateOffer(db: Db, id: number, v: { status: OfferStatus; terms: Terms; counterTermsJson: string | null; validUntil: string | null }, now: Date): void {
  stmt(
    db,
    `UPDATE offers SET status = ?, terms_json = ?, remedy = ?, total_fen = ?, monthly_fen = ?, months = ?, counter_terms_json = ?, valid_until = ?,
            rev = rev + 1, updated_at = ? WHERE id = ?`,
  ).run(v.status, JSON.stringify(v.terms), v.terms.params.remedy, v.terms.totalFen, v.terms.monthlyFen, v.terms.months, v.counterTermsJson, v.validUntil, now.toISOString(), id);
}

export function deleteOffer(db: Db, id: number): void {
  stmt(db, `DELETE FROM offers WHERE id = ?`).run(id);
}

/** The case's latest live offer on a debt, or to a lender (what a letter's proposal fields quote). */
export function latestLiveOffer(db: Db, clientId: number, by: { debtId: number } | { lenderId: number }) {
  const byDebt = 'debtId' in by;
  return stmt(
    db,
    `SELECT remedy, debt_id, monthly_fen, months, total_fen, terms_json FROM offers
       WHERE client_id = ? AND ${byDebt ? 'debt_id = ?' : 'lender_id = ?'} AND status IN ('drafted', 'sent', 'countered', 'accepted')
       ORDER BY updated_at DESC, id DESC LIMIT 1`,
  ).get(clientId, byDebt ? by.debtId : by.lenderId) as Pick<OfferRow, 'remedy' | 'debt_id' | 'monthly_fen' | 'months' | 'total_fen' | 'terms_json'> | undefined;
}
