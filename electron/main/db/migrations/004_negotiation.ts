import type { Migration } from './types';

// Negotiation: the contact log (with conduct incidents), follow-ups, evidence files,
// repayment proposals, offers to lenders, agreements with their instalments, payments,
// and the client's status history (for the timeline).
export const m004Negotiation: Migration = {
  version: 4,
  name: 'negotiation: contacts, incidents, follow-ups, evidence, proposals, offers, agreements, payments',
  up(db) {
    db.exec(`
      -- One row per contact with a lender (or about the whole case when debt_id and lender_id are null).
      CREATE TABLE contacts (
        id           INTEGER PRIMARY KEY,
        client_id    INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        debt_id      INTEGER REFERENCES debts (id) ON DELETE SET NULL,
        lender_id    INTEGER REFERENCES lenders (id),
        occurred_at  TEXT NOT NULL,
        channel      TEXT NOT NULL CHECK (channel IN ('phone', 'letter', 'email', 'online', 'in_person', 'sms_wechat')),
        direction    TEXT NOT NULL CHECK (direction IN ('in', 'out')),
        person       TEXT,
        summary      TEXT NOT NULL,
        outcome      TEXT,
        -- What wrote the entry: the counsellor, or an action that logs itself.
        source       TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'letter', 'offer', 'followup', 'payment')),
        is_incident  INTEGER NOT NULL DEFAULT 0 CHECK (is_incident IN (0, 1)),
        incident_details TEXT,
        rev          INTEGER NOT NULL DEFAULT 1,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
      ) STRICT;
      CREATE INDEX contacts_by_client ON contacts (client_id, occurred_at, id);
      CREATE INDEX contacts_by_debt ON contacts (debt_id, occurred_at) WHERE debt_id IS NOT NULL;
      CREATE INDEX contacts_by_lender ON contacts (lender_id, occurred_at) WHERE lender_id IS NOT NULL;
      CREATE INDEX contacts_incidents ON contacts (lender_id, occurred_at) WHERE is_incident = 1;

      -- The kinds of misconduct one incident shows (a call can threaten and ring the employer).
      CREATE TABLE contact_incident_types (
        contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        type       TEXT NOT NULL CHECK (type IN ('threats', 'violence', 'contacting_relatives', 'contacting_employer',
                     'contacting_contacts', 'unreasonable_hours', 'disclosure', 'impersonating_officials', 'other')),
        PRIMARY KEY (contact_id, type)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE followups (
        id              INTEGER PRIMARY KEY,
        client_id       INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        debt_id         INTEGER REFERENCES debts (id) ON DELETE SET NULL,
        lender_id       INTEGER REFERENCES lenders (id),
        due_date        TEXT NOT NULL,
        reason          TEXT NOT NULL CHECK (reason IN ('contact', 'missed_payment', 'offer_reply', 'agreement_review', 'manual')),
        note            TEXT,
        -- Where it came from: the contact that asked for it, or the instalment that was missed.
        contact_id      INTEGER REFERENCES contacts (id) ON DELETE CASCADE,
        instalment_id   INTEGER REFERENCES instalments (id) ON DELETE CASCADE,
        offer_id        INTEGER REFERENCES offers (id) ON DELETE CASCADE,
        status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
        -- The date first set, kept when the follow-up is snoozed.
        original_due_date TEXT,
        snooze_count    INTEGER NOT NULL DEFAULT 0,
        done_at         TEXT,
        done_contact_id INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
        rev             INTEGER NOT NULL DEFAULT 1,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
      ) STRICT;
      CREATE INDEX followups_open ON followups (due_date, id) WHERE status = 'open';
      -- The follow-ups page: open ones by date with their case, counted and listed without reading the table.
      CREATE INDEX followups_open_by_due ON followups (due_date, client_id) WHERE status = 'open';
      CREATE INDEX followups_by_client ON followups (client_id, status, due_date);
      CREATE UNIQUE INDEX followups_one_per_instalment ON followups (instalment_id) WHERE instalment_id IS NOT NULL;
      CREATE INDEX followups_by_contact ON followups (contact_id) WHERE contact_id IS NOT NULL;
      -- Foreign-key lookups when a contact is deleted (or a case purged): without these, each deleted contact scans the table.
      CREATE INDEX followups_by_done_contact ON followups (done_contact_id) WHERE done_contact_id IS NOT NULL;

      -- Stored file contents, encrypted in the data folder; the same content is stored once.
      CREATE TABLE files (
        id         INTEGER PRIMARY KEY,
        sha256     TEXT NOT NULL UNIQUE,
        size       INTEGER NOT NULL CHECK (size >= 0),
        mime       TEXT NOT NULL,
        -- The encrypted blob's name in the files folder (random, says nothing of the content).
        blob_name  TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL
      ) STRICT;

      -- Evidence: a stored file attached to a client, and optionally to one of its debts or contacts.
      CREATE TABLE attachments (
        id          INTEGER PRIMARY KEY,
        file_id     INTEGER NOT NULL REFERENCES files (id),
        client_id   INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        debt_id     INTEGER REFERENCES debts (id) ON DELETE CASCADE,
        contact_id  INTEGER REFERENCES contacts (id) ON DELETE CASCADE,
        kind        TEXT NOT NULL CHECK (kind IN ('income_proof', 'expense_proof', 'hardship_proof', 'contract', 'account_statement',
                      'collection_evidence', 'correspondence', 'identity', 'other')),
        file_name   TEXT NOT NULL,
        doc_date    TEXT,
        description TEXT,
        rev         INTEGER NOT NULL DEFAULT 1,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX attachments_by_client ON attachments (client_id, created_at);
      CREATE INDEX attachments_by_debt ON attachments (debt_id) WHERE debt_id IS NOT NULL;
      CREATE INDEX attachments_by_contact ON attachments (contact_id) WHERE contact_id IS NOT NULL;
      CREATE INDEX attachments_by_file ON attachments (file_id);

      -- A repayment scenario for one client: the budget it shares and one line per debt.
      CREATE TABLE proposals (
        id                INTEGER PRIMARY KEY,
        client_id         INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        name              TEXT NOT NULL,
        statement_id      INTEGER REFERENCES statements (id) ON DELETE SET NULL,
        disposable_fen    INTEGER NOT NULL,
        priority_fen      INTEGER NOT NULL DEFAULT 0 CHECK (priority_fen >= 0),
        contingency_fen   INTEGER NOT NULL DEFAULT 0 CHECK (contingency_fen >= 0),
        -- What is shared pro rata among the non-priority debts each month (may be zero or negative).
        budget_fen        INTEGER NOT NULL,
        months            INTEGER NOT NULL CHECK (months BETWEEN 1 AND 180),
        start_date        TEXT NOT NULL,
        notes             TEXT,
        rev               INTEGER NOT NULL DEFAULT 1,
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL
      ) STRICT;
      CREATE INDEX proposals_by_client ON proposals (client_id, id);

      CREATE TABLE proposal_lines (
        id              INTEGER PRIMARY KEY,
        proposal_id     INTEGER NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
        debt_id         INTEGER NOT NULL REFERENCES debts (id) ON DELETE CASCADE,
        lender_id       INTEGER NOT NULL REFERENCES lenders (id),
        position        INTEGER NOT NULL,
        priority        INTEGER NOT NULL DEFAULT 0 CHECK (priority IN (0, 1)),
        -- Snapshot of the debt when the line was computed.
        outstanding_fen INTEGER NOT NULL CHECK (outstanding_fen >= 0),
        share_fen       INTEGER NOT NULL CHECK (share_fen >= 0),
        remedy          TEXT NOT NULL CHECK (remedy IN ('extension', 'instalments', 'waiver', 'settlement', 'card_instalments', 'hardship')),
        params_json     TEXT NOT NULL,
        schedule_json   TEXT NOT NULL DEFAULT '[]',
        monthly_fen     INTEGER,
        total_fen       INTEGER NOT NULL CHECK (total_fen >= 0),
        saving_fen      INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX proposal_lines_by_proposal ON proposal_lines (proposal_id, position);

      -- What was put to a lender, and how it moved: drafted, sent, countered, accepted, rejected, expired.
      CREATE TABLE offers (
        id                 INTEGER PRIMARY KEY,
        client_id          INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        debt_id            INTEGER NOT NULL REFERENCES debts (id) ON DELETE CASCADE,
        lender_id          INTEGER NOT NULL REFERENCES lenders (id),
        proposal_line_id   INTEGER REFERENCES proposal_lines (id) ON DELETE SET NULL,
        remedy             TEXT NOT NULL CHECK (remedy IN ('extension', 'instalments', 'waiver', 'settlement', 'card_instalments', 'hardship')),
        terms_json         TEXT NOT NULL,
        total_fen          INTEGER NOT NULL CHECK (total_fen >= 0),
        monthly_fen        INTEGER,
        months             INTEGER,
        status             TEXT NOT NULL DEFAULT 'drafted' CHECK (status IN ('drafted', 'sent', 'countered', 'accepted', 'rejected', 'expired')),
        valid_until        TEXT,
        counter_terms_json TEXT,
        rev                INTEGER NOT NULL DEFAULT 1,
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL
      ) STRICT;
      CREATE INDEX offers_by_client ON offers (client_id, status);
      CREATE INDEX offers_by_debt ON offers (debt_id);
      CREATE INDEX offers_by_lender ON offers (lender_id, status);

      -- Each step of an offer, dated, for the timeline.
      CREATE TABLE offer_events (
        id         INTEGER PRIMARY KEY,
        offer_id   INTEGER NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
        client_id  INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        at         TEXT NOT NULL,
        on_date    TEXT NOT NULL,
        status     TEXT NOT NULL CHECK (status IN ('drafted', 'sent', 'countered', 'accepted', 'rejected', 'expired')),
        note       TEXT,
        terms_json TEXT,
        contact_id INTEGER REFERENCES contacts (id) ON DELETE SET NULL
      ) STRICT;
      CREATE INDEX offer_events_by_offer ON offer_events (offer_id, at);
      CREATE INDEX offer_events_by_client ON offer_events (client_id, at);
      CREATE INDEX offer_events_by_contact ON offer_events (contact_id) WHERE contact_id IS NOT NULL;

      CREATE TABLE agreements (
        id          INTEGER PRIMARY KEY,
        client_id   INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        debt_id     INTEGER NOT NULL REFERENCES debts (id) ON DELETE CASCADE,
        lender_id   INTEGER NOT NULL REFERENCES lenders (id),
        offer_id    INTEGER UNIQUE REFERENCES offers (id) ON DELETE SET NULL,
        agreed_date TEXT NOT NULL,
        remedy      TEXT NOT NULL CHECK (remedy IN ('extension', 'instalments', 'waiver', 'settlement', 'card_instalments', 'hardship')),
        terms_json  TEXT NOT NULL,
        total_fen   INTEGER NOT NULL CHECK (total_fen >= 0),
        status      TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'completed', 'broken', 'cancelled')),
        notes       TEXT,
        rev         INTEGER NOT NULL DEFAULT 1,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX agreements_by_client ON agreements (client_id, status);
      CREATE INDEX agreements_by_lender ON agreements (lender_id, status);

      -- The agreed schedule. Paid / due / late / missed is worked out from payments and dates.
      CREATE TABLE instalments (
        id           INTEGER PRIMARY KEY,
        agreement_id INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
        client_id    INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        seq          INTEGER NOT NULL CHECK (seq >= 1),
        due_date     TEXT NOT NULL,
        amount_fen   INTEGER NOT NULL CHECK (amount_fen >= 0),
        -- Set when the counsellor records that this one will not be (or was not) paid.
        missed_at    TEXT,
        UNIQUE (agreement_id, seq)
      ) STRICT;
      CREATE INDEX instalments_by_due ON instalments (due_date, agreement_id);
      CREATE INDEX instalments_by_client ON instalments (client_id, due_date);

      CREATE TABLE payments (
        id            INTEGER PRIMARY KEY,
        agreement_id  INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
        client_id     INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        instalment_id INTEGER REFERENCES instalments (id) ON DELETE SET NULL,
        paid_date     TEXT NOT NULL,
        amount_fen    INTEGER NOT NULL CHECK (amount_fen > 0),
        note          TEXT,
        rev           INTEGER NOT NULL DEFAULT 1,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX payments_by_agreement ON payments (agreement_id, paid_date);
      CREATE INDEX payments_by_client ON payments (client_id, paid_date);

      -- Case status changes, so the timeline can show them without reading the audit log.
      CREATE TABLE client_status_changes (
        id          INTEGER PRIMARY KEY,
        client_id   INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        at          TEXT NOT NULL,
        from_status TEXT,
        to_status   TEXT NOT NULL
      ) STRICT;
      CREATE INDEX client_status_changes_by_client ON client_status_changes (client_id, at);
    `);
  },
};
