import type { Locale } from '../../../shared/schemas/common';
import { Body, type LetterStatus, type LetterSummary, type LetterType } from '../../../shared/schemas/letters';
import type { Db } from './connection';
import { readJson } from './json';
import { partiesOf, type CaseColumns } from './parties';
import { stmt } from './statements';

// Letters: drafts made from a template, made final (with their stored PDF), marked sent.
// The body is JSON (salutation, blocks, enclosures; signature and date once final).

export interface LetterRow extends CaseColumns {
  id: number;
  debt_id: number | null;
  lender_id: number | null;
  offer_id: number | null;
  proposal_id: number | null;
  type: LetterType;
  locale: Locale;
  template_version_id: number | null;
  title: string;
  body_json: string;
  status: LetterStatus;
  pdf_file_id: number | null;
  pdf_sha256: string | null;
  finalised_at: string | null;
  sent_at: string | null;
  sent_contact_id: number | null;
  rev: number;
  created_at: string;
  updated_at: string;
  lender_name: string | null;
  template_version: number | null;
}

const SELECT = `SELECT lt.*, c.name AS client_name, c.case_ref, l.name AS lender_name, tv.version AS template_version
  FROM letters lt JOIN clients c ON c.id = lt.client_id LEFT JOIN lenders l ON l.id = lt.lender_id
  LEFT JOIN template_versions tv ON tv.id = lt.template_version_id`;

export function toLetterSummary(r: LetterRow): LetterSummary {
  return {
    id: r.id,
    ...partiesOf(r),
    type: r.type,
    locale: r.locale,
    title: r.title,
    status: r.status,
    templateVersionId: r.template_version_id,
    finalisedAt: r.finalised_at,
    sentAt: r.sent_at,
    rev: r.rev,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** A letter's body as stored. */
export const letterBody = (r: Pick<LetterRow, 'body_json'>): Body => readJson(Body, r.body_json, 'letters.body_json');

export function getLetterRow(db: Db, id: number): LetterRow | undefined {
  return stmt(db, `${SELECT} WHERE lt.id = ?`).get(id) as LetterRow | undefined;
}

/** Letters by any of case, status, type and lender, most recently changed first (at most 2000). */
export function listLetterRows(db: Db, f: { clientId?: number; status?: LetterStatus; type?: LetterType; lenderId?: number }): LetterRow[] {
  return stmt(
    db,
    `${SELECT} WHERE (? IS NULL OR lt.client_id = ?) AND (? IS NULL OR lt.status = ?) AND (? IS NULL OR lt.type = ?) AND (? IS NULL OR lt.lender_id = ?)
     ORDER BY lt.updated_at DESC, lt.id DESC LIMIT 2000`,
  ).all(f.clientId ?? null, f.clientId ?? null, f.status ?? null, f.status ?? null, f.type ?? null, f.type ?? null, f.lenderId ?? null, f.lenderId ?? null) as LetterRow[];
}

/** The first open draft of this type to this lender in the case. */
export function openDraftId(db: Db, clientId: number, lenderId: number, type: LetterType): number | undefined {
  const r = stmt(db, `SELECT id FROM letters WHERE client_id = ? AND lender_id = ? AND type = ? AND status = 'draft' ORDER BY id LIMIT 1`).get(clientId, lenderId, type) as { id: number } | undefined;
  return r?.id;
}

/**
 * The letter a packet in `locale` carries: the lender's latest final (or sent) letter in that
 * language, else its latest draft. This and the next read the case's letters (a handful) by
 * the client's index; the lender's index holds every case's letters to that lender.
 */
export function letterForPacket(db: Db, clientId: number, lenderId: number, locale: string): { id: number; title: string; status: 'draft' | 'final' | 'sent' } | undefined {
  return stmt(
    db,
    `SELECT id, title, status FROM letters INDEXED BY letters_by_client WHERE client_id = ? AND lender_id = ? AND locale = ?
     ORDER BY (status <> 'draft') DESC, updated_at DESC, id DESC LIMIT 1`,
  ).get(clientId, lenderId, locale) as { id: number; title: string; status: 'draft' | 'final' | 'sent' } | undefined;
}

/** The languages the lender's letters are written in, for a packet that has none in its own. */
export function letterLocalesForLender(db: Db, clientId: number, lenderId: number): Locale[] {
  return stmt(db, `SELECT DISTINCT locale FROM letters INDEXED BY letters_by_client WHERE client_id = ? AND lender_id = ? ORDER BY locale`).pluck().all(clientId, lenderId) as Locale[];
}

export function insertDraftLetter(
  db: Db,
  v: { clientId: number; debtId: number | null; lenderId: number | null; type: LetterType; locale: Locale; templateVersionId: number; title: string; body: Body },
  at: string,
): number {
  return Number(
    stmt(
      db,
      `INSERT INTO letters (client_id, debt_id, lender_id, type, locale, template_version_id, title, body_json, status, rev, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'draft', 1, ?, ?)`,
    ).run(v.clientId, v.debtId, v.lenderId, v.type, v.locale, v.templateVersionId, v.title, JSON.stringify(v.body), at, at).lastInsertRowid,
  );
}

export function updateLetterText(db: Db, id: number, title: string, body: Body, at: string): void {
  stmt(db, `UPDATE letters SET title = ?, body_json = ?, rev = rev + 1, updated_at = ? WHERE id = ?`).run(title, JSON.stringify(body), at, id);
}

export function setLetterFinal(db: Db, id: number, v: { title: string; body: Body; pdfFileId: number; pdfSha256: string }, at: string): void {
  stmt(db, `UPDATE letters SET status = 'final', title = ?, body_json = ?, pdf_file_id = ?, pdf_sha256 = ?, finalised_at = ?, rev = rev + 1, updated_at = ? WHERE id = ?`).run(
    v.title,
    JSON.stringify(v.body),
    v.pdfFileId,
    v.pdfSha256,
    at,
    at,
    id,
  );
}

export function setLetterSent(db: Db, id: number, sentAt: string, contactId: number, at: string): void {
  stmt(db, `UPDATE letters SET status = 'sent', sent_at = ?, sent_contact_id = ?, rev = rev + 1, updated_at = ? WHERE id = ?`).run(sentAt, contactId, at, id);
}

export function deleteLetter(db: Db, id: number): void {
  stmt(db, `DELETE FROM letters WHERE id = ?`).run(id);
}

/** What resolving a stored letter reads. */
export function letterForResolve(db: Db, id: number) {
  return stmt(db, `SELECT id, client_id, debt_id, lender_id, locale, title, body_json, status, finalised_at FROM letters WHERE id = ?`).get(id) as
    | Pick<LetterRow, 'id' | 'client_id' | 'debt_id' | 'lender_id' | 'locale' | 'title' | 'body_json' | 'status' | 'finalised_at'>
    | undefined;
}
