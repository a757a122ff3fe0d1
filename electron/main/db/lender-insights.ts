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
    byKind: stmt(db, `SELECT o.remedy, a.kind, count(DISTINCT o.id) AS offers ${EVIDENCE_OF_ACCEPTED} AND o.lender_id = ? GROUP BY o.remedy, a.kind ORDER BY o.remedy, a.kind`).all(
      lenderId,
    ) as EvidenceOnAccepted['byKind'],
  };
}
