import { indexAllContactsAndLetters } from '../../search/index-writer';
import type { Migration } from './types';

// Quick search finds calls and letters: a collector's name, a word of a call summary or an
// incident, a phrase of a letter. New contacts and letters are indexed as they are written;
// this indexes the ones a database already holds, once.
export const m008SearchContactsLetters: Migration = {
  version: 8,
  name: 'search_contacts_letters',
  up(db) {
    indexAllContactsAndLetters(db);
  },
};
