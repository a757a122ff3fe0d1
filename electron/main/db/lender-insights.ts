import type { OfferOutcome } from '../../../shared/domain/insights';
import type { AttachmentKind } from '../../../shared/schemas/evidence';
import type { Remedy } from '../../../shared/schemas/remedies';
import type { Db } from './connection';
import { stmt } from './statements';

// What the cases in this database say about each lender: the evidence on file when its
// offers were accepted, how its offers ended, its waivers and how long it took to reply.
// Read-only queries across offers, offer_events, agreements, debt_ledger and attachments;
// the figures (counts, medians) are worked out by the insights capability from these rows.

/**
 * Evidence that accompanied an accepted offer: what a negotiation packet for that lender
 * would enclose (the client's general evidence, and what hangs on this lender's debts or
 * contacts – the rule of attachments.attachmentsForLender), on file when the acceptance was
 * recorded (an accepted offer is never changed again, so its updated_at is that moment).
 */
const EVIDENCE_OF_ACCEPTED = `
  FROM offers o
  JOIN attachments a ON a.client_id = o.client_id AND a.created_at <= o.updated_at
  LEFT JOIN debts d ON d.id = a.debt_id
  LEFT JOIN contacts c ON c.id = a.contact_id
  WHERE o.status = 'accepted'
    AND (a.debt_id IS NULL OR d.lender_id = o.lender_id)
    AND (a.contact_id IS NULL OR c.lender_id IS NULL OR c.lender_id = o.lender_id)`;

const EVIDENCE_OF_LENDER = `SELECT o.remedy, a.kind, count(DISTINCT o.id) AS offers ${EVIDENCE_OF_ACCEPTED} AND o.lender_id = ? GROUP BY o.remedy, a.kind ORDER BY o.remedy, a.kind`;

export interface EvidenceOnAccepted {
  /** Accepted offers per remedy (the denominators). */
  accepted: { remedy: Remedy; offers: number }[];
  /** Per remedy and kind of evidence: how many of those accepted offers had at least one such document. */
  byKind: { remedy: Remedy; kind: AttachmentKind; offers: number }[];
}

/** The evidence on accepted offers of one lender, or of every lender (null). */
export function evidenceOnAcceptedOffers(db: Db, lenderId: number | null): EvidenceOnAccepted {
  if (lenderId === null) {
    return {
      accepted: stmt(db, `SELECT remedy, count(*) AS offers FROM offers WHERE status = 'accepted' GROUP BY remedy ORDER BY remedy`).all() as EvidenceOnAccepted['accepted'],
      byKind: stmt(db, `SELECT o.remedy, a.kind, count(DISTINCT o.id) AS offers ${EVIDENCE_OF_ACCEPTED} GROUP BY o.remedy, a.kind ORDER BY o.remedy, a.kind`).all() as EvidenceOnAccepted['byKind'],
    };
  }
  return {
    accepted: stmt(db, `SELECT remedy, count(*) AS offers FROM offers WHERE lender_id = ? AND status = 'accepted' GROUP BY remedy ORDER BY remedy`).all(lenderId) as EvidenceOnAccepted['accepted'],
    byKind: stmt(db, EVIDENCE_OF_LENDER).all(lenderId) as EvidenceOnAccepted['byKind'],
  };
}

interface OfferOutcomeRow {
  lender_id: number;
  remedy: Remedy;
  status: OfferOutcome['status'];
  sent_on: string | null;
  replied_on: string | null;
  accepted_on: string | null;
  countered_ever: number;
  agreed_total_fen: number | null;
  waived_fen: number | null;
}

/**
 * Every offer that left the counsellor, of these lenders, with the dates of its steps (first
 * sent, first reply, acceptance), whether the lender ever countered, and for an accepted one
 * what the agreement pays and the waiver its acceptance granted (the ledger's waiver entry
 * made on acceptance – not the settlement entry written when the plan is completed).
 * INDEXED BY: without statistics SQLite prefers the unique offer_id index and the plain
 * agreement_id one, each a table row away; migration 17's indexes answer from index pages.
 */
const OFFER_OUTCOMES = `
  SELECT o.lender_id, o.remedy, o.status,
         min(CASE WHEN e.status = 'sent' THEN e.on_date END) AS sent_on,
         min(CASE WHEN e.status IN ('countered', 'accepted', 'rejected') THEN e.on_date END) AS replied_on,
         min(CASE WHEN e.status = 'accepted' THEN e.on_date END) AS accepted_on,
         max(e.status = 'countered') AS countered_ever,
         a.total_fen AS agreed_total_fen,
         (SELECT w.amount_fen FROM debt_ledger w INDEXED BY debt_ledger_agreement_waiver WHERE w.agreement_id = a.id AND w.kind = 'waiver' AND w.settles = 0 AND w.amount_fen IS NOT NULL ORDER BY w.id LIMIT 1) AS waived_fen
    FROM offers o
    JOIN offer_events e ON e.offer_id = o.id
    LEFT JOIN agreements a INDEXED BY agreements_by_offer ON a.offer_id = o.id
   WHERE o.lender_id IN (SELECT value FROM json_each(?)) AND o.status <> 'drafted'
   GROUP BY o.id`;

export function offerOutcomeRows(db: Db, lenderIds: readonly number[]): OfferOutcome[] {
  const rows = stmt(db, OFFER_OUTCOMES).all(JSON.stringify(lenderIds)) as OfferOutcomeRow[];
  return rows.map((r) => ({
    lenderId: r.lender_id,
    remedy: r.remedy,
    status: r.status,
    sentOn: r.sent_on,
    repliedOn: r.replied_on,
    acceptedOn: r.accepted_on,
    counteredEver: r.countered_ever === 1,
    agreedTotalFen: r.agreed_total_fen,
    waivedFen: r.agreed_total_fen === null ? null : (r.waived_fen ?? 0),
  }));
}

/** The SQL of the per-lender queries, for the query-plan test. */
export const LENDER_INSIGHTS_SQL = { offerOutcomes: OFFER_OUTCOMES, evidenceOfLender: EVIDENCE_OF_LENDER } as const;
