// Letters render through the process's one PDF worker pool (documents/output.ts), so the
// fonts are parsed once per worker for letters and packets alike.
export { closeDocumentPool as closeSharedPdfPool, documentPool as sharedPdfPool } from '../documents/output';
