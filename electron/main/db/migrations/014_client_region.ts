import type { Migration } from './types';

// Migration 14. Each case has a region (mainland China, Taiwan, Hong Kong, Macau), which sets
// the currency of its amounts, and its client's identity document has a type, which sets the
// check the number gets. Cases from before are mainland cases with a mainland resident ID:
// that is all Parley could hold until now.
export const m014ClientRegion: Migration = {
  version: 14,
  name: 'client_region',
  up(db) {
    db.exec(`
      ALTER TABLE clients ADD COLUMN region TEXT NOT NULL DEFAULT 'cn' CHECK (region IN ('cn', 'tw', 'hk', 'mo'));
      ALTER TABLE clients ADD COLUMN id_type TEXT NOT NULL DEFAULT 'prc_resident'
        CHECK (id_type IN ('prc_resident', 'tw_national', 'hk_identity', 'mo_resident', 'passport', 'other'));
    `);
  },
};
