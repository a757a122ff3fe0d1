import { todayIn } from '../../../../shared/domain/dates';
import { storedTimeZone } from './stored-time-zone';
import type { Migration } from './types';

// Migration 15. An agreement's status changes (completed, broken, cancelled, back to active)
// become dated events (issue 13 §5): the day each really happened, as the counsellor gives it
// (today unless changed), checked against the agreement's own acceptance, payments and
// earlier changes only, and shown on the timeline on that day. agreements.status stays as the
// current status.
//
// Each agreement that is not active today gets one event from 'active' to its status. Its real
// date is not known: it is the day Parley recorded the change (the audit log's last change to
// that status, in the counsellor's time zone; else the agreement's last change), marked
// origin = 'migrated' so the screen can say so.
export const m015AgreementEvents: Migration = {
  version: 15,
  name: 'agreement_events',
  up(db) {
    db.exec(`
      CREATE TABLE agreement_events (
        id            INTEGER PRIMARY KEY,
        agreement_id  INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
        client_id     INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        from_status   TEXT NOT NULL CHECK (from_status IN ('active', 'completed', 'broken', 'cancelled')),
        to_status     TEXT NOT NULL CHECK (to_status IN ('active', 'completed', 'broken', 'cancelled')),
        -- The day it happened, and the instant it sorts at on the timeline.
        on_date       TEXT NOT NULL,
        at            TEXT NOT NULL,
        -- Why Parley changed it by itself: the last payment came in, or a payment was removed; null when the counsellor did.
        reason        TEXT CHECK (reason IS NULL OR reason IN ('all_paid', 'payment_removed')),
        note          TEXT,
        origin        TEXT NOT NULL DEFAULT 'recorded' CHECK (origin IN ('recorded', 'migrated')),
        created_at    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX agreement_events_by_agreement ON agreement_events (agreement_id, on_date);
      CREATE INDEX agreement_events_by_client ON agreement_events (client_id, at);
    `);

    const timeZone = storedTimeZone(db);
    const lastChange = db.prepare(
      `SELECT at FROM audit_log WHERE entity = 'agreement' AND entity_id = ? AND action = 'update' AND json_extract(after_json, '$.status') = ? ORDER BY id DESC LIMIT 1`,
    );
    const insert = db.prepare(
      `INSERT INTO agreement_events (agreement_id, client_id, from_status, to_status, on_date, at, origin, created_at) VALUES (?, ?, 'active', ?, ?, ?, 'migrated', ?)`,
    );
    const ended = db.prepare(`SELECT id, client_id, status, agreed_date, updated_at FROM agreements WHERE status <> 'active'`);
    for (const a of ended.all() as { id: number; client_id: number; status: string; agreed_date: string; updated_at: string }[]) {
      const at = (lastChange.pluck().get(String(a.id), a.status) as string | undefined) ?? a.updated_at;
      const day = todayIn(timeZone, new Date(at));
      insert.run(a.id, a.client_id, a.status, day < a.agreed_date ? a.agreed_date : day, at, at);
    }
  },
};
