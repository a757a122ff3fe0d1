import type { Db } from '../db/connection';
import { Body } from '../../../shared/schemas/letters';
import { LOCALES } from '../../../shared/schemas/common';
import { generatedText } from '../../../shared/i18n/generated-text';
import { addTokens, allLetterIds, clientIndexRow, contactGenerated, contactIndexRow, contactIndexRowsAfter, debtIndexRow, letterIndexRow, putTokens, removeTokens, type SearchKind } from '../db/search-index';
import { getLenderRow, lenderNames, phonesOf } from '../db/lenders';
import { lenderNameKeys } from '../text/lender-names';
import { joinTokens, nameTokens, personTokens, textTokens } from './tokens';

// Keeps the search index in step with the tables. Call these inside the same transaction
// as the change they follow, so the index never disagrees with the data.

export function removeFromIndex(db: Db, kind: SearchKind, id: number): void {
  removeTokens(db, kind, id);
}

export function indexClient(db: Db, id: number): void {
  const c = clientIndexRow(db, id);
  if (!c) return removeFromIndex(db, 'client', id);
  putTokens(
    db,
    'client',
    id,
    joinTokens([nameTokens(c.name), textTokens(c.phone), textTokens(c.case_ref), textTokens(c.email), textTokens(c.employer), textTokens(c.notes), textTokens(c.hardship_details)]),
  );
}

export function indexLender(db: Db, id: number): void {
  const l = getLenderRow(db, id);
  if (!l) return removeFromIndex(db, 'lender', id);
  const names = lenderNames(db, id);
  const phones = phonesOf(l);
  putTokens(db, 'lender', id, joinTokens([...names.map((n) => nameTokens(n, (text) => lenderNameKeys(text, l.type))), ...phones.map((p) => textTokens(p.replace(/\D/g, ''))), textTokens(l.notes)]));
}

export function indexDebt(db: Db, id: number): void {
  const d = debtIndexRow(db, id);
  if (!d) return removeFromIndex(db, 'debt', id);
  putTokens(db, 'debt', id, joinTokens([textTokens(d.account_ref), textTokens(d.notes)]));
}

interface ContactTokenizers {
  person: (text: string | null) => string[];
  text: (text: string | null) => string[];
}

const PLAIN: ContactTokenizers = { person: personTokens, text: textTokens };

type ContactTexts = { person: string | null; summary: string; outcome: string | null; incident_details: string | null };

/** A contact (call, letter, visit, incident): the person spoken to by name and pinyin, the summary, outcome and incident notes. */
export function indexContact(db: Db, id: number): void {
  const k = contactIndexRow(db, id);
  if (!k) return removeFromIndex(db, 'contact', id);
  putTokens(db, 'contact', id, contactTokens(db, id, k, PLAIN));
}

function contactTokens(db: Db, id: number, k: ContactTexts, tokenize: ContactTokenizers): string {
  // An entry the app wrote is found by its words in every language (the counsellor may search in any).
  const generated = k.summary === '' ? contactGenerated(db, id) : null;
  const summaries = generated ? LOCALES.map((l) => generatedText(l, generated)) : [k.summary];
  return joinTokens([tokenize.person(k.person), ...summaries.map((s) => tokenize.text(s)), tokenize.text(k.outcome), tokenize.text(k.incident_details)]);
}

/** A tokenizer that remembers: a log repeats itself (客服, 催收员, the summaries the app writes), so each text is split once. */
function remembering(tokenize: (text: string | null) => string[]): (text: string | null) => string[] {
  const seen = new Map<string, string[]>();
  return (text) => {
    if (!text) return [];
    let tokens = seen.get(text);
    if (!tokens) seen.set(text, (tokens = tokenize(text)));
    return tokens;
  };
}

/**
 * The words of a letter. A body this version cannot read (a damaged or foreign row) leaves
 * the title searchable rather than stopping the write or the migration that indexes it.
 */
function letterTexts(row: { title: string; body_json: string }): string[] {
  const parsed = Body.safeParse(safeJson(row.body_json));
  if (!parsed.success) return [row.title];
  const body = parsed.data;
  const texts = [row.title, body.salutation, ...body.enclosures];
  for (const block of body.blocks) {
    if (block.kind === 'paragraph') texts.push(block.text);
    else if (block.kind === 'list') texts.push(...block.items);
    else for (const r of block.rows ?? []) texts.push(r.label);
  }
  return texts;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** A letter: its title and every word of its body (salutation, paragraphs, lists, enclosures). */
export function indexLetter(db: Db, id: number): void {
  const row = letterIndexRow(db, id);
  if (!row) return removeFromIndex(db, 'letter', id);
  putTokens(db, 'letter', id, joinTokens(letterTexts(row).map((t) => textTokens(t))));
}

/** Contacts read per query while indexing the whole log. */
const CONTACT_PAGE = 10_000;
/** Distinct texts remembered while indexing the whole log; forgotten beyond this (a log of unique notes gains nothing). */
const REMEMBERED_TEXTS = 100_000;

/** Indexes every contact and letter into a log that holds none yet: once, for a database made before they were searchable (migration 8), or a fixture. */
export function indexAllContactsAndLetters(db: Db): void {
  const tokenize: ContactTokenizers = { person: remembering(personTokens), text: remembering(textTokens) };
  // A log repeats itself (the same agent, outcome, written summary): the joined tokens of a
  // set of texts are worked out once. An entry the app wrote (empty summary) is read in full.
  const joined = new Map<string, string>();
  for (let after = 0, page = contactIndexRowsAfter(db, after, CONTACT_PAGE); page.length; page = contactIndexRowsAfter(db, after, CONTACT_PAGE)) {
    for (const k of page) {
      let tokens: string | undefined;
      if (k.summary === '') tokens = contactTokens(db, k.id, k, tokenize);
      else {
        const key = JSON.stringify([k.person, k.summary, k.outcome, k.incident_details]);
        tokens = joined.get(key);
        if (tokens === undefined) {
          if (joined.size >= REMEMBERED_TEXTS) joined.clear();
          joined.set(key, (tokens = contactTokens(db, k.id, k, tokenize)));
        }
      }
      // Nothing of the log is indexed yet: each contact is added, without looking for an entry to replace.
      addTokens(db, 'contact', k.id, tokens);
    }
    after = page[page.length - 1]!.id;
  }
  for (const id of allLetterIds(db)) indexLetter(db, id);
}
