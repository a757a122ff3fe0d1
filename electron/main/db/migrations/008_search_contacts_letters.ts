import { indexAllContactsAndLetters } from '../../search/index-writer';
import type { Migration } from './types';

// Quick search finds calls and letters: a collector's name, a word of a call summary or an
// incident, a phrase of a letter. They get their own index (search_log, read newest first:
// see db/search-index.ts), filled as contacts and letters are written; this creates it and
// indexes the ones a database already holds, once.
export const m008SearchContactsLetters: Migration = {
  version: 8,
  name: 'search_contacts_letters',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE search_log USING fts5 (
        tokens,
        kind UNINDEXED,
        ref_id UNINDEXED,
        tokenize = 'unicode61 remove_diacritics 2'
      );
      -- As search_index: deleted rows must not linger in the index's pages.
      INSERT INTO search_log (search_log, rank) VALUES ('secure-delete', 1);
    `);
    indexAllContactsAndLetters(db);
  },
};
