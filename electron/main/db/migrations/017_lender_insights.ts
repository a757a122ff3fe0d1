import type { Migration } from './types';

// Indexes the lender insights read (the lender page, the hints beside each line of the
// proposal builder), so a lender's offers, their steps, their agreements and the waivers
// granted on acceptance come from index pages alone instead of a table row each – rows that
// lie scattered across the tables, since offers and their steps are written case by case.
export const m017LenderInsights: Migration = {
  version: 17,
  name: 'lender_insights_indexes',
  up(db) {
    db.exec(`
      CREATE INDEX offers_insights ON offers (lender_id, remedy, status);
      CREATE INDEX offer_events_steps ON offer_events (offer_id, status, on_date);
      CREATE INDEX agreements_by_offer ON agreements (offer_id, total_fen);
      CREATE INDEX debt_ledger_agreement_waiver ON debt_ledger (agreement_id, kind, settles, amount_fen) WHERE agreement_id IS NOT NULL;
    `);
  },
};
