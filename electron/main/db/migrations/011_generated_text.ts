import { recogniseGenerated } from '../../../../shared/i18n/generated-text';
import type { GeneratedText } from '../../../../shared/schemas/generated-text';
import { indexContact } from '../../search/index-writer';
import type { Migration } from './types';

// Migration 11. Text Parley writes by itself is stored as data (a kind and its facts, see
// shared/schemas/generated-text.ts) and worded in the reader's language when shown, instead
// of a sentence in whatever language the interface had that day: the contact that logs a sent
// offer (contacts.generated_json, summary ''), the follow-ups that chase a reply or a missed
// instalment (followups.generated_json, note NULL).
//
// Sentences already stored are recognised against the catalogs' words in all three languages
// and turned into data; anything else (edited by the counsellor, or unreadable) stays as words.
export const m011GeneratedText: Migration = {
  version: 11,
  name: 'generated_text',
  up(db) {
    db.exec(`
      ALTER TABLE contacts ADD COLUMN generated_json TEXT;
      ALTER TABLE followups ADD COLUMN generated_json TEXT;
    `);
    const setContact = db.prepare(`UPDATE contacts SET summary = '', generated_json = ? WHERE id = ?`);
    const contacts = db.prepare(`SELECT id, summary FROM contacts WHERE source = 'offer'`).all() as { id: number; summary: string }[];
    for (const c of contacts) {
      const g = recogniseGenerated('offerSent', c.summary);
      if (!g) continue;
      setContact.run(JSON.stringify(g), c.id);
      indexContact(db, c.id);
    }
    const setFollowup = db.prepare(`UPDATE followups SET note = NULL, generated_json = ? WHERE id = ?`);
    const followups = db.prepare(`SELECT id, reason, note FROM followups WHERE reason IN ('offer_reply', 'missed_payment') AND note IS NOT NULL`).all() as {
      id: number;
      reason: 'offer_reply' | 'missed_payment';
      note: string;
    }[];
    for (const f of followups) {
      const g: GeneratedText | null = recogniseGenerated(f.reason === 'offer_reply' ? 'offerReply' : 'missedInstalment', f.note);
      if (g) setFollowup.run(JSON.stringify(g), f.id);
    }
  },
};
