import { addMonths, todayIn } from '../../../../shared/domain/dates';
import { storedTimeZone } from './stored-time-zone';
import type { Migration } from './types';

// Case reviews, and the indexes the calendar reads its month from.
//
// case_reviews: each case with an active plan has one open review (the partial unique index
// keeps it to one); completing it records the outcome and opens the next. `since_date` is the
// day of the plan or of the last review: what the review walks through is what changed after it.
// `reason` says why it is due on its date: the regular interval, or two missed instalments.
//
// Cases that already have an active plan get their first review on the next anniversary
// (every 6 months, the setting's default) of their first active agreement, on or after the
// day of the upgrade: a case whose plan began two years ago is reviewed at its next
// six-month mark, not listed as overdue the morning after the upgrade.
//
// The calendar reads a date range of court steps and of offers awaiting a reply (sent or countered) by their
// expiry; neither had an index on its date.
export const m013CaseReviews: Migration = {
  version: 13,
  name: 'case_reviews',
  up(db) {
    db.exec(`
      CREATE TABLE case_reviews (
        id                INTEGER PRIMARY KEY,
        client_id         INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        due_date          TEXT NOT NULL,
        reason            TEXT NOT NULL CHECK (reason IN ('scheduled', 'missed_twice')),
        since_date        TEXT NOT NULL,
        status            TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
        outcome           TEXT CHECK (outcome IS NULL OR outcome IN ('continue', 'replan')),
        notes             TEXT,
        completed_date    TEXT,
        original_due_date TEXT,
        rev               INTEGER NOT NULL DEFAULT 1,
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL,
        CHECK ((status = 'done') = (outcome IS NOT NULL AND completed_date IS NOT NULL))
      ) STRICT;
      CREATE INDEX case_reviews_open_by_due ON case_reviews (due_date, client_id) WHERE status = 'open';
      CREATE UNIQUE INDEX case_reviews_one_open ON case_reviews (client_id) WHERE status = 'open';
      CREATE INDEX case_reviews_by_client ON case_reviews (client_id, id);

      CREATE INDEX legal_events_by_date ON legal_events (event_date, client_id);
      CREATE INDEX offers_awaiting_by_expiry ON offers (valid_until, client_id) WHERE status IN ('sent', 'countered');
    `);

    const now = new Date();
    const today = todayIn(storedTimeZone(db), now);
    const at = now.toISOString();
    const plans = db.prepare(`SELECT client_id AS clientId, min(agreed_date) AS since FROM agreements WHERE status = 'active' GROUP BY client_id`).all() as {
      clientId: number;
      since: string;
    }[];
    const insert = db.prepare(
      `INSERT INTO case_reviews (client_id, due_date, reason, since_date, original_due_date, created_at, updated_at) VALUES (?, ?, 'scheduled', ?, ?, ?, ?)`,
    );
    for (const p of plans) {
      let k = 1;
      while (addMonths(p.since, 6 * k) < today) k++;
      const due = addMonths(p.since, 6 * k);
      insert.run(p.clientId, due, p.since, due, at, at);
    }
  },
};
