import { z } from 'zod';
import { SealedPart } from '../backup/container';

// The plain content of a hand-over file, inside G's sealed container (kind 'C'):
//   case.json            the rows (below)
//   files/<sha256>       the content of every stored file the case refers to
//   manifest.json        last, with the SHA-256 and size of every part before it
// The container authenticates every byte; the manifest's checksums are checked again on
// import, so a part that was swapped for another (the container cannot tell which part
// is which) is refused too.

export const CASE_FILE_KIND = 'C';
export const CASE_FORMAT = 'parley-case';
export const CASE_FORMAT_VERSION = 1;
export const CASE_PART = 'case.json';
export const MANIFEST_PART = 'manifest.json';
export const FILE_PART_PREFIX = 'files/';
export const CASE_FILE_EXTENSION = 'parleycase';

// What an import reads back is checked against these schemas (cases/import.ts): a part that
// is not JSON or does not fit is a damaged file, whatever the container said.

export const CaseLender = z.object({
  /** The lender's id in the exporting database (only to remap). */
  id: z.number().int(),
  name: z.string(),
  aliases: z.array(z.string()),
  type: z.string(),
  address: z.string().nullable(),
  phones: z.array(z.string()),
  email: z.string().nullable(),
  complaintChannel: z.string().nullable(),
  notes: z.string().nullable(),
});
export type CaseLender = z.infer<typeof CaseLender>;

export const CaseFileEntry = z.object({
  /** The file's id in the exporting database (only to remap). */
  id: z.number().int(),
  sha256: z.string(),
  size: z.number().int().nonnegative(),
  mime: z.string(),
});
export type CaseFileEntry = z.infer<typeof CaseFileEntry>;

/** A row as stored: column -> value. */
const Row = z.record(z.string(), z.unknown());

export const CaseContent = z.object({
  /** The client's id in the exporting database. */
  clientId: z.number().int(),
  /** table → rows, columns as stored. */
  tables: z.record(z.string(), z.array(Row)),
  lenders: z.array(CaseLender),
  files: z.array(CaseFileEntry),
  /** The audit rows about this case, oldest first (entity ids as in the exporting database). */
  audit: z.array(Row),
});
export type CaseContent = z.infer<typeof CaseContent>;

/** The first check of a manifest: a hand-over file, and which versions wrote it. */
export const CaseManifestHead = z.object({
  format: z.literal(CASE_FORMAT),
  formatVersion: z.number().int(),
  schemaVersion: z.number().int(),
  parts: z.array(z.unknown()),
});

export const CaseManifest = CaseManifestHead.extend({
  appVersion: z.string(),
  exportedAt: z.string(),
  caseRef: z.string(),
  counts: z.record(z.string(), z.number().int()),
  parts: z.array(SealedPart),
});
export type CaseManifest = z.infer<typeof CaseManifest>;
