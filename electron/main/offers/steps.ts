import { addDays, instantOfDate } from '../../../shared/domain/dates';
import { DEFAULT_REPLY_DAYS, type OfferStatus } from '../../../shared/schemas/agreements';
import type { ContactChannel } from '../../../shared/schemas/contacts';
import type { Terms } from '../../../shared/schemas/remedies';
import { today } from '../agreements/view';
import type { HandlerContext } from '../context';
import { writeAudit } from '../db/audit';
import { caseCurrency } from '../db/clients';
import { insertContact } from '../db/contacts';
import { indexContact } from '../search/index-writer';
import {
  getOfferRow,
  insertOffer,
  insertOfferEvent,
  lastOfferEventAt,
  lastOfferEventDate,
  offersPastValidity,
  parseTerms,
  updateOffer,
  type NewOffer,
  type OfferRow,
} from '../db/offers';
import { notFound } from '../errors';
import { recordOfferBasis } from '../replan/basis';
import { closeReplyFollowups, ensureReplyFollowup } from './reply-followups';

// The steps of an offer's life that more than one channel takes: drafting it, moving it
// to a new status (with its dated event and audit), sending it (with the contact that
// sent it and the reply follow-up), and expiring offers past their validity.
//
// Every step is on the date it really happened, in the counsellor's time zone; only the
// steps of the same offer constrain its order. A step's instant (offer_events.at, which
// places it on the timeline) is now when it happened today, otherwise noon of its day,
// and never before the offer's previous step.

export function requireOffer(ctx: HandlerContext, id: number): OfferRow {
  const r = getOfferRow(ctx.db, id);
  if (!r) throw notFound();
  return r;
}

/** Where a step of offer `offerId` (null: its first) dated `onDate` sits in time. */
function stepInstant(ctx: HandlerContext, offerId: number | null, onDate: string): Date {
  const at = instantOfDate(onDate, ctx.timeZone(), ctx.now());
  const previous = offerId === null ? null : lastOfferEventAt(ctx.db, offerId);
  return previous !== null && previous > at.toISOString() ? new Date(previous) : at;
}

/** A drafted offer with its first step on `draftedOn` (today unless the counsellor says otherwise), audited. */
export function draftOffer(ctx: HandlerContext, v: NewOffer & { note: string | null; draftedOn?: string }): number {
  const onDate = v.draftedOn ?? today(ctx);
  const id = insertOffer(ctx.db, v, ctx.now());
  recordOfferBasis(ctx, v.clientId, id, v.lineId);
  insertOfferEvent(ctx.db, { offerId: id, clientId: v.clientId, onDate, status: 'drafted', note: v.note, terms: v.terms, contactId: null }, stepInstant(ctx, null, onDate));
  writeAudit(ctx.db, {
    actor: ctx.actor(),
    at: ctx.now(),
    entity: 'offer',
    entityId: id,
    action: 'create',
    after: { clientId: v.clientId, debtId: v.debtId, lenderId: v.lenderId, proposalLineId: v.lineId, status: 'drafted', onDate, terms: v.terms, validUntil: v.validUntil },
  });
  return id;
}

export interface StatusExtra {
  terms?: Terms;
  counter?: Terms | null;
  validUntil?: string | null;
  contactId?: number | null;
  eventTerms?: Terms;
}

