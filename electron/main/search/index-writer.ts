import type { Db } from '../db/connection';
import { Body } from '../../../shared/schemas/letters';
import { LOCALES } from '../../../shared/schemas/common';
import { generatedText } from '../../../shared/i18n/generated-text';
import { addTokens, allContactAndLetterIds, clientIndexRow, contactGenerated, contactIndexRow, debtIndexRow, letterIndexRow, putTokens, removeTokens, type SearchKind } from '../db/search-index';
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

/** A contact (call, letter, visit, incident): the person spoken to by name and pinyin, the summary, outcome and incident notes. */
export function indexContact(db: Db, id: number, tokenize: ContactTokenizers = PLAIN, options: { fresh?: boolean } = {}): void {
  const k = contactIndexRow(db, id);
  if (!k) return removeFromIndex(db, 'contact', id);
  // An entry the app wrote is found by its words in every language (the counsellor may search in any).
  const generated = k.summary === '' ? contactGenerated(db, id) : null;
  const summaries = generated ? LOCALES.map((l) => generatedText(l, generated)) : [k.summary];
  const tokens = joinTokens([tokenize.person(k.person), ...summaries.map((s) => tokenize.text(s)), tokenize.text(k.outcome), tokenize.text(k.incident_details)]);
  if (options.fresh) addTokens(db, 'contact', id, tokens);
  else putTokens(db, 'contact', id, tokens);
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

/** Indexes every contact and letter into a log that holds none yet: once, for a database made before they were searchable (migration 8), or a fixture. */
export function indexAllContactsAndLetters(db: Db): void {
  const { contacts, letters } = allContactAndLetterIds(db);
  const tokenize: ContactTokenizers = { person: remembering(personTokens), text: remembering(textTokens) };
  // Nothing of the log is indexed yet: each contact is added, without looking for an entry to replace.
  for (const id of contacts) indexContact(db, id, tokenize, { fresh: true });
  for (const id of letters) indexLetter(db, id);
}
