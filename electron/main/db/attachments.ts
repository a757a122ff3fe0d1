import type { AttachmentKind, AttachmentView } from '../../../shared/schemas/evidence';
import type { Db } from './connection';
import { stmt } from './statements';

// Evidence attached to a case, a debt or a contact, with the stored file's size, type and
// hash, and labels for the debt's lender and the contact. The stored files are db/files.ts's.

/** Evidence outlives a deleted contact: it stays with the case (and its debt). */
export function detachFromContact(db: Db, contactId: number, now: Date): void {
  stmt(db, `UPDATE attachments SET contact_id = NULL, updated_at = ?, rev = rev + 1 WHERE contact_id = ?`).run(now.toISOString(), contactId);
}

export interface AttachmentRow {
  id: number;
  file_id: number;
  client_id: number;
  debt_id: number | null;
  contact_id: number | null;
  kind: AttachmentKind;
  file_name: string;
  doc_date: string | null;
  description: string | null;
  rev: number;
  created_at: string;
  updated_at: string;
  size: number;
  mime: string;
  sha256: string;
  lender_name: string | null;
  contact_at: string | null;
  contact_lender: string | null;
  contact_person: string | null;
}

const SELECT = `
  SELECT a.*, f.size, f.mime, f.sha256,
         dl.name AS lender_name,
         c.occurred_at AS contact_at, cl.name AS contact_lender, c.person AS contact_person
  FROM attachments a
  JOIN files f ON f.id = a.file_id
  LEFT JOIN debts d ON d.id = a.debt_id
  LEFT JOIN lenders dl ON dl.id = d.lender_id
  LEFT JOIN contacts c ON c.id = a.contact_id
  LEFT JOIN lenders cl ON cl.id = c.lender_id`;

export function toAttachmentView(r: AttachmentRow): AttachmentView {
  const contactLabel = r.contact_id === null ? null : [r.contact_lender, r.contact_person].filter(Boolean).join(' · ') || null;
  return {
    id: r.id,
    fileId: r.file_id,
    clientId: r.client_id,
    debtId: r.debt_id,
    debtLabel: r.lender_name,
    contactId: r.contact_id,
    contactAt: r.contact_at,
    contactLabel,
    kind: r.kind,
    fileName: r.file_name,
    docDate: r.doc_date,
    description: r.description,
    size: r.size,
    mime: r.mime,
    sha256: r.sha256,
    rev: r.rev,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function getAttachmentRow(db: Db, id: number): AttachmentRow | undefined {
  return stmt(db, `${SELECT} WHERE a.id = ?`).get(id) as AttachmentRow | undefined;
}

/** A client's evidence, newest first; only what hangs on a contact, or else a debt, when one is given. */
export function listAttachmentRows(db: Db, clientId: number, debtId: number | null | undefined, contactId: number | null | undefined): AttachmentRow[] {
  if (contactId != null) return stmt(db, `${SELECT} WHERE a.client_id = ? AND a.contact_id = ? ORDER BY a.created_at DESC, a.id DESC`).all(clientId, contactId) as AttachmentRow[];
  if (debtId != null) return stmt(db, `${SELECT} WHERE a.client_id = ? AND a.debt_id = ? ORDER BY a.created_at DESC, a.id DESC`).all(clientId, debtId) as AttachmentRow[];
  return stmt(db, `${SELECT} WHERE a.client_id = ? ORDER BY a.created_at DESC, a.id DESC`).all(clientId) as AttachmentRow[];
}

/** Where an attachment hangs: the case, and perhaps one of its debts or contacts. */
export interface AttachmentPlace {
  clientId: number;
  debtId: number | null;
  contactId: number | null;
}

/** The attachment of this stored file at this place, if there is one. */
export function findAttachment(db: Db, fileId: number, p: AttachmentPlace): number | undefined {
  const r = stmt(db, `SELECT id FROM attachments WHERE file_id = ? AND client_id = ? AND debt_id IS ? AND contact_id IS ?`).get(fileId, p.clientId, p.debtId, p.contactId) as
    | { id: number }
    | undefined;
  return r?.id;
}

export interface AttachmentValues {
  kind: AttachmentKind;
  fileName: string;
  docDate: string | null;
  description: string | null;
}

export function insertAttachment(db: Db, fileId: number, p: AttachmentPlace, v: AttachmentValues, now: Date): number {
  const at = now.toISOString();
  const info = stmt(
    db,
    `INSERT INTO attachments (file_id, client_id, debt_id, contact_id, kind, file_name, doc_date, description, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(fileId, p.clientId, p.debtId, p.contactId, v.kind, v.fileName, v.docDate, v.description, at, at);
  return Number(info.lastInsertRowid);
}

export function updateAttachment(db: Db, id: number, v: AttachmentValues & { debtId: number | null; contactId: number | null }, now: Date): void {
  stmt(db, `UPDATE attachments SET kind = ?, doc_date = ?, description = ?, file_name = ?, debt_id = ?, contact_id = ?, rev = rev + 1, updated_at = ? WHERE id = ?`).run(
    v.kind,
    v.docDate,
    v.description,
    v.fileName,
    v.debtId,
    v.contactId,
    now.toISOString(),
    id,
  );
}

export function deleteAttachment(db: Db, id: number): void {
  stmt(db, `DELETE FROM attachments WHERE id = ?`).run(id);
}

/** Evidence for this lender: the client's general evidence and what belongs to this lender's debts or contacts, never another lender's; by document date. */
export function attachmentsForLender(db: Db, clientId: number, lenderId: number): Pick<AttachmentRow, 'file_name' | 'kind' | 'doc_date' | 'description'>[] {
  return stmt(
    db,
    `SELECT a.file_name, a.kind, a.doc_date, a.description FROM attachments a
     LEFT JOIN debts d ON d.id = a.debt_id
     LEFT JOIN contacts c ON c.id = a.contact_id
     WHERE a.client_id = ?
       AND (a.debt_id IS NULL OR d.lender_id = ?)
       AND (a.contact_id IS NULL OR c.lender_id IS NULL OR c.lender_id = ?)
     ORDER BY COALESCE(a.doc_date, substr(a.created_at, 1, 10)), a.id`,
  ).all(clientId, lenderId, lenderId) as Pick<AttachmentRow, 'file_name' | 'kind' | 'doc_date' | 'description'>[];
}

/** The files a checklist for one lender counts: as attachmentsForLender, and whether each hangs on that lender's debt or contact. */
export function checklistFilesForLender(db: Db, clientId: number, lenderId: number): { file_name: string; kind: AttachmentKind; on_lender: number }[] {
  return stmt(
    db,
    `SELECT a.file_name, a.kind, (d.lender_id IS ? OR c.lender_id IS ?) AS on_lender FROM attachments a
     LEFT JOIN debts d ON d.id = a.debt_id
     LEFT JOIN contacts c ON c.id = a.contact_id
     WHERE a.client_id = ?
       AND (a.debt_id IS NULL OR d.lender_id = ?)
       AND (a.contact_id IS NULL OR c.lender_id IS NULL OR c.lender_id = ?)
     ORDER BY a.created_at, a.id`,
  ).all(lenderId, lenderId, clientId, lenderId, lenderId) as { file_name: string; kind: AttachmentKind; on_lender: number }[];
}
