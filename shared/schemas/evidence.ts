import { z } from 'zod';
import { Id, IsoDate, optionalText } from './common';

// Evidence: stored files attached to a client, and optionally to one of its debts or contact entries.

export const ATTACHMENT_KINDS = [
  'income_proof',
  'unemployment_proof',
  'expense_proof',
  'hardship_proof',
  'medical_record',
  'family_proof',
  'bank_statement',
  'contract',
  /** The lender's own statement of account or bill (bank statements are bank_statement). */
  'account_statement',
  'collection_evidence',
  'correspondence',
  'identity',
  'other',
] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/** Largest file a drop may send through IPC (as base64). Picked files are read from disk by main. */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;
/** Largest file stored at all (call recordings can be long). */
export const MAX_FILE_BYTES = 500 * 1024 * 1024;
/** base64 length of MAX_UPLOAD_BYTES (4 characters per 3 bytes, padded). */
export const MAX_UPLOAD_BASE64 = Math.ceil(MAX_UPLOAD_BYTES / 3) * 4;

const Kind = z.enum(ATTACHMENT_KINDS, { error: 'validation.choice' });
const FileName = z
  .string({ error: 'validation.text' })
  .trim()
  .min(1, 'validation.required')
  .max(255, 'validation.tooLong')
  .refine((s) => ![...s].some((ch) => ch === '/' || ch === '\\' || ch.charCodeAt(0) < 0x20), 'evidence.errors.fileName');

/** Where an attachment hangs: the client, and optionally one debt and/or one contact entry of it. */
const Target = {
  clientId: Id,
  debtId: Id.nullable().optional(),
  contactId: Id.nullable().optional(),
};

const Details = {
  kind: Kind,
  docDate: IsoDate.nullable().optional(),
  description: optionalText(2000).optional(),
};

export const AttachmentListInput = z.object(Target).strict();

export const AttachmentPickInput = z.object({ ...Target, ...Details }).strict();

export const AttachmentUploadInput = z
  .object({
    ...Target,
    ...Details,
    fileName: FileName,
    mime: z.string().max(200, 'validation.tooLong').optional(),
    /** The file's bytes, base64. At most MAX_UPLOAD_BYTES once decoded. */
    dataBase64: z.string({ error: 'validation.type' }).max(MAX_UPLOAD_BASE64, 'evidence.errors.tooLarge'),
  })
  .strict();

export const AttachmentUpdateInput = z
  .object({
    id: Id,
    rev: z.number().int().min(1),
    patch: z
      .object({
        kind: Kind,
        docDate: IsoDate.nullable(),
        description: optionalText(2000),
        fileName: FileName,
        debtId: Id.nullable(),
        contactId: Id.nullable(),
      })
      .partial()
      .strict(),
  })
  .strict();

export const AttachmentIdInput = z.object({ id: Id }).strict();

export const AttachmentView = z.object({
  id: z.number().int(),
  fileId: z.number().int(),
  clientId: z.number().int(),
  debtId: z.number().int().nullable(),
  /** The debt's lender, to show which debt the evidence belongs to. */
  debtLabel: z.string().nullable(),
  contactId: z.number().int().nullable(),
  /** When the contact happened (ISO timestamp) and with whom, to show which entry it belongs to. */
  contactAt: z.string().nullable(),
  contactLabel: z.string().nullable(),
  kind: Kind,
  fileName: z.string(),
  docDate: z.string().nullable(),
  description: z.string().nullable(),
  size: z.number().int(),
  mime: z.string(),
  sha256: z.string(),
  rev: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AttachmentView = z.infer<typeof AttachmentView>;

export const AttachmentDeleteOutput = z.object({
  deleted: z.literal(true),
  /** True when the stored file went too (nothing else referred to it). */
  fileRemoved: z.boolean(),
});
