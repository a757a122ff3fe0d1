import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { HandlerContext } from '../context';
import { AppError } from '../errors';
import { renameDurably } from '../fs/atomic-write';
import { cleanFileName } from '../intake/file-name';
import { classifyFile, refusalMessage } from '../intake/file-type';
import { fileEnds } from '../intake/incoming';
import { BlobIntegrityError, decryptToFile } from './store';

// Opening a stored file in the system's viewer. The decrypted copy never carries the name it
// came with: it gets a random name and the extension of its verified type (a "report.pdf.exe"
// that is really a PDF opens as <random>.pdf; a program is not opened at all), lives in
// Parley's own temp folder, and is marked as downloaded before the viewer sees it.

export async function openStoredCopy(ctx: HandlerContext, fileId: number, displayName: string): Promise<string> {
  const dir = ctx.platform.tempDir();
  const base = crypto.randomBytes(12).toString('hex');
  const partial = path.join(dir, `${base}.partial`);
  try {
    decryptToFile(ctx, fileId, partial);
  } catch (err) {
    if (err instanceof BlobIntegrityError) throw new AppError('STORAGE', 'evidence.errors.damaged', { name: displayName });
    throw err;
  }
  let copy: string;
  try {
    // Files kept before these checks existed are checked here too.
    const { head, tail } = fileEnds({ path: partial });
    const verdict = classifyFile(cleanFileName(displayName), head, tail);
    if (!verdict.ok) throw new AppError('VALIDATION', refusalMessage(verdict.reason), { name: cleanFileName(displayName) });
    copy = path.join(dir, `${base}.${verdict.ext}`);
    renameDurably(partial, copy);
  } finally {
    fs.rmSync(partial, { force: true });
  }
  await ctx.platform.markDownloaded(copy);
  await ctx.platform.openPath(copy);
  return copy;
}
