import type { Migration } from './types';

// The follow-ups page's counts (overdue, today, this week) without walking every open
// follow-up: a count per due day of the open follow-ups of active cases (neither archived nor
// closed), kept by triggers, so the page sums a few dozen days instead of thousands of index
// entries and the set of inactive cases. A day whose count reaches 0 is dropped.
//
// - A follow-up counts while it is open and its case is active; inserting, deleting or
//   changing it (status, due day, case) moves its count.
// - A case archived, closed, reopened or restored moves the counts of all its open follow-ups.
// - A case deleted (a purge) takes its counts away BEFORE the delete: its follow-ups then go
//   by cascade, when the case row is already gone and their trigger can no longer see it.
const ACTIVE = (c: string) => `EXISTS (SELECT 1 FROM clients c WHERE c.id = ${c} AND c.archived = 0 AND c.status <> 'closed')`;
const MOVE = (day: string, delta: string) =>
  `INSERT INTO followup_day_counts (due_date, open) VALUES (${day}, ${delta}) ON CONFLICT (due_date) DO UPDATE SET open = open + excluded.open;`;
const MOVE_CLIENT = (client: string, sign: string) =>
  `INSERT INTO followup_day_counts (due_date, open)
     SELECT due_date, ${sign} count(*) FROM followups WHERE client_id = ${client} AND status = 'open' GROUP BY due_date
   ON CONFLICT (due_date) DO UPDATE SET open = open + excluded.open;`;

export const m019FollowupCounts: Migration = {
  version: 19,
  name: 'followup_day_counts',
  up(db) {
    db.exec(`
      CREATE TABLE followup_day_counts (
        due_date TEXT PRIMARY KEY,
        open     INTEGER NOT NULL
      ) WITHOUT ROWID;

      CREATE TRIGGER followup_day_counts_zero AFTER UPDATE OF open ON followup_day_counts WHEN NEW.open = 0
      BEGIN DELETE FROM followup_day_counts WHERE due_date = NEW.due_date; END;

      CREATE TRIGGER followups_count_insert AFTER INSERT ON followups WHEN NEW.status = 'open' AND ${ACTIVE('NEW.client_id')}
      BEGIN ${MOVE('NEW.due_date', '1')} END;

      CREATE TRIGGER followups_count_delete AFTER DELETE ON followups WHEN OLD.status = 'open' AND ${ACTIVE('OLD.client_id')}
      BEGIN ${MOVE('OLD.due_date', '-1')} END;

      CREATE TRIGGER followups_count_update_old AFTER UPDATE OF status, due_date, client_id ON followups WHEN OLD.status = 'open' AND ${ACTIVE('OLD.client_id')}
      BEGIN ${MOVE('OLD.due_date', '-1')} END;

      CREATE TRIGGER followups_count_update_new AFTER UPDATE OF status, due_date, client_id ON followups WHEN NEW.status = 'open' AND ${ACTIVE('NEW.client_id')}
      BEGIN ${MOVE('NEW.due_date', '1')} END;

      CREATE TRIGGER clients_followup_counts_off AFTER UPDATE OF archived, status ON clients
        WHEN (OLD.archived = 0 AND OLD.status <> 'closed') AND NOT (NEW.archived = 0 AND NEW.status <> 'closed')
      BEGIN ${MOVE_CLIENT('NEW.id', '-')} END;

      CREATE TRIGGER clients_followup_counts_on AFTER UPDATE OF archived, status ON clients
        WHEN NOT (OLD.archived = 0 AND OLD.status <> 'closed') AND (NEW.archived = 0 AND NEW.status <> 'closed')
      BEGIN ${MOVE_CLIENT('NEW.id', '')} END;

      CREATE TRIGGER clients_followup_counts_delete BEFORE DELETE ON clients WHEN OLD.archived = 0 AND OLD.status <> 'closed'
      BEGIN ${MOVE_CLIENT('OLD.id', '-')} END;

      INSERT INTO followup_day_counts (due_date, open)
        SELECT f.due_date, count(*) FROM followups f JOIN clients c ON c.id = f.client_id
         WHERE f.status = 'open' AND c.archived = 0 AND c.status <> 'closed'
         GROUP BY f.due_date;
    `);
  },
};
