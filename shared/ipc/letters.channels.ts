// Channel names of letters: drafts, final PDFs, sending. Names only (no zod), so the preload can list them.
export const LETTERS_CHANNELS = [
  'letters.list',
  'letters.get',
  'letters.draft',
  'letters.draftAll',
  'letters.update',
  'letters.finalise',
  'letters.markSent',
  'letters.delete',
  'letters.preview',
  'letters.savePdf',
  'letters.openPdf',
  'letters.printPdf',
  'letters.saveDocx',
] as const;
