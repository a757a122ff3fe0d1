import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ATTACHMENTS_CHANNELS } from '../../../shared/ipc/attachments.channels';
import { todayIn } from '../../../shared/domain/dates';
import { translate } from '../../../shared/i18n';
import { MAX_FILE_BYTES, MAX_UPLOAD_BYTES, type AttachmentKind, type AttachmentView } from '../../../shared/schemas/evidence';
import type { HandlerContext } from '../context';
import { writeAudit } from '../db/audit';
import { stmt } from '../db/statements';
import { AppError, notFound } from '../errors';
import type { HandlerPart } from '../handler-types';
import { BlobIntegrityError, decryptToFile, discardIfRolledBack, filesDir, getFileRow, removeFileIfUnreferenced, storeFile, type FileSource, type StoredFile } from './store';

type EvidenceChannel = (typeof ATTACHMENTS_CHANNELS)[number];

interface AttachmentRow {
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

const MIME_BY_EXT: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  heic: 'image/heic',
  bmp: 'image/bmp',
  txt: 'text/plain',
  csv: 'text/csv',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  amr: 'audio/amr',
  wav: 'audio/wav',
  aac: 'audio/aac',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
  zip: 'application/zip',
};

export function mimeOf(fileName: string, given?: string): string {
  if (given && /^[\w.+-]+\/[\w.+-]+$/.test(given)) return given.toLowerCase();
  const ext = path.extname(fileName).slice(1).toLowerCase();
  return MIME_BY_EXT[ext] ?? 'application/octet-stream';
}

/** A file name safe to create in the temp folder (the stored name is kept as typed). */
function safeName(name: string): string {
  const cleaned = [...name].map((ch) => (ch.charCodeAt(0) < 0x20 || '<>:"/\\|?*'.includes(ch) ? '_' : ch)).join('').trim();
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? 'file' : cleaned.slice(0, 200);
}

