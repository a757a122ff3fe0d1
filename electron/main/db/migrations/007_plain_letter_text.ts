import type { Migration } from './types';

// Letter text is data, not markup: `**` no longer means bold, so an account number written
// `6225 **** **** 8841` prints as typed. The built-in templates seeded before this change
// (created_by 'parley') used `**…**` only for emphasis; their pairs are removed so new letters
// do not print stray asterisks. Texts the counsellor wrote are left exactly as typed.
export const m007PlainLetterText: Migration = {
  version: 7,
  name: 'plain_letter_text',
  up(db) {
    db.prepare(`UPDATE template_versions SET body_json = replace(body_json, '**', ''), title = replace(title, '**', '') WHERE created_by = 'parley' AND (body_json LIKE '%**%' OR title LIKE '%**%')`).run();
  },
};
