import type { DOCUMENTS_CHANNELS } from '../../../shared/ipc/documents.channels';
import type { Locale } from '../../../shared/schemas/common';
import type { HandlerContext } from '../context';
import type { HandlerPart } from '../handler-types';
import { openDocument, printDocument, saveDocument } from './deliver';
import { gatherDocument } from './assemble';

// Case documents (statement, debt schedule, proposal, contact log): saved, opened or printed.

export function documentsHandlers(ctx: HandlerContext): HandlerPart<(typeof DOCUMENTS_CHANNELS)[number]> {
  const localeOf = (locale: Locale | undefined): Locale => locale ?? ctx.locale();
  return {
    'documents.save': (input) => saveDocument(ctx, gatherDocument(ctx, { ...input, locale: localeOf(input.locale) })),
    'documents.open': (input) => openDocument(ctx, gatherDocument(ctx, { ...input, locale: localeOf(input.locale) })),
    'documents.print': (input) => printDocument(ctx, gatherDocument(ctx, { ...input, locale: localeOf(input.locale) })),
  };
}
