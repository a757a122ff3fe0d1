import type { Migration } from './types';

// The overview's figures are per currency, so they read each open case's region beside its
// status: this index covers both (archived, status, region and the row id), so counting the
// open cases' debts per stage and region reads no client row (at L without it the overview's
// totals took ~40 % longer, each of 20,000 clients read from the table for its region).
export const m021ClientsByRegion: Migration = {
  version: 21,
  name: 'clients_open_by_region',
  up(db) {
    db.exec(`CREATE INDEX clients_open_by_region ON clients (archived, status, region)`);
  },
};
