import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ATTACHMENTS_CHANNELS } from '../../../shared/ipc/attachments.channels';
import { todayIn } from '../../../shared/domain/dates';
import { translate } from '../../../shared/i18n';
import { MAX_FILE_BYTES, MAX_UPLOAD_BYTES, type AttachmentKind, type AttachmentView } from '../../../shared/schemas/evidence';
import type { HandlerContext } from '../context';
import { writeAudit } from '../db/audit';
import {
  deleteAttachment,
  findAttachment,
  getAttachmentRow,
  insertAttachment,
  listAttachmentRows,
  toAttachmentView,
  updateAttachment,
  type AttachmentPlace,
  type AttachmentRow,
  type AttachmentValues,
} from '../db/attachments';
import { getContactRow } from '../db/contacts';
import { clientExists } from '../db/clients';
import { getDebtRow } from '../db/debts';
import { AppError, notFound } from '../errors';
import type { HandlerPart } from '../handler-types';
import { BlobIntegrityError, decryptToFile, discardIfRolledBack, filesDir, getFileRow, removeFileIfUnreferenced, storeFile, type FileSource, type StoredFile } from './store';

type AttachmentsChannel = (typeof ATTACHMENTS_CHANNELS)[number];

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

export function attachmentsHandlers(ctx: HandlerContext): HandlerPart<AttachmentsChannel> {
  const { db } = ctx;

  function requireRow(id: number): AttachmentRow {
    const row = getAttachmentRow(db, id);
    if (!row) throw notFound();
    return row;
  }

  /** The debt and contact must belong to the client; the document date may not lie ahead. */
  function checkTarget(clientId: number, debtId: number | null, contactId: number | null, docDate: string | null, before?: AttachmentRow): void {
    if (!clientExists(db, clientId)) {
      throw new AppError('NOT_FOUND', 'evidence.errors.clientNotFound', {}, { clientId: 'evidence.errors.clientNotFound' });
    }
    const fields: Record<string, string> = {};
    if (debtId !== null) {
      const d = getDebtRow(db, debtId);
      if (!d || d.client_id !== clientId) fields.debtId = 'evidence.errors.debtNotOfClient';
    }
    if (contactId !== null) {
      const c = getContactRow(db, contactId);
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

  type NewAttachment = AttachmentPlace & Omit<AttachmentValues, 'fileName'>;

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
          const same = findAttachment(db, s.fileId, target);
          if (same !== undefined) {
            out.push(toAttachmentView(requireRow(same)));
            continue;
          }
          const row = requireRow(insertAttachment(db, s.fileId, target, { ...target, fileName: f.fileName }, ctx.now()));
          writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'attachment', entityId: row.id, action: 'create', after: auditValues(row) });
          out.push(toAttachmentView(row));
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
      if (!clientExists(db, clientId)) throw notFound();
      return listAttachmentRows(db, clientId, debtId, contactId).map(toAttachmentView);
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
        updateAttachment(db, id, next, ctx.now());
        const after = requireRow(id);
        writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'attachment', entityId: id, action: 'update', before: auditValues(row), after: auditValues(after) });
        return toAttachmentView(after);
      })(),

    'attachments.delete': ({ id }) => {
      const result = db.transaction(() => {
        const row = requireRow(id);
        const blob = getFileRow(ctx, row.file_id)?.blob_name ?? null;
        deleteAttachment(db, id);
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
