// The naive render, kept only as a yardstick for benchmarks and equivalence tests: a fresh
// pdfmake printer per document, given the font *files*, so pdfkit reads and parses them
// again every time (what the issue measured at ~130 ms a letter). Same document
// preparation as renderPdf, so the fonts are the only difference.
import { createRequire } from 'node:module';
import { FONT_FAMILIES, locateFontFiles, type FontPaths } from './fonts';
import { initRenderer, prepareDocument, TABLE_LAYOUTS, type RenderOptions } from './render';
import type { DocDefinition } from './types';

interface PdfKitDocument {
  on(event: 'data', listener: (chunk: Buffer) => void): void;
  on(event: 'end' | 'error', listener: (arg?: unknown) => void): void;
  end(): void;
}

type PrinterClass = new (
  fonts: Record<string, Record<string, string>>,
  virtualfs: unknown,
  urlResolver: unknown,
  localAccessPolicy?: (path: string) => boolean,
) => { createPdfKitDocument(doc: unknown, options: Record<string, unknown>): Promise<PdfKitDocument> };

const localRequire = createRequire(import.meta.url);

export async function renderPdfNaive(doc: DocDefinition, options: RenderOptions = {}, paths: FontPaths = locateFontFiles()): Promise<Buffer> {
  const Printer = (localRequire('pdfmake/js/Printer') as { default: PrinterClass }).default;
  const virtualfs = (localRequire('pdfmake/js/virtual-fs') as { default: unknown }).default;
  const URLResolver = (localRequire('pdfmake/js/URLResolver') as { default: new (fs: unknown) => { setUrlAccessPolicy(p: () => boolean): void } }).default;
  const engine = await initRenderer(); // only for glyph coverage when preparing the document
  const fonts: Record<string, Record<string, string>> = {};
  for (const family of FONT_FAMILIES) {
    const { normal, bold } = paths[family];
    fonts[family] = { normal, bold, italics: normal, bolditalics: bold };
  }
  const resolver = new URLResolver(virtualfs);
  resolver.setUrlAccessPolicy(() => false);
  const printer = new Printer(fonts, virtualfs, resolver);
  const pdfDoc = await printer.createPdfKitDocument(prepareDocument(doc, engine, options), { tableLayouts: TABLE_LAYOUTS });
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdfDoc.on('data', (chunk) => chunks.push(chunk));
    pdfDoc.on('end', () => resolve(Buffer.concat(chunks)));
    pdfDoc.on('error', reject);
    pdfDoc.end();
  });
}
