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
import { cleanFileName } from '../intake/file-name';
import { checkIncoming, decodeBase64Strict } from '../intake/incoming';
import { openStoredCopy } from './open-copy';
import { discardIfRolledBack, filesDir, getFileRow, removeFileIfUnreferenced, storeFile, type FileSource, type StoredFile } from './store';

type AttachmentsChannel = (typeof ATTACHMENTS_CHANNELS)[number];

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
        // Type from content, programs and scripts refused, the name cleaned for display.
        const checked = checkIncoming(path.basename(p), { path: p });
        return { source: { path: p }, fileName: checked.displayName, mime: checked.mime };
      });
      return attach(target, files);
    },

    'attachments.upload': (input) => {
      const bytes = decodeBase64Strict(input.dataBase64);
      if (bytes === null) throw new AppError('VALIDATION', 'evidence.errors.badBase64', {}, { dataBase64: 'evidence.errors.badBase64' });
      if (bytes.length > MAX_UPLOAD_BYTES) throw new AppError('VALIDATION', 'evidence.errors.tooLarge', {}, { dataBase64: 'evidence.errors.tooLarge' });
      // The claimed MIME type is ignored: the content decides.
      const checked = checkIncoming(input.fileName, { bytes });
      const [view] = attach(targetOf(input), [{ source: { bytes }, fileName: checked.displayName, mime: checked.mime }]);
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
          fileName: patch.fileName === undefined ? row.file_name : cleanFileName(patch.fileName),
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
      await openStoredCopy(ctx, row.file_id, row.file_name);
      return { opened: true as const };
    },
  };
}