export function evidenceHandlers(ctx: HandlerContext): HandlerPart<EvidenceChannel> {
  const { db } = ctx;

  function toView(r: AttachmentRow): AttachmentView {
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

  function rowOf(id: number): AttachmentRow | undefined {
    return stmt(db, `${SELECT} WHERE a.id = ?`).get(id) as AttachmentRow | undefined;
  }

  function requireRow(id: number): AttachmentRow {
    const row = rowOf(id);
    if (!row) throw notFound();
    return row;
  }

  /** The debt and contact must belong to the client; the document date may not lie ahead. */
  function checkTarget(clientId: number, debtId: number | null, contactId: number | null, docDate: string | null, before?: AttachmentRow): void {
    if (!stmt(db, `SELECT 1 FROM clients WHERE id = ?`).get(clientId)) {
      throw new AppError('NOT_FOUND', 'evidence.errors.clientNotFound', {}, { clientId: 'evidence.errors.clientNotFound' });
    }
    const fields: Record<string, string> = {};
    if (debtId !== null) {
      const d = stmt(db, `SELECT client_id FROM debts WHERE id = ?`).get(debtId) as { client_id: number } | undefined;
      if (!d || d.client_id !== clientId) fields.debtId = 'evidence.errors.debtNotOfClient';
    }
    if (contactId !== null) {
      const c = stmt(db, `SELECT client_id FROM contacts WHERE id = ?`).get(contactId) as { client_id: number } | undefined;
      if (!c || c.client_id !== clientId) fields.contactId = 'evidence.errors.contactNotOfClient';
    }
    if (docDate !== null && docDate !== before?.doc_date && docDate > todayIn(ctx.timeZone(), ctx.now())) fields.docDate = 'validation.dateInFuture';
    if (Object.keys(fields).length) throw new AppError('VALIDATION', 'errors.VALIDATION', {}, fields);
  }

  function auditValues(r: AttachmentRow) {
    return {
      clientId: r.client_id,
      debtId: r.debt_id,
      contactId: r.contact_id,
      kind: r.kind,
      fileName: r.file_name,
      docDate: r.doc_date,
      description: r.description,
      fileId: r.file_id,
      sha256: r.sha256,
      size: r.size,
      mime: r.mime,
    };
  }

  interface NewAttachment {
    clientId: number;
    debtId: number | null;
    contactId: number | null;
    kind: AttachmentKind;
    docDate: string | null;
    description: string | null;
  }

  /**
   * Stores each file and inserts its attachment, all in one transaction: either every file
   * is attached or none is, and no new blob is left behind. The same file already attached
   * to the same place is not attached twice (its existing row is returned).
   */
  function attach(target: NewAttachment, files: { source: FileSource; fileName: string; mime: string }[]): AttachmentView[] {
    checkTarget(target.clientId, target.debtId, target.contactId, target.docDate);
    const stored: StoredFile[] = [];
    try {
      return db.transaction(() => {
        const out: AttachmentView[] = [];
        for (const f of files) {
          const s = storeFile(ctx, f.source, f.mime);
          stored.push(s);
          const same = stmt(
            db,
            `SELECT id FROM attachments WHERE file_id = ? AND client_id = ? AND debt_id IS ? AND contact_id IS ?`,
          ).get(s.fileId, target.clientId, target.debtId, target.contactId) as { id: number } | undefined;
          if (same) {
            out.push(toView(requireRow(same.id)));
            continue;
          }
          const at = ctx.now().toISOString();
          const info = stmt(
            db,
            `INSERT INTO attachments (file_id, client_id, debt_id, contact_id, kind, file_name, doc_date, description, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          ).run(s.fileId, target.clientId, target.debtId, target.contactId, target.kind, f.fileName, target.docDate, target.description, at, at);
          const row = requireRow(Number(info.lastInsertRowid));
          writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'attachment', entityId: row.id, action: 'create', after: auditValues(row) });
          out.push(toView(row));
        }
        return out;
      })();
    } catch (err) {
      for (const s of stored) discardIfRolledBack(ctx, s);
      throw err;
    }
  }

  function targetOf(input: { clientId: number; debtId?: number | null; contactId?: number | null; kind: AttachmentKind; docDate?: string | null; description?: string | null }): NewAttachment {
    return {
      clientId: input.clientId,
      debtId: input.debtId ?? null,
      contactId: input.contactId ?? null,
      kind: input.kind,
      docDate: input.docDate ?? null,
      description: input.description ?? null,
    };
  }

  return {
    'attachments.list': ({ clientId, debtId, contactId }) => {
      if (!stmt(db, `SELECT 1 FROM clients WHERE id = ?`).get(clientId)) throw notFound();
      let rows: AttachmentRow[];
      if (contactId != null) rows = stmt(db, `${SELECT} WHERE a.client_id = ? AND a.contact_id = ? ORDER BY a.created_at DESC, a.id DESC`).all(clientId, contactId) as AttachmentRow[];
      else if (debtId != null) rows = stmt(db, `${SELECT} WHERE a.client_id = ? AND a.debt_id = ? ORDER BY a.created_at DESC, a.id DESC`).all(clientId, debtId) as AttachmentRow[];
      else rows = stmt(db, `${SELECT} WHERE a.client_id = ? ORDER BY a.created_at DESC, a.id DESC`).all(clientId) as AttachmentRow[];
      return rows.map(toView);
    },

    'attachments.pick': async (input) => {
      const target = targetOf(input);
      // Check before the dialog, so a bad target does not ask the counsellor for files first.
      checkTarget(target.clientId, target.debtId, target.contactId, target.docDate);
      const paths = await ctx.platform.pickFiles({ title: translate(ctx.locale(), 'evidence.pickTitle'), multiple: true });
      if (paths.length === 0) return [];
      const files = paths.map((p) => {
        let size: number;
        try {
          const st = fs.statSync(p);
          if (!st.isFile()) throw new Error('not a file');
          size = st.size;
        } catch {
          throw new AppError('NOT_FOUND', 'evidence.errors.unreadable', { name: path.basename(p) });
        }
        if (size > MAX_FILE_BYTES) throw new AppError('VALIDATION', 'evidence.errors.tooLargePick', { name: path.basename(p), mb: MAX_FILE_BYTES / 1024 / 1024 });
        const fileName = path.basename(p).slice(0, 255);
        return { source: { path: p }, fileName, mime: mimeOf(fileName) };
      });
      return attach(target, files);
    },

    'attachments.upload': (input) => {
      const bytes = Buffer.from(input.dataBase64, 'base64');
      if (bytes.length > MAX_UPLOAD_BYTES) throw new AppError('VALIDATION', 'evidence.errors.tooLarge', {}, { dataBase64: 'evidence.errors.tooLarge' });
      const [view] = attach(targetOf(input), [{ source: { bytes }, fileName: input.fileName, mime: mimeOf(input.fileName, input.mime) }]);
      return view!;
    },

    'attachments.update': ({ id, rev, patch }) =>
      db.transaction(() => {
        const row = requireRow(id);
        if (row.rev !== rev) throw new AppError('CONFLICT', 'evidence.conflict');
        const next = {
          kind: patch.kind ?? row.kind,
          docDate: patch.docDate !== undefined ? patch.docDate : row.doc_date,
          description: patch.description !== undefined ? patch.description : row.description,
          fileName: patch.fileName ?? row.file_name,
          debtId: patch.debtId !== undefined ? patch.debtId : row.debt_id,
          contactId: patch.contactId !== undefined ? patch.contactId : row.contact_id,
        };
        checkTarget(row.client_id, next.debtId, next.contactId, next.docDate, row);
        stmt(
          db,
          `UPDATE attachments SET kind = ?, doc_date = ?, description = ?, file_name = ?, debt_id = ?, contact_id = ?, rev = rev + 1, updated_at = ? WHERE id = ?`,
        ).run(next.kind, next.docDate, next.description, next.fileName, next.debtId, next.contactId, ctx.now().toISOString(), id);
        const after = requireRow(id);
        writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'attachment', entityId: id, action: 'update', before: auditValues(row), after: auditValues(after) });
        return toView(after);
      })(),

    'attachments.delete': ({ id }) => {
      const result = db.transaction(() => {
        const row = requireRow(id);
        const blob = getFileRow(ctx, row.file_id)?.blob_name ?? null;
        stmt(db, `DELETE FROM attachments WHERE id = ?`).run(id);
        writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'attachment', entityId: id, action: 'delete', before: auditValues(row) });
        // Inside the transaction this removes the row only; the blob goes after the commit.
        const fileRemoved = removeFileIfUnreferenced(ctx, row.file_id);
        return { fileRemoved, blob };
      })();
      if (result.fileRemoved && result.blob) fs.rmSync(path.join(filesDir(ctx), result.blob), { force: true });
      return { deleted: true as const, fileRemoved: result.fileRemoved };
    },

    'attachments.open': async ({ id }) => {
      const row = requireRow(id);
      // Each opening gets its own folder, so the viewer sees the file's own name.
      const dir = path.join(ctx.platform.tempDir(), crypto.randomBytes(8).toString('hex'));
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      const copy = path.join(dir, safeName(row.file_name));
      try {
        decryptToFile(ctx, row.file_id, copy);
      } catch (err) {
        if (err instanceof BlobIntegrityError) throw new AppError('STORAGE', 'evidence.errors.damaged', { name: row.file_name });
        throw err;
      }
      await ctx.platform.openPath(copy);
      return { opened: true as const };
    },
  };
}
