import type { Db } from './connection';
import { stmt } from './statements';

// The stored files (evidence, final letter PDFs): one row per content, keyed by its SHA-256,
// naming the encrypted blob in <dataDir>/files. The blobs themselves are attachments/store.ts's.

export interface FileRow {
  id: number;
  sha256: string;
  size: number;
  mime: string;
  blob_name: string;
  created_at: string;
}

export function getFileRow(db: Db, fileId: number): FileRow | undefined {
  return stmt(db, `SELECT * FROM files WHERE id = ?`).get(fileId) as FileRow | undefined;
}

export function fileBySha(db: Db, sha256: string): FileRow | undefined {
  return stmt(db, `SELECT * FROM files WHERE sha256 = ?`).get(sha256) as FileRow | undefined;
}

export function fileOfBlobExists(db: Db, blobName: string): boolean {
  return stmt(db, `SELECT id FROM files WHERE blob_name = ?`).get(blobName) !== undefined;
}

export function insertFile(db: Db, v: { sha256: string; size: number; mime: string; blobName: string }, now: Date): number {
  return Number(stmt(db, `INSERT INTO files (sha256, size, mime, blob_name, created_at) VALUES (?, ?, ?, ?, ?)`).run(v.sha256, v.size, v.mime, v.blobName, now.toISOString()).lastInsertRowid);
}

/** How many rows (attachments, letters) refer to a stored file. */
export function fileReferences(db: Db, fileId: number): number {
  const a = stmt(db, `SELECT count(*) AS n FROM attachments WHERE file_id = ?`).get(fileId) as { n: number };
  const l = stmt(db, `SELECT count(*) AS n FROM letters WHERE pdf_file_id = ?`).get(fileId) as { n: number };
  return a.n + l.n;
}

export function deleteFile(db: Db, fileId: number): void {
  stmt(db, `DELETE FROM files WHERE id = ?`).run(fileId);
}

/** Files no attachment and no letter refers to. */
export function unreferencedFiles(db: Db): { id: number; blob_name: string }[] {
  return stmt(
    db,
    `SELECT id, blob_name FROM files f
      WHERE NOT EXISTS (SELECT 1 FROM attachments a WHERE a.file_id = f.id)
        AND NOT EXISTS (SELECT 1 FROM letters l WHERE l.pdf_file_id = f.id)`,
  ).all() as { id: number; blob_name: string }[];
}

export function blobNames(db: Db): Set<string> {
  return new Set((stmt(db, `SELECT blob_name FROM files`).all() as { blob_name: string }[]).map((r) => r.blob_name));
}

/** Every stored file, by id. */
export function listFileRows(db: Db): FileRow[] {
  return stmt(db, `SELECT * FROM files ORDER BY id`).all() as FileRow[];
}
