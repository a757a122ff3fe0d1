import type { ParsedInput } from '../../../shared/contract';
import { utcToZoned } from '../../../shared/schemas/contacts';
import { TIMELINE_TYPES, type TimelineItem, type TimelineListOutput, type TimelineType } from '../../../shared/schemas/timeline';
import type { Db } from '../db/connection';
import { clientExists } from '../db/clients';
import { RANK, type ZoneModifiers, timelineAgreementEvents, timelineContacts, timelineLegalEvents, timelineLetters, timelineOfferSteps, timelinePayments, timelineStatusChanges } from '../db/timeline';
import { AppError, notFound } from '../errors';
import { contactContent, splitTypes } from '../db/contacts';
import { toValues } from '../db/legal-events';

// The client timeline. Each source (contacts, offer steps, letters, payments, status
// changes, court steps) is read newest first from its per-client index, at most limit + 1 rows past the
// cursor; the merged list keeps the first `limit`. Items are ordered by (at, rank, id)
// descending, so equal instants still have one stable order, and the cursor is that triple.

const NO_CURSOR = { at: '9999-12-31T23:59:59.999Z', rank: 99, id: 0 };

interface Cursor {
  at: string;
  rank: number;
  id: number;
}

interface Candidate {
  at: string;
  rank: number;
  id: number;
  item: TimelineItem;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.at, c.rank, c.id]), 'utf8').toString('base64url');
}

function decodeCursor(s: string): Cursor {
  try {
    const v = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && v.length === 3 && typeof v[0] === 'string' && v[0].length <= 40 && Number.isSafeInteger(v[1]) && Number.isSafeInteger(v[2])) {
      return { at: v[0], rank: v[1] as number, id: v[2] as number };
    }
  } catch {
    // falls through to the error below
  }
  throw new AppError('VALIDATION', 'errors.VALIDATION', {}, { before: 'contacts.errors.badCursor' });
}

/** Newer first: a before b when a's (at, rank, id) is greater. */
function compareDesc(a: Cursor, b: Cursor): number {
  if (a.at !== b.at) return a.at < b.at ? 1 : -1;
  if (a.rank !== b.rank) return b.rank - a.rank;
  return b.id - a.id;
}

const LETTER_STEPS = ['created', 'finalised', 'sent'] as const;

/** A zone's offset now, as SQLite modifiers ('+480 minutes' / '-480 minutes' for Shanghai). */
export function zoneModifiers(timeZone: string, now: Date): Zone {
  const local = utcToZoned(now.toISOString(), timeZone);
  const minutes = Math.round((Date.parse(`${local.date}T${local.time}:00Z`) - Math.floor(now.getTime() / 60_000) * 60_000) / 60_000);
  return { timeZone, toLocal: `${minutes >= 0 ? '+' : ''}${minutes} minutes`, toUtc: `${-minutes >= 0 ? '+' : ''}${-minutes} minutes` };
}

export type Zone = Omit<ZoneModifiers, 'atDay'> & { timeZone: string };

