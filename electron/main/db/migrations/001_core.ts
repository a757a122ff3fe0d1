import type { Migration } from './types';

export const m001Core: Migration = {
  version: 1,
  name: 'core: settings and audit log',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key        TEXT PRIMARY KEY,
        value_json TEXT NOT NULL
      ) STRICT;

      CREATE TABLE audit_log (
        id          INTEGER PRIMARY KEY,
        at          TEXT NOT NULL,
        actor       TEXT NOT NULL,
        entity      TEXT NOT NULL,
        entity_id   TEXT,
        action      TEXT NOT NULL,
        before_json TEXT,
        after_json  TEXT
      ) STRICT;
      CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id);
    `);
  },
};
