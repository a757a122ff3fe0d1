import type { ParsedInput } from '../../../shared/contract';
import type { ContactView } from '../../../shared/schemas/contacts';
import { TIMELINE_TYPES, type TimelineItem, type TimelineListOutput, type TimelineType } from '../../../shared/schemas/timeline';
import type { Db } from '../db/connection';
import { stmt } from '../db/statements';
import { AppError, notFound } from '../errors';
import { splitTypes } from '../db/contacts';

// The client timeline. Each source (contacts, offer steps, letters, payments, status
// changes) is read newest first from its per-client index, at most limit + 1 rows past the
// cursor; the merged list keeps the first `limit`. Items are ordered by (at, rank, id)
// descending, so equal instants still have one stable order, and the cursor is that triple.

const RANK = { status: 0, payment: 1, letter: 2, offer: 3, contact: 4 } as const;
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

/** The rows strictly after the cursor, for a source of rank `rank` whose sort instant is `atExpr`. */
const after = (atExpr: string, idExpr: string, rank: number) =>
  `${atExpr} <= @at AND (${atExpr} < @at OR @rank > ${rank} OR (@rank = ${rank} AND ${idExpr} < @id))`;

const CONTACTS_SQL = `
  SELECT c.id, c.occurred_at AS at, c.debt_id, c.lender_id, l.name AS lender_name, c.channel, c.direction, c.person, c.summary,
         c.outcome, c.source, c.is_incident, c.incident_details,
         (SELECT group_concat(type) FROM contact_incident_types t WHERE t.contact_id = c.id) AS types
    FROM contacts c LEFT JOIN lenders l ON l.id = c.lender_id
   WHERE c.client_id = @clientId AND ${after('c.occurred_at', 'c.id', RANK.contact)}
     AND (@lenderId IS NULL OR c.lender_id = @lenderId) AND c.is_incident IN (@inc0, @inc1)
   ORDER BY c.occurred_at DESC, c.id DESC LIMIT @limit`;

const OFFERS_SQL = `
  SELECT e.id, e.at, e.on_date, e.status, e.note, o.id AS offer_id, o.debt_id, o.lender_id, l.name AS lender_name,
         o.remedy, o.total_fen, o.monthly_fen, o.months
    FROM offer_events e JOIN offers o ON o.id = e.offer_id LEFT JOIN lenders l ON l.id = o.lender_id
   WHERE e.client_id = @clientId AND ${after('e.at', 'e.id', RANK.offer)} AND (@lenderId IS NULL OR o.lender_id = @lenderId)
   ORDER BY e.at DESC, e.id DESC LIMIT @limit`;

const PAYMENTS_SQL = `
  SELECT p.id, p.paid_date || 'T00:00:00.000Z' AS at, p.paid_date, p.amount_fen, p.note, p.agreement_id, a.debt_id, a.lender_id,
         l.name AS lender_name
    FROM payments p JOIN agreements a ON a.id = p.agreement_id LEFT JOIN lenders l ON l.id = a.lender_id
   WHERE p.client_id = @clientId AND p.paid_date <= substr(@at, 1, 10)
     AND ${after(`(p.paid_date || 'T00:00:00.000Z')`, 'p.id', RANK.payment)} AND (@lenderId IS NULL OR a.lender_id = @lenderId)
   ORDER BY p.paid_date DESC, p.id DESC LIMIT @limit`;

// A letter has up to three steps; every step is at or after its creation, so creation bounds the read.
const LETTERS_SQL = `
  SELECT le.id, le.type, le.title, le.status, le.created_at, le.finalised_at, le.sent_at, le.debt_id, le.lender_id, l.name AS lender_name
    FROM letters le LEFT JOIN lenders l ON l.id = le.lender_id
   WHERE le.client_id = @clientId AND le.created_at <= @at AND (@lenderId IS NULL OR le.lender_id = @lenderId)`;

const STATUS_SQL = `
  SELECT s.id, s.at, s.from_status, s.to_status
    FROM client_status_changes s
   WHERE s.client_id = @clientId AND ${after('s.at', 's.id', RANK.status)}
   ORDER BY s.at DESC, s.id DESC LIMIT @limit`;

/** The statements, for EXPLAIN QUERY PLAN checks in the tests. */
export const TIMELINE_SQL = { contacts: CONTACTS_SQL, offers: OFFERS_SQL, payments: PAYMENTS_SQL, letters: LETTERS_SQL, status: STATUS_SQL };

const LETTER_STEPS = ['created', 'finalised', 'sent'] as const;

export function timelineList(db: Db, input: ParsedInput<'timeline.list'>): TimelineListOutput {
  const { clientId, lenderId, before, limit } = input;
  if (!stmt(db, `SELECT 1 FROM clients WHERE id = ?`).get(clientId)) throw notFound();
  const cursor = before === undefined ? NO_CURSOR : decodeCursor(before);
  const wanted = new Set<TimelineType>(input.types && input.types.length > 0 ? input.types : TIMELINE_TYPES);
  const params = { clientId, lenderId: lenderId ?? null, at: cursor.at, rank: cursor.rank, id: cursor.id, limit: limit + 1 };
  const out: Candidate[] = [];
  const base = (r: { debt_id: number | null; lender_id: number | null; lender_name: string | null }) => ({
    debtId: r.debt_id,
    lenderId: r.lender_id,
    lenderName: r.lender_name,
  });

  if (wanted.has('contact') || wanted.has('incident')) {
    const rows = stmt(db, CONTACTS_SQL).all({ ...params, inc0: wanted.has('contact') ? 0 : 1, inc1: wanted.has('incident') ? 1 : 0 }) as {
      id: number;
      at: string;
      debt_id: number | null;
      lender_id: number | null;
      lender_name: string | null;
      channel: ContactView['channel'];
      direction: ContactView['direction'];
      person: string | null;
      summary: string;
      outcome: string | null;
      source: ContactView['source'];
      is_incident: number;
      incident_details: string | null;
      types: string | null;
    }[];
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
            channel: r.channel,
            direction: r.direction,
            person: r.person,
            summary: r.summary,
            outcome: r.outcome,
            source: r.source,
            incidentTypes: splitTypes(r.types),
            incidentDetails: r.incident_details,
          },
        },
      });
    }
  }

  if (wanted.has('offer')) {
    const rows = stmt(db, OFFERS_SQL).all(params) as {
      id: number;
      at: string;
      on_date: string;
      status: string;
      note: string | null;
      offer_id: number;
      debt_id: number | null;
      lender_id: number | null;
      lender_name: string | null;
      remedy: string;
      total_fen: number;
      monthly_fen: number | null;
      months: number | null;
    }[];
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
    const rows = stmt(db, PAYMENTS_SQL).all(params) as {
      id: number;
      at: string;
      paid_date: string;
      amount_fen: number;
      note: string | null;
      agreement_id: number;
      debt_id: number | null;
      lender_id: number | null;
      lender_name: string | null;
    }[];
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
    const rows = stmt(db, LETTERS_SQL).all({ clientId, lenderId: params.lenderId, at: cursor.at }) as {
      id: number;
      type: string;
      title: string;
      status: string;
      created_at: string;
      finalised_at: string | null;
      sent_at: string | null;
      debt_id: number | null;
      lender_id: number | null;
      lender_name: string | null;
    }[];
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

  if (wanted.has('status') && lenderId === undefined) {
    const rows = stmt(db, STATUS_SQL).all({ clientId, at: cursor.at, rank: cursor.rank, id: cursor.id, limit: limit + 1 }) as {
      id: number;
      at: string;
      from_status: string | null;
      to_status: string;
    }[];
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
