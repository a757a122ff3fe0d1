import { totalsOfRegions } from '../../../shared/domain/currency-totals';
import { median, monthsBetween, outcomesByRemedy, outcomesOf } from '../../../shared/domain/insights';
import type { INSIGHTS_CHANNELS } from '../../../shared/ipc/insights.channels';
import { CLIENT_STATUSES, CLOSURE_REASONS } from '../../../shared/schemas/clients';
import { REMEDIES } from '../../../shared/schemas/remedies';
import type { AcceptedEvidence, Outcomes } from '../../../shared/schemas/insights';
import type { HandlerContext } from '../context';
import { lenderIncidentCount, lenderIncidentTotals } from '../db/contacts';
import { evidenceOnAcceptedOffers, offerOutcomeRows } from '../db/lender-insights';
import { lenderExists } from '../db/lenders';
import { agreementDates, casesByStatusAndReason, conditionalWaivedByRegion, resolvedDebts, waivedByRegion } from '../db/outcomes';
import { notFound } from '../errors';
import type { HandlerPart } from '../handler-types';

// Lender insights – what the cases in this database say about a lender, for its page and
// beside each line of the proposal builder – and the outcomes dashboard.

export function insightsHandlers(ctx: HandlerContext): HandlerPart<(typeof INSIGHTS_CHANNELS)[number]> {
  const { db } = ctx;
  return {
    'insights.lender': ({ lenderId }) => {
      if (!lenderExists(db, lenderId)) throw notFound();
      const offers = offerOutcomeRows(db, [lenderId]);
      const ev = evidenceOnAcceptedOffers(db, lenderId);
      const evidence: AcceptedEvidence[] = ev.accepted.map((a) => ({
        remedy: a.remedy,
        accepted: a.offers,
        kinds: ev.byKind.filter((k) => k.remedy === a.remedy).map((k) => ({ kind: k.kind, offers: k.offers })).sort((x, y) => y.offers - x.offers),
      }));
      return {
        lenderId,
        remedies: outcomesByRemedy(REMEDIES, offers),
        all: outcomesOf(null, offers),
        evidence,
        incidents: lenderIncidentTotals(db, lenderId),
      };
    },
    // Lenders that do not exist (deleted meanwhile) simply have nothing to say.
    'insights.hints': ({ lenderIds }) => {
      const ids = [...new Set(lenderIds)];
      const offers = offerOutcomeRows(db, ids);
      return {
        lenders: ids.map((lenderId) => ({
          lenderId,
          remedies: outcomesByRemedy(
            REMEDIES,
            offers.filter((o) => o.lenderId === lenderId),
          ),
          incidents: lenderIncidentCount(db, lenderId),
        })),
      };
    },
    'insights.outcomes': () => {
      const byStatus = Object.fromEntries(CLIENT_STATUSES.map((s) => [s, 0])) as Outcomes['byStatus'];
      const byOutcome = Object.fromEntries([...CLOSURE_REASONS, 'unknown'].map((s) => [s, 0])) as Outcomes['byOutcome'];
      let cases = 0;
      for (const r of casesByStatusAndReason(db)) {
        cases += r.n;
        byStatus[r.status] += r.n;
        if (r.status === 'closed') byOutcome[r.reason ?? 'unknown'] += r.n;
      }
      const agreements = agreementDates(db);
      const resolved = resolvedDebts(db);
      return {
        cases,
        byStatus,
        byOutcome,
        agreements: agreements.length,
        resolved: { debts: resolved.debts, amounts: totalsOfRegions(resolved.byRegion) },
        waived: totalsOfRegions(waivedByRegion(db)),
        conditionalWaived: totalsOfRegions(conditionalWaivedByRegion(db)),
        monthsToAgreement: median(agreements.map((a) => monthsBetween(a.openedDate, a.agreedDate))),
      };
    },
  };
}
