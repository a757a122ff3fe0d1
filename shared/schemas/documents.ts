import { z } from 'zod';
import { Id, Locale, optionalText } from './common';

// Case documents (statement, schedule of debts, proposal, contact log, the client's own plan and list of documents to bring), negotiation packets
// for one lender or all of a client's lenders, and the letterhead printed on them.

export const DOCUMENT_KINDS = ['statement', 'debtSchedule', 'proposal', 'contactLog', 'clientPlan', 'evidenceList'] as const;
export const DocumentKind = z.enum(DOCUMENT_KINDS, { error: 'validation.choice' });
export type DocumentKind = z.infer<typeof DocumentKind>;

/** One case document; the contact log is per lender, the others mark the lender when given. */
export const DocumentInput = z
  .object({
    clientId: Id,
    lenderId: Id.optional(),
    kind: DocumentKind,
    /** The document's language; defaults to the UI language. */
    locale: Locale.optional(),
  })
  .strict()
  .refine((d) => d.kind !== 'contactLog' || d.lenderId !== undefined, { message: 'validation.required', path: ['lenderId'] });
export type DocumentInput = z.infer<typeof DocumentInput>;

export const PacketInput = z.object({ clientId: Id, lenderId: Id, locale: Locale.optional() }).strict();
export type PacketInput = z.infer<typeof PacketInput>;

/** Where the file went; null when the counsellor cancelled the dialog. */
export const FileResult = z.object({ path: z.string().nullable() });

/** locale: the packets' language (the letter each carries is one in that language); the interface's by default. */
export const PacketLendersInput = z.object({ clientId: Id, locale: Locale.optional() }).strict();
export const PacketLender = z.object({
  lenderId: Id,
  lenderName: z.string(),
  debts: z.number().int(),
  outstandingFen: z.number().int(),
  /** The letter the packet will carry (latest final, else latest draft), if any. */
  letter: z.object({ id: Id, title: z.string(), status: z.enum(['draft', 'final', 'sent']) }).nullable(),
  /** With no letter in the packet's language: the languages the lender's letters exist in. */
  letterLocales: z.array(Locale),
  enclosures: z.number().int(),
  contacts: z.number().int(),
});
export type PacketLender = z.infer<typeof PacketLender>;
export const PacketLendersOutput = z.object({
  items: z.array(PacketLender),
  hasStatement: z.boolean(),
  hasProposal: z.boolean(),
  /** A batch already running for this client, if any. */
  runningJobId: z.string().nullable(),
});
export type PacketLendersOutput = z.infer<typeof PacketLendersOutput>;

export const BatchStartInput = z
  .object({
    clientId: Id.optional(),
    clientIds: z.array(Id).min(1, 'validation.required').max(500, 'validation.tooLong').optional(),
    locale: Locale.optional(),
  })
  .strict()
  .refine((d) => (d.clientId === undefined) !== (d.clientIds === undefined), { message: 'validation.required', path: ['clientId'] });
export type BatchStartInput = z.infer<typeof BatchStartInput>;

/** null when the counsellor cancelled the folder dialog. */
export const BatchStartOutput = z.object({ jobId: z.string(), total: z.number().int(), folder: z.string() }).nullable();

export const BatchJobInput = z.object({ jobId: z.string().min(1).max(100) }).strict();

export const BATCH_STATES = ['running', 'done', 'cancelled', 'failed'] as const;
export const BatchStatus = z.object({
  jobId: z.string(),
  state: z.enum(BATCH_STATES),
  done: z.number().int(),
  total: z.number().int(),
  /** The file being made now (its name), null when none. */
  current: z.string().nullable(),
  folder: z.string(),
  /** Names of the files written, in order. */
  files: z.array(z.string()),
  /** Translated messages, one per packet that failed (or one for the batch). */
  errors: z.array(z.object({ name: z.string(), message: z.string() })),
});
export type BatchStatus = z.infer<typeof BatchStatus>;

// -- letterhead ---------------------------------------------------------------------------------

export const Letterhead = z.object({
  organisation: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  /** data:image/png;base64,… or data:image/jpeg;base64,… */
  logoDataUrl: z.string().nullable(),
});
export type Letterhead = z.infer<typeof Letterhead>;

export const LetterheadUpdateInput = z
  .object({
    organisation: optionalText(100),
    address: optionalText(200),
    phone: optionalText(60),
    email: optionalText(120),
    /** Only null (remove the logo); a new logo comes through letterhead.pickLogo. */
    logoDataUrl: z.null({ error: 'validation.type' }),
  })
  .partial()
  .strict();
export type LetterheadUpdateInput = z.infer<typeof LetterheadUpdateInput>;
