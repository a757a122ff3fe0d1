import type { Migration } from './types';

// Migration 16. The figures a saved proposal or an offer was built on (its basis): the
// statement and its disposable income, every open debt with its balance, and – for a
// proposal – which remedies and contingency the counsellor chose. Compared with today's
// figures on read (replan/), so a plan built on old figures is marked stale without any
// flag being written when a statement, a balance or a debt changes.
//
// One row per proposal or per offer; proposals and offers saved before this have none, and
// are compared through what their own rows kept (a proposal's disposable income and line
// balances; an offer made from a proposal line, through that proposal).
export const m016PlanBases: Migration = {
  version: 16,
  name: 'plan_bases',
  up(db) {
    db.exec(`
      CREATE TABLE plan_bases (
        id           INTEGER PRIMARY KEY,
        client_id    INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        proposal_id  INTEGER UNIQUE REFERENCES proposals (id) ON DELETE CASCADE,
        offer_id     INTEGER UNIQUE REFERENCES offers (id) ON DELETE CASCADE,
        taken_at     TEXT NOT NULL,
        basis_json   TEXT NOT NULL,
        CHECK ((proposal_id IS NULL) <> (offer_id IS NULL))
      ) STRICT;
      CREATE INDEX plan_bases_by_client ON plan_bases (client_id);
    `);
  },
};
