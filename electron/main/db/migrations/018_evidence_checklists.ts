import type { Migration } from './types';

// Migration 18. Evidence checklists.
//
// attachments.kind gains the documents a checklist asks for that "hardship proof" and
// "statements" lumped together: proof of unemployment, medical records, family
// circumstances and bank statements (a lender's own statement of account stays
// account_statement). SQLite cannot change a CHECK constraint in place, so the table is
// rebuilt with the same columns, rows and indexes; nothing references it.
//
// lender_evidence_rules: per lender, a document always asked for ('require') or never
// ('skip'), beside the defaults per remedy (shared/domain/evidence-checklist.ts).
export const m018EvidenceChecklists: Migration = {
  version: 18,
  name: 'evidence_checklists',
  up(db) {
    db.exec(`
      CREATE TABLE attachments_new (
        id          INTEGER PRIMARY KEY,
        file_id     INTEGER NOT NULL REFERENCES files (id),
        client_id   INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        debt_id     INTEGER REFERENCES debts (id) ON DELETE CASCADE,
        contact_id  INTEGER REFERENCES contacts (id) ON DELETE CASCADE,
        kind        TEXT NOT NULL CHECK (kind IN ('income_proof', 'unemployment_proof', 'expense_proof', 'hardship_proof', 'medical_record', 'family_proof',
                      'bank_statement', 'contract', 'account_statement', 'collection_evidence', 'correspondence', 'identity', 'other')),
        file_name   TEXT NOT NULL,
        doc_date    TEXT,
        description TEXT,
        rev         INTEGER NOT NULL DEFAULT 1,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;
      INSERT INTO attachments_new (id, file_id, client_id, debt_id, contact_id, kind, file_name, doc_date, description, rev, created_at, updated_at)
        SELECT id, file_id, client_id, debt_id, contact_id, kind, file_name, doc_date, description, rev, created_at, updated_at FROM attachments;
      DROP TABLE attachments;
      ALTER TABLE attachments_new RENAME TO attachments;
      CREATE INDEX attachments_by_client ON attachments (client_id, created_at);
      CREATE INDEX attachments_by_debt ON attachments (debt_id) WHERE debt_id IS NOT NULL;
      CREATE INDEX attachments_by_contact ON attachments (contact_id) WHERE contact_id IS NOT NULL;
      CREATE INDEX attachments_by_file ON attachments (file_id);

      CREATE TABLE lender_evidence_rules (
        lender_id  INTEGER NOT NULL REFERENCES lenders (id) ON DELETE CASCADE,
        kind       TEXT NOT NULL,
        rule       TEXT NOT NULL CHECK (rule IN ('require', 'skip')),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (lender_id, kind)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
