// The preview of a handed-over file, as the job worker makes it (jobs/kinds.ts): decrypting,
// checking every part and screening every stored file costs seconds for a large case, so it
// never runs on the main thread. Writes nothing.
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { HandlerContext } from '../context';
import { openCaseFile, previewCase, type CasePreviewData } from './import';

/** A file's sha256, read as a stream. */
export async function fileDigest(file: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * What the file holds and what an import would do, and the file's digest when it was read
 * (the import refuses a file that changed since).
 */
export async function previewCaseFile(ctx: HandlerContext, file: string, passphrase: string): Promise<{ preview: CasePreviewData; sha256: string }> {
  const opened = await openCaseFile(file, passphrase);
  return { preview: previewCase(ctx, opened), sha256: await fileDigest(file) };
}
