import type { Migration } from './types';

export const m002Clients: Migration = {
  version: 2,
  name: 'clients',
  up(db) {
    db.exec(`
      CREATE TABLE clients (
        id            INTEGER PRIMARY KEY,
        case_ref      TEXT NOT NULL UNIQUE,
        name          TEXT NOT NULL,
        name_pinyin   TEXT NOT NULL,
        name_initials TEXT NOT NULL,
        gender        TEXT NOT NULL DEFAULT 'unspecified' CHECK (gender IN ('unspecified', 'female', 'male')),
        phone         TEXT,
        id_number     TEXT,
        email         TEXT,
        address       TEXT,
        status        TEXT NOT NULL DEFAULT 'intake'
                      CHECK (status IN ('intake', 'assessment', 'negotiating', 'plan_active', 'closed')),
        -- The status in workflow order, so sorting by status follows the life of a case.
        status_rank   INTEGER GENERATED ALWAYS AS (
                        CASE status WHEN 'intake' THEN 1 WHEN 'assessment' THEN 2 WHEN 'negotiating' THEN 3
                                    WHEN 'plan_active' THEN 4 ELSE 5 END) VIRTUAL,
        archived      INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        notes         TEXT,
        rev           INTEGER NOT NULL DEFAULT 1,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX clients_id_number ON clients (id_number) WHERE id_number IS NOT NULL;
      -- One index per sort order of the client list, led by the archived filter,
      -- so a page is read straight off the index.
      CREATE INDEX clients_by_updated ON clients (archived, updated_at);
      CREATE INDEX clients_by_created ON clients (archived, created_at);
      CREATE INDEX clients_by_name ON clients (archived, name_pinyin);
      CREATE INDEX clients_by_case_ref ON clients (archived, case_ref);
      -- The row id is implicit in every index, so "ORDER BY status_rank, id" reads straight off it.
      CREATE INDEX clients_by_status ON clients (archived, status_rank);
      -- Filtered by status, sorted by any column.
      CREATE INDEX clients_with_status ON clients (archived, status, updated_at);
      CREATE INDEX clients_with_status_by_name ON clients (archived, status, name_pinyin);
      CREATE INDEX clients_with_status_by_created ON clients (archived, status, created_at);
      CREATE INDEX clients_with_status_by_case_ref ON clients (archived, status, case_ref);
      -- Everything a search matches on, so a search scans this narrow index, not the table.
      CREATE INDEX clients_search ON clients (archived, name, case_ref, phone, name_pinyin, name_initials, status);
    `);
  },
};