export function timelineList(db: Db, input: ParsedInput<'timeline.list'>, zone: Zone): TimelineListOutput {
  const { clientId, lenderId, before, limit } = input;
  if (!clientExists(db, clientId)) throw notFound();
  const cursor = before === undefined ? NO_CURSOR : decodeCursor(before);
  const wanted = new Set<TimelineType>(input.types && input.types.length > 0 ? input.types : TIMELINE_TYPES);
  const params = { clientId, lenderId: lenderId ?? null, at: cursor.at, rank: cursor.rank, id: cursor.id, limit: limit + 1 };
  const byDay = { toLocal: zone.toLocal, toUtc: zone.toUtc, atDay: before === undefined ? '9999-12-31' : utcToZoned(cursor.at, zone.timeZone).date };
  const out: Candidate[] = [];
  const base = (r: { debt_id: number | null; lender_id: number | null; lender_name: string | null }) => ({
    debtId: r.debt_id,
    lenderId: r.lender_id,
    lenderName: r.lender_name,
  });

  if (wanted.has('contact') || wanted.has('incident')) {
    const rows = timelineContacts(db, { ...params, inc0: wanted.has('contact') ? 0 : 1, inc1: wanted.has('incident') ? 1 : 0 });
    for (const r of rows) {
      out.push({
        at: r.at,
        rank: RANK.contact,
        id: r.id,
        item: {
          key: `contact:${r.id}`,
          type: r.is_incident ? 'incident' : 'contact',
          at: r.at,
          ...base(r),
          contact: {
            id: r.id,
            ...contactContent(r),
            source: r.source,
            incidentTypes: splitTypes(r.types),
            incidentDetails: r.incident_details,
          },
        },
      });
    }
  }

  if (wanted.has('offer')) {
    const rows = timelineOfferSteps(db, params);
    for (const r of rows) {
      out.push({
        at: r.at,
        rank: RANK.offer,
        id: r.id,
        item: {
          key: `offer:${r.id}`,
          type: 'offer',
          at: r.at,
          ...base(r),
          offer: { eventId: r.id, offerId: r.offer_id, status: r.status, onDate: r.on_date, note: r.note, remedy: r.remedy, totalFen: r.total_fen, monthlyFen: r.monthly_fen, months: r.months },
        },
      });
    }
  }

  if (wanted.has('payment')) {
    const rows = timelinePayments(db, { ...params, ...byDay });
    for (const r of rows) {
      out.push({
        at: r.at,
        rank: RANK.payment,
        id: r.id,
        item: { key: `payment:${r.id}`, type: 'payment', at: r.at, ...base(r), payment: { paymentId: r.id, agreementId: r.agreement_id, paidDate: r.paid_date, amountFen: r.amount_fen, note: r.note } },
      });
    }
  }

  if (wanted.has('letter')) {
    const rows = timelineLetters(db, { clientId, lenderId: params.lenderId, at: cursor.at });
    const letters: Candidate[] = [];
    for (const r of rows) {
      const steps = [r.created_at, r.finalised_at, r.sent_at];
      steps.forEach((at, i) => {
        if (at === null) return;
        const c = { at, rank: RANK.letter, id: r.id * 3 + i };
        if (compareDesc(c, cursor) <= 0) return;
        letters.push({
          ...c,
          item: { key: `letter:${r.id}:${LETTER_STEPS[i]}`, type: 'letter', at, ...base(r), letter: { letterId: r.id, event: LETTER_STEPS[i]!, title: r.title, letterType: r.type, status: r.status } },
        });
      });
    }
    out.push(...letters.sort(compareDesc).slice(0, limit + 1));
  }

  if (wanted.has('legal')) {
    for (const r of timelineLegalEvents(db, { ...params, ...byDay })) {
      out.push({
        at: r.at,
        rank: RANK.legal,
        id: r.id,
        item: {
          key: `legal:${r.id}`,
          type: 'legal',
          at: r.at,
          ...base(r),
          legal: { eventId: r.id, ...toValues(r), origin: r.origin },
        },
      });
    }
  }

  if (wanted.has('agreement')) {
    for (const r of timelineAgreementEvents(db, params)) {
      out.push({
        at: r.at,
        rank: RANK.agreement,
        id: r.id,
        item: {
          key: `agreement:${r.id}`,
          type: 'agreement',
          at: r.at,
          ...base(r),
          agreement: { eventId: r.id, agreementId: r.agreement_id, from: r.from_status, to: r.to_status, onDate: r.on_date, reason: r.reason, note: r.note, origin: r.origin },
        },
      });
    }
  }

  if (wanted.has('status') && lenderId === undefined) {
    const rows = timelineStatusChanges(db, { clientId, at: cursor.at, rank: cursor.rank, id: cursor.id, limit: limit + 1 });
    for (const r of rows) {
      out.push({
        at: r.at,
        rank: RANK.status,
        id: r.id,
        item: { key: `status:${r.id}`, type: 'status', at: r.at, debtId: null, lenderId: null, lenderName: null, status: { changeId: r.id, from: r.from_status, to: r.to_status } },
      });
    }
  }

  out.sort(compareDesc);
  const page = out.slice(0, limit);
  const last = page[page.length - 1];
  return { items: page.map((c) => c.item), nextCursor: out.length > limit && last ? encodeCursor(last) : null };
}
