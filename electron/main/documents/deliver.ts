import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { translate } from '../../../shared/i18n';
import type { HandlerContext } from '../context';
import type { BuiltDocument } from './assemble';
import { fileError, writeFileComplete } from './output';

// Where a finished document goes: saved where the counsellor picks, or a private temp
// copy for the viewer or the printer. Case documents, packets and the letterhead sample
// all go this way.

const PDF_FILTER = [{ name: 'PDF', extensions: ['pdf'] }];

type Built = Pick<BuiltDocument, 'doc' | 'fileName'>;

export async function saveDocument(ctx: HandlerContext, built: Built): Promise<{ path: string | null }> {
  // Render first, so a failure shows before the counsellor picks a place.
  const pdf = await ctx.pdf.render(built.doc);
  const target = await ctx.platform.pickSavePath({ title: translate(ctx.locale(), 'documents.dialogs.save'), defaultName: built.fileName, filters: PDF_FILTER });
  if (!target) return { path: null };
  writeFileComplete(target, pdf);
  return { path: target };
}

/** A copy in the app's private temp folder, for the viewer or the printer. */
export async function tempDocumentCopy(ctx: HandlerContext, built: Built): Promise<string> {
  const pdf = await ctx.pdf.render(built.doc);
  const dir = path.join(ctx.platform.tempDir(), `documents-${randomUUID().slice(0, 8)}`);
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw fileError(err, dir);
  }
  const file = path.join(dir, built.fileName);
  writeFileComplete(file, pdf);
  return file;
}

export async function openDocument(ctx: HandlerContext, built: Built): Promise<{ path: string }> {
  const file = await tempDocumentCopy(ctx, built);
  await ctx.platform.openPath(file);
  return { path: file };
}

export async function printDocument(ctx: HandlerContext, built: Built): Promise<{ path: string }> {
  const file = await tempDocumentCopy(ctx, built);
  await ctx.platform.printPdf(file);
  return { path: file };
}
