import type { Migration } from './types';

// Letters: editable, versioned templates per letter type and language, and the letters
// drafted from them (draft → final with its rendered PDF → sent).
export const m005Letters: Migration = {
  version: 5,
  name: 'letters: templates, template versions, letters',
  up(db) {
    db.exec(`
      CREATE TABLE letter_templates (
        id              INTEGER PRIMARY KEY,
        type            TEXT NOT NULL,
        locale          TEXT NOT NULL CHECK (locale IN ('zh-CN', 'zh-TW', 'en')),
        current_version INTEGER NOT NULL DEFAULT 1,
        -- 1 while the current version is the built-in default text.
        is_default      INTEGER NOT NULL DEFAULT 1 CHECK (is_default IN (0, 1)),
        rev             INTEGER NOT NULL DEFAULT 1,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        UNIQUE (type, locale)
      ) STRICT;

      -- Every saved text of a template; a letter remembers the version it came from.
      CREATE TABLE template_versions (
        id          INTEGER PRIMARY KEY,
        template_id INTEGER NOT NULL REFERENCES letter_templates (id) ON DELETE CASCADE,
        version     INTEGER NOT NULL CHECK (version >= 1),
        name        TEXT NOT NULL,
        title       TEXT NOT NULL,
        body_json   TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        created_by  TEXT NOT NULL,
        UNIQUE (template_id, version)
      ) STRICT;

      CREATE TABLE letters (
        id                  INTEGER PRIMARY KEY,
        client_id           INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        debt_id             INTEGER REFERENCES debts (id) ON DELETE SET NULL,
        lender_id           INTEGER REFERENCES lenders (id),
        offer_id            INTEGER REFERENCES offers (id) ON DELETE SET NULL,
        proposal_id         INTEGER REFERENCES proposals (id) ON DELETE SET NULL,
        type                TEXT NOT NULL,
        locale              TEXT NOT NULL CHECK (locale IN ('zh-CN', 'zh-TW', 'en')),
        template_version_id INTEGER REFERENCES template_versions (id),
        title               TEXT NOT NULL,
        body_json           TEXT NOT NULL,
        status              TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final', 'sent')),
        -- The frozen PDF (stored like evidence, encrypted) and its digest, set when final.
        pdf_file_id         INTEGER REFERENCES files (id),
        pdf_sha256          TEXT,
        finalised_at        TEXT,
        sent_at             TEXT,
        sent_contact_id     INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
        rev                 INTEGER NOT NULL DEFAULT 1,
        created_at          TEXT NOT NULL,
        updated_at          TEXT NOT NULL,
        CHECK (status = 'draft' OR (pdf_file_id IS NOT NULL AND pdf_sha256 IS NOT NULL))
      ) STRICT;
      CREATE INDEX letters_by_client ON letters (client_id, updated_at);
      CREATE INDEX letters_by_lender ON letters (lender_id, status);
      CREATE INDEX letters_by_status ON letters (status, updated_at);
      -- Foreign-key lookup when a contact is deleted (or a case purged).
      CREATE INDEX letters_by_sent_contact ON letters (sent_contact_id) WHERE sent_contact_id IS NOT NULL;
    `);
  },
};