/** Moves the offer to `to` on `onDate`: the row, its event, its reply follow-ups, the audit. */
export function applyStatus(ctx: HandlerContext, o: OfferRow, to: OfferStatus, onDate: string, note: string | null, extra: StatusExtra = {}): void {
  const terms = extra.terms ?? parseTerms(o.terms_json);
  const counter = extra.counter === undefined ? o.counter_terms_json : extra.counter ? JSON.stringify(extra.counter) : null;
  const validUntil = extra.validUntil === undefined ? o.valid_until : extra.validUntil;
  updateOffer(ctx.db, o.id, { status: to, terms, counterTermsJson: counter, validUntil }, ctx.now());
  const eventTerms = extra.eventTerms ?? (to === 'countered' ? (extra.counter ?? null) : (extra.terms ?? null));
  insertOfferEvent(ctx.db, { offerId: o.id, clientId: o.client_id, onDate, status: to, note, terms: eventTerms, contactId: extra.contactId ?? null }, stepInstant(ctx, o.id, onDate));
  if (to !== 'sent' && to !== 'countered') closeReplyFollowups(ctx, o.id);
  writeAudit(ctx.db, {
    actor: ctx.actor(),
    at: ctx.now(),
    entity: 'offer',
    entityId: o.id,
    action: 'update',
    before: { status: o.status, validUntil: o.valid_until },
    after: { status: to, onDate, note, validUntil, ...(extra.terms ? { terms: extra.terms } : {}), ...(extra.counter ? { counterTerms: extra.counter } : {}) },
  });
}

export interface SendOptions {
  /** Revised terms, when a countered offer is sent again with new ones. */
  revised?: Terms;
  validUntil?: string | null;
  logContact?: { channel: ContactChannel; person?: string | null };
  followUpDays?: number;
}

/**
 * Sends the offer on `onDate`: the contact that sent it (on that day), the step, and a
 * follow-up to chase the reply `followUpDays` after it (already due for an offer sent long ago).
 */
export function sendOffer(ctx: HandlerContext, o: OfferRow, onDate: string, note: string | null, opts: SendOptions = {}): void {
  const at = stepInstant(ctx, o.id, onDate);
  const contactId = opts.logContact ? logOfferContact(ctx, o, opts.logContact.channel, opts.logContact.person, note, at) : null;
  applyStatus(ctx, o, 'sent', onDate, note, {
    terms: opts.revised,
    counter: o.status === 'countered' ? null : undefined,
    validUntil: opts.validUntil,
    contactId,
    eventTerms: opts.revised ?? parseTerms(o.terms_json),
  });
  ensureReplyFollowup(ctx, o, addDays(onDate, opts.followUpDays ?? DEFAULT_REPLY_DAYS));
}

/** The contact-log entry of sending an offer (source 'offer') at the instant of the send, audited. */
export function logOfferContact(ctx: HandlerContext, o: OfferRow, channel: ContactChannel, person: string | null | undefined, note: string | null, when: Date): number {
  const at = when.toISOString();
  const terms = parseTerms(o.terms_json);
  const id = insertContact(
    ctx.db,
    o.client_id,
    {
      debtId: o.debt_id,
      lenderId: o.lender_id,
      occurredAt: at,
      channel,
      direction: 'out',
      person: person ?? null,
      summary: '',
      generated: { kind: 'offerSent', lender: o.lender_name, remedy: terms.params.remedy, amountFen: terms.totalFen, currency: caseCurrency(ctx.db, o.client_id) },
      outcome: note,
      isIncident: false,
      incidentTypes: [],
      incidentDetails: null,
    },
    'offer',
    ctx.now(),
  );
  indexContact(ctx.db, id);
  writeAudit(ctx.db, {
    actor: ctx.actor(),
    at: ctx.now(),
    entity: 'contact',
    entityId: id,
    action: 'create',
    after: { clientId: o.client_id, debtId: o.debt_id, lenderId: o.lender_id, channel, source: 'offer', offerId: o.id },
  });
  return id;
}

/** Offers past their valid-until date while awaiting a reply expire the day after it. */
export function expireDue(ctx: HandlerContext, clientId: number | null): void {
  const due = offersPastValidity(ctx.db, today(ctx), clientId);
  if (!due.length) return;
  ctx.db.transaction(() => {
    for (const id of due) {
      const o = requireOffer(ctx, id);
      const dayAfter = addDays(o.valid_until!, 1);
      const last = lastOfferEventDate(ctx.db, o.id);
      applyStatus(ctx, o, 'expired', last !== null && last > dayAfter ? last : dayAfter, null);
    }
  })();
}
