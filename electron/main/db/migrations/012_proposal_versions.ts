import type { Migration } from './types';

// Migration 12. Saving a scenario again keeps the version it replaces (issue 13 §1): before a
// proposal is overwritten, its header and lines are copied into proposal_versions and
// proposal_version_lines, numbered by the rev they had. The current version stays in
// proposals / proposal_lines, so everything that reads a proposal reads it as before.
//
// Lines are rows (not JSON) so that the foreign keys to debts and lenders are remapped by a
// case hand-over and followed by a lender merge, like proposal_lines. Nothing existed to copy:
// earlier saves overwrote their versions.
export const m012ProposalVersions: Migration = {
  version: 12,
  name: 'proposal_versions',
  up(db) {
    db.exec(`
      CREATE TABLE proposal_versions (
        id              INTEGER PRIMARY KEY,
        proposal_id     INTEGER NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
        client_id       INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        version         INTEGER NOT NULL CHECK (version >= 1),
        name            TEXT NOT NULL,
        statement_id    INTEGER REFERENCES statements (id) ON DELETE SET NULL,
        disposable_fen  INTEGER NOT NULL,
        priority_fen    INTEGER NOT NULL CHECK (priority_fen >= 0),
        contingency_fen INTEGER NOT NULL CHECK (contingency_fen >= 0),
        budget_fen      INTEGER NOT NULL,
        months          INTEGER NOT NULL CHECK (months BETWEEN 1 AND 180),
        start_date      TEXT NOT NULL,
        notes           TEXT,
        -- When this version was saved (the proposal's updated_at then), and when a later save replaced it.
        saved_at        TEXT NOT NULL,
        replaced_at     TEXT NOT NULL,
        UNIQUE (proposal_id, version)
      ) STRICT;
      CREATE INDEX proposal_versions_by_client ON proposal_versions (client_id);

      CREATE TABLE proposal_version_lines (
        id              INTEGER PRIMARY KEY,
        version_id      INTEGER NOT NULL REFERENCES proposal_versions (id) ON DELETE CASCADE,
        debt_id         INTEGER NOT NULL REFERENCES debts (id) ON DELETE CASCADE,
        lender_id       INTEGER NOT NULL REFERENCES lenders (id),
        position        INTEGER NOT NULL,
        priority        INTEGER NOT NULL CHECK (priority IN (0, 1)),
        outstanding_fen INTEGER NOT NULL CHECK (outstanding_fen >= 0),
        share_fen       INTEGER NOT NULL CHECK (share_fen >= 0),
        remedy          TEXT NOT NULL,
        params_json     TEXT NOT NULL,
        schedule_json   TEXT NOT NULL,
        monthly_fen     INTEGER,
        total_fen       INTEGER NOT NULL CHECK (total_fen >= 0),
        saving_fen      INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX proposal_version_lines_by_version ON proposal_version_lines (version_id, position);
      CREATE INDEX proposal_version_lines_by_debt ON proposal_version_lines (debt_id);
      CREATE INDEX proposal_version_lines_by_lender ON proposal_version_lines (lender_id);
    `);
  },
};
