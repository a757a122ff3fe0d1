import { z } from 'zod';
import {
  Body,
  LetterDetail,
  LetterDraftAllInput,
  LetterDraftAllOutput,
  LetterDraftInput,
  LetterIdInput,
  LetterListInput,
  LetterPreview,
  LetterRevInput,
  LetterSentInput,
  LetterSummary,
  LetterUpdateInput,
  PdfActionOutput,
  Title,
} from '../schemas/letters';
import type { ChannelDef } from './channel-def';
import type { LETTERS_CHANNELS } from './letters.channels';

// Inputs and outputs of letters: drafts, final PDFs, sending.
export const lettersContract = {
  'letters.list': { input: LetterListInput, output: z.array(LetterSummary) },
  'letters.get': { input: LetterIdInput, output: LetterDetail },
  'letters.draft': { input: LetterDraftInput, output: LetterDetail },
  'letters.draftAll': { input: LetterDraftAllInput, output: LetterDraftAllOutput },
  'letters.update': { input: LetterUpdateInput, output: LetterDetail },
  'letters.finalise': { input: LetterRevInput, output: LetterDetail },
  'letters.markSent': { input: LetterSentInput, output: LetterDetail },
  'letters.delete': { input: LetterIdInput, output: z.object({ deleted: z.literal(true) }) },
  /** The letter as it would print; with title/body, unsaved editor text (not stored). */
  'letters.preview': { input: z.object({ id: z.number().int().positive(), title: Title.optional(), body: Body.optional() }).strict(), output: LetterPreview },
  'letters.savePdf': { input: LetterIdInput, output: PdfActionOutput },
  'letters.saveDocx': { input: LetterIdInput, output: PdfActionOutput },
  'letters.openPdf': { input: LetterIdInput, output: PdfActionOutput },
  'letters.printPdf': { input: LetterIdInput, output: PdfActionOutput },
} satisfies Record<(typeof LETTERS_CHANNELS)[number], ChannelDef>;
