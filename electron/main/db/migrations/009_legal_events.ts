import { todayIn } from '../../../../shared/domain/dates';
import type { Migration } from './types';

// Court and enforcement steps become dated events (legal_events) instead of one stage value
// overwritten by each change. debts.legal_stage stays, as the stage derived from the events
// (written only when the events change), so the debts list, the dashboard's stages and their
// index read it as before; debts.legal_stage_date is the date that stage began.
//
// Each debt with a stage gets one event of the matching kind. Its real date is not known:
// it is dated the day Parley recorded the stage (from the audit log, in the counsellor's time
// zone; else the debt's last change) and marked origin = 'migrated' so the screen says so.
// 'mediation' (调解中) becomes pre-litigation mediation, the stage it stands for before a
// judgment; the derived stage of every migrated debt is exactly its old value.
//
// The follow-ups table is rebuilt (SQLite cannot change a CHECK in place) to allow the
// appeal-deadline follow-up and to point at the judgment it chases.

const KIND_OF_STAGE: Record<string, string> = {
  lawsuit_filed: 'lawsuit_filed',
  mediation: 'pre_litigation_mediation',
  judgment: 'judgment',
  enforcement: 'enforcement_applied',
  dishonest_list: 'dishonest_listed',
  consumption_restriction: 'consumption_restricted',
};

export const m009LegalEvents: Migration = {
  version: 9,
  name: 'legal_events',
  up(db) {
    db.exec(`
      CREATE TABLE legal_events (
        id            INTEGER PRIMARY KEY,
        client_id     INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        debt_id       INTEGER NOT NULL REFERENCES debts (id) ON DELETE CASCADE,
        kind          TEXT NOT NULL CHECK (kind IN ('pre_litigation_mediation', 'lawsuit_filed', 'hearing', 'judgment', 'court_mediation', 'appeal',
                        'enforcement_applied', 'enforcement_measure', 'dishonest_listed', 'consumption_restricted', 'enforcement_terminated', 'removed_from_lists')),
        event_date    TEXT NOT NULL,
        court         TEXT,
        case_number   TEXT,
        amount_fen    INTEGER CHECK (amount_fen IS NULL OR amount_fen >= 0),
        service_date  TEXT,
        decision      TEXT CHECK (decision IS NULL OR decision IN ('judgment', 'ruling')),
        instance      TEXT CHECK (instance IS NULL OR instance IN ('first', 'second')),
        measure       TEXT CHECK (measure IS NULL OR measure IN ('freezing', 'deduction', 'seizure', 'other')),
        notes         TEXT,
        origin        TEXT NOT NULL DEFAULT 'entered' CHECK (origin IN ('entered', 'migrated', 'intake')),
        rev           INTEGER NOT NULL DEFAULT 1,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX legal_events_by_debt ON legal_events (debt_id, event_date);
      CREATE INDEX legal_events_by_client ON legal_events (client_id, event_date);

      ALTER TABLE debts ADD COLUMN legal_stage_date TEXT;

      CREATE TABLE followups_new (
        id              INTEGER PRIMARY KEY,
        client_id       INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        debt_id         INTEGER REFERENCES debts (id) ON DELETE SET NULL,
        lender_id       INTEGER REFERENCES lenders (id),
        due_date        TEXT NOT NULL,
        reason          TEXT NOT NULL CHECK (reason IN ('contact', 'missed_payment', 'offer_reply', 'agreement_review', 'manual', 'appeal_deadline')),
        note            TEXT,
        contact_id      INTEGER REFERENCES contacts (id) ON DELETE CASCADE,
        instalment_id   INTEGER REFERENCES instalments (id) ON DELETE CASCADE,
        offer_id        INTEGER REFERENCES offers (id) ON DELETE CASCADE,
        status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
        original_due_date TEXT,
        snooze_count    INTEGER NOT NULL DEFAULT 0,
        done_at         TEXT,
        done_contact_id INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
        rev             INTEGER NOT NULL DEFAULT 1,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        -- The judgment whose appeal period it chases (kept, as history, if that step is deleted).
        legal_event_id  INTEGER REFERENCES legal_events (id) ON DELETE SET NULL
      ) STRICT;
      INSERT INTO followups_new (id, client_id, debt_id, lender_id, due_date, reason, note, contact_id, instalment_id, offer_id, status,
                                 original_due_date, snooze_count, done_at, done_contact_id, rev, created_at, updated_at)
        SELECT id, client_id, debt_id, lender_id, due_date, reason, note, contact_id, instalment_id, offer_id, status,
               original_due_date, snooze_count, done_at, done_contact_id, rev, created_at, updated_at FROM followups;
      DROP TABLE followups;
      ALTER TABLE followups_new RENAME TO followups;
      CREATE INDEX followups_open ON followups (due_date, id) WHERE status = 'open';
      CREATE INDEX followups_open_by_due ON followups (due_date, client_id) WHERE status = 'open';
      CREATE INDEX followups_by_client ON followups (client_id, status, due_date);
      CREATE UNIQUE INDEX followups_one_per_instalment ON followups (instalment_id) WHERE instalment_id IS NOT NULL;
      CREATE INDEX followups_by_contact ON followups (contact_id) WHERE contact_id IS NOT NULL;
      CREATE INDEX followups_by_done_contact ON followups (done_contact_id) WHERE done_contact_id IS NOT NULL;
      CREATE INDEX followups_by_legal_event ON followups (legal_event_id) WHERE legal_event_id IS NOT NULL;
    `);

    // When each debt last entered its current stage, as the audit log recorded it.
    const tzJson = db.prepare(`SELECT value_json FROM settings WHERE key = 'timeZone'`).pluck().get() as string | undefined;
    let timeZone = 'Asia/Shanghai';
    try {
      const tz = tzJson === undefined ? null : (JSON.parse(tzJson) as unknown);
      if (typeof tz === 'string') {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        timeZone = tz;
      }
    } catch {
      // an unreadable setting: the default zone
    }
    const entered = new Map<string, { stage: string; at: string }>();
    const changes = db.prepare(
      `SELECT entity_id AS id, at, json_extract(before_json, '$.legalStage') AS before, json_extract(after_json, '$.legalStage') AS after
         FROM audit_log WHERE entity = 'debt' AND action IN ('create', 'update') ORDER BY id`,
    );
    for (const r of changes.iterate() as Iterable<{ id: string | null; at: string; before: string | null; after: string | null }>) {
      if (r.id !== null && typeof r.after === 'string' && r.after !== r.before) entered.set(r.id, { stage: r.after, at: r.at });
    }

    const insert = db.prepare(
      `INSERT INTO legal_events (client_id, debt_id, kind, event_date, origin, created_at, updated_at) VALUES (?, ?, ?, ?, 'migrated', ?, ?)`,
    );
    const setDate = db.prepare('UPDATE debts SET legal_stage_date = ? WHERE id = ?');
    const staged = db.prepare(`SELECT id, client_id, legal_stage, updated_at FROM debts WHERE legal_stage <> 'none'`);
    for (const d of staged.all() as { id: number; client_id: number; legal_stage: string; updated_at: string }[]) {
      const kind = KIND_OF_STAGE[d.legal_stage];
      if (!kind) throw new Error(`debt ${d.id}: unknown legal stage ${d.legal_stage}`);
      const seen = entered.get(String(d.id));
      const at = seen && seen.stage === d.legal_stage ? seen.at : d.updated_at;
      const date = todayIn(timeZone, new Date(at));
      insert.run(d.client_id, d.id, kind, date, d.updated_at, d.updated_at);
      setDate.run(date, d.id);
    }
  },
};
