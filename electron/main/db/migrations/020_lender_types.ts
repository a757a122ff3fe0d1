import type { Migration } from './types';

// Migration 20. Lender types that fit each region: microcredit companies (小额贷款公司) on the
// mainland, credit-card issuers, Taiwan's financing / leasing companies (融資／租賃公司),
// Hong Kong's licensed money lenders (持牌放債人, 財務公司) and pawnshops (當鋪). The
// lenders.type CHECK of migration 3 cannot change in place, so the table is rebuilt with the
// same columns, rows and indexes. Many tables reference lenders, so this migration runs with
// foreign keys off (SQLite's documented way to rebuild a referenced table) and checks them
// before it commits (see `foreignKeysOff` in types.ts).
export const m020LenderTypes: Migration = {
  version: 20,
  name: 'lender_types',
  foreignKeysOff: true,
  up(db) {
    db.exec(`
      CREATE TABLE lenders_new (
        id                INTEGER PRIMARY KEY,
        name              TEXT NOT NULL,
        name_pinyin       TEXT NOT NULL,
        name_initials     TEXT NOT NULL,
        aliases_json      TEXT NOT NULL DEFAULT '[]',
        type              TEXT NOT NULL CHECK (type IN ('online_platform', 'bank', 'card_issuer', 'consumer_finance', 'microcredit',
                            'finance_company', 'money_lender', 'pawnshop', 'collection_agency', 'private', 'other')),
        address           TEXT,
        phones_json       TEXT NOT NULL DEFAULT '[]',
        email             TEXT,
        complaint_channel TEXT,
        notes             TEXT,
        is_demo           INTEGER NOT NULL DEFAULT 0,
        rev               INTEGER NOT NULL DEFAULT 1,
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL
      ) STRICT;
      INSERT INTO lenders_new (id, name, name_pinyin, name_initials, aliases_json, type, address, phones_json, email, complaint_channel, notes, is_demo, rev, created_at, updated_at)
        SELECT id, name, name_pinyin, name_initials, aliases_json, type, address, phones_json, email, complaint_channel, notes, is_demo, rev, created_at, updated_at FROM lenders;
      DROP TABLE lenders;
      ALTER TABLE lenders_new RENAME TO lenders;
      CREATE UNIQUE INDEX lenders_name ON lenders (name);
      CREATE INDEX lenders_by_pinyin ON lenders (name_pinyin);
    `);
  },
};
