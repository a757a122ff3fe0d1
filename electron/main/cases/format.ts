import type { Row } from '../db/case-tables';

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

export interface CaseLender {
  /** The lender's id in the exporting database (only to remap). */
  id: number;
  name: string;
  aliases: string[];
  type: string;
  address: string | null;
  phones: string[];
  email: string | null;
  complaintChannel: string | null;
  notes: string | null;
}

export interface CaseFileEntry {
  /** The file's id in the exporting database (only to remap). */
  id: number;
  sha256: string;
  size: number;
  mime: string;
}

export interface CaseContent {
  /** The client's id in the exporting database. */
  clientId: number;
  /** table → rows, columns as stored. */
  tables: Record<string, Row[]>;
  lenders: CaseLender[];
  files: CaseFileEntry[];
  /** The audit rows about this case, oldest first (entity ids as in the exporting database). */
  audit: Row[];
}

export interface CaseManifest {
  format: typeof CASE_FORMAT;
  formatVersion: number;
  schemaVersion: number;
  appVersion: string;
  exportedAt: string;
  caseRef: string;
  counts: Record<string, number>;
  parts: { name: string; size: number; sha256: string }[];
}
