import type { Migration } from './types';

// The case file: the client's profile, dated financial statements, the shared lender
// directory, debts, demo flags, and the search index.
export const m003CaseFile: Migration = {
  version: 3,
  name: 'case file: profile, statements, lenders, debts, search',
  up(db) {
    db.exec(`
      ALTER TABLE clients ADD COLUMN household_adults INTEGER;
      ALTER TABLE clients ADD COLUMN household_dependants INTEGER;
      ALTER TABLE clients ADD COLUMN employment_status TEXT;
      ALTER TABLE clients ADD COLUMN employer TEXT;
      ALTER TABLE clients ADD COLUMN occupation TEXT;
      ALTER TABLE clients ADD COLUMN hardship_reason TEXT;
      ALTER TABLE clients ADD COLUMN hardship_since TEXT;
      ALTER TABLE clients ADD COLUMN hardship_details TEXT;
      ALTER TABLE clients ADD COLUMN consent_date TEXT;
      ALTER TABLE clients ADD COLUMN consent_scope TEXT;
      ALTER TABLE clients ADD COLUMN consent_recorded_by TEXT;
      ALTER TABLE clients ADD COLUMN closure_reason TEXT;
      ALTER TABLE clients ADD COLUMN assigned_counsellor TEXT;
      ALTER TABLE clients ADD COLUMN is_demo INTEGER NOT NULL DEFAULT 0;
      -- From the latest statement, kept here so lists and the dashboard need no join.
      ALTER TABLE clients ADD COLUMN disposable_fen INTEGER;

      CREATE TABLE statements (
        id                     INTEGER PRIMARY KEY,
        client_id              INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        statement_date         TEXT NOT NULL,
        notes                  TEXT,
        income_monthly_fen     INTEGER NOT NULL,
        fixed_monthly_fen      INTEGER NOT NULL,
        variable_monthly_fen   INTEGER NOT NULL,
        disposable_monthly_fen INTEGER NOT NULL,
        assets_fen             INTEGER NOT NULL,
        rev                    INTEGER NOT NULL DEFAULT 1,
        created_at             TEXT NOT NULL,
        updated_at             TEXT NOT NULL
      ) STRICT;
      CREATE INDEX statements_by_client ON statements (client_id, statement_date, id);

      CREATE TABLE statement_lines (
        id           INTEGER PRIMARY KEY,
        statement_id INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
        position     INTEGER NOT NULL,
        kind         TEXT NOT NULL CHECK (kind IN ('income', 'expense', 'asset')),
        category     TEXT NOT NULL,
        label        TEXT,
        amount_fen   INTEGER NOT NULL CHECK (amount_fen >= 0),
        frequency    TEXT NOT NULL,
        monthly_fen  INTEGER NOT NULL,
        note         TEXT
      ) STRICT;
      CREATE INDEX statement_lines_by_statement ON statement_lines (statement_id, position);

      CREATE TABLE lenders (
        id                INTEGER PRIMARY KEY,
        name              TEXT NOT NULL,
        name_pinyin       TEXT NOT NULL,
        name_initials     TEXT NOT NULL,
        aliases_json      TEXT NOT NULL DEFAULT '[]',
        type              TEXT NOT NULL CHECK (type IN ('online_platform', 'bank', 'consumer_finance', 'collection_agency', 'private', 'other')),
        address           TEXT,
        phones_json       TEXT NOT NULL DEFAULT '[]',
        email             TEXT,
        complaint_channel TEXT,
        notes             TEXT,
        is_demo           INTEGER NOT NULL DEFAULT 0,
        rev               INTEGER NOT NULL DEFAULT 1,
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX lenders_name ON lenders (name);
      CREATE INDEX lenders_by_pinyin ON lenders (name_pinyin);

      -- Every name a lender is known by (its own name included), with pinyin keys, for the picker.
      CREATE TABLE lender_names (
        lender_id INTEGER NOT NULL REFERENCES lenders (id) ON DELETE CASCADE,
        name      TEXT NOT NULL,
        pinyin    TEXT NOT NULL,
        initials  TEXT NOT NULL,
        PRIMARY KEY (lender_id, name)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX lender_names_by_name ON lender_names (name);
      CREATE INDEX lender_names_by_pinyin ON lender_names (pinyin);
      CREATE INDEX lender_names_by_initials ON lender_names (initials);

      CREATE TABLE debts (
        id                INTEGER PRIMARY KEY,
        client_id         INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        lender_id         INTEGER NOT NULL REFERENCES lenders (id),
        collector_id      INTEGER REFERENCES lenders (id),
        product_type      TEXT NOT NULL CHECK (product_type IN ('online_loan', 'consumer_loan', 'credit_card', 'bank_loan', 'private_loan', 'other')),
        account_ref       TEXT,
        loan_date         TEXT,
        borrowed_fen      INTEGER CHECK (borrowed_fen >= 0),
        received_fen      INTEGER CHECK (received_fen >= 0),
        rate_value        REAL,
        rate_unit         TEXT CHECK (rate_unit IN ('annual', 'monthly', 'daily')),
        fees_fen          INTEGER NOT NULL DEFAULT 0 CHECK (fees_fen >= 0),
        principal_fen     INTEGER NOT NULL DEFAULT 0 CHECK (principal_fen >= 0),
        interest_fen      INTEGER NOT NULL DEFAULT 0 CHECK (interest_fen >= 0),
        penalty_fen       INTEGER NOT NULL DEFAULT 0 CHECK (penalty_fen >= 0),
        late_fees_fen     INTEGER NOT NULL DEFAULT 0 CHECK (late_fees_fen >= 0),
        other_fen         INTEGER NOT NULL DEFAULT 0 CHECK (other_fen >= 0),
        outstanding_fen   INTEGER GENERATED ALWAYS AS (principal_fen + interest_fen + penalty_fen + late_fees_fen + other_fen) STORED,
        first_missed_date TEXT,
        legal_stage       TEXT NOT NULL DEFAULT 'none'
                          CHECK (legal_stage IN ('none', 'lawsuit_filed', 'mediation', 'judgment', 'enforcement', 'dishonest_list', 'consumption_restriction')),
        priority          INTEGER NOT NULL DEFAULT 0 CHECK (priority IN (0, 1)),
        schedule_json     TEXT NOT NULL DEFAULT '[]',
        notes             TEXT,
        rev               INTEGER NOT NULL DEFAULT 1,
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL,
        CHECK (received_fen IS NULL OR borrowed_fen IS NULL OR received_fen <= borrowed_fen)
      ) STRICT;
      CREATE INDEX debts_by_client ON debts (client_id);
      -- The lender directory's counts and totals read straight off these (the stored parts, not
      -- outstanding_fen: SQLite does not read a generated column from an index alone).
      CREATE INDEX debts_lender_usage ON debts (lender_id, client_id, principal_fen, interest_fen, penalty_fen, late_fees_fen, other_fen);
      CREATE INDEX debts_collector_usage ON debts (collector_id, lender_id, client_id, principal_fen, interest_fen, penalty_fen, late_fees_fen, other_fen)
        WHERE collector_id IS NOT NULL;
      CREATE INDEX debts_by_stage ON debts (legal_stage);

      CREATE INDEX clients_demo ON clients (is_demo) WHERE is_demo = 1;
      CREATE INDEX clients_by_disposable ON clients (disposable_fen) WHERE disposable_fen < 0;

      -- One row per searchable thing. 'tokens' is built by the app (Chinese bigrams, pinyin,
      -- number suffixes), so the plain unicode61 tokenizer only splits on spaces.
      CREATE VIRTUAL TABLE search_index USING fts5 (
        tokens,
        kind UNINDEXED,
        ref_id UNINDEXED,
        tokenize = 'unicode61 remove_diacritics 2'
      );
      -- Deleted rows must not linger in the index's pages (a purged client leaves no trace).
      INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1);
    `);
  },
};
