// Reading PDFs back with poppler-utils (pdftotext, pdfinfo, pdffonts, pdftoppm), which CI
// installs. Missing tools fail loudly rather than skipping the checks.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

let dir: string | undefined;
let counter = 0;

function tmpFile(ext: string): string {
  dir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'parley-pdf-test-'));
  return path.join(dir, `doc-${process.pid}-${++counter}${ext}`);
}

function run(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${tool} not found: install poppler-utils (apt-get install poppler-utils)`);
    throw err;
  }
}

/** Writes the PDF to a temporary file and returns its path. */
export function writePdf(pdf: Uint8Array, keepAs?: string): string {
  const file = keepAs ?? tmpFile('.pdf');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, pdf);
  return file;
}

export function pdfText(pdf: Uint8Array, options: { layout?: boolean; page?: number } = {}): string {
  const file = writePdf(pdf);
  const args = ['-enc', 'UTF-8'];
  if (options.layout) args.push('-layout');
  if (options.page) args.push('-f', String(options.page), '-l', String(options.page));
  return run('pdftotext', [...args, file, '-']);
}

/** Text with all whitespace removed: CJK extraction puts spaces and breaks in unpredictable places. */
export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

export function pdfInfo(pdf: Uint8Array): Record<string, string> {
  const out = run('pdfinfo', [writePdf(pdf)]);
  const info: Record<string, string> = {};
  for (const line of out.split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match) info[match[1]!.trim()] = match[2]!.trim();
  }
  return info;
}

export function pageCount(pdf: Uint8Array): number {
  return Number(pdfInfo(pdf).Pages);
}

/** Embedded font names (subset prefix stripped), e.g. ["NotoSansHans-Regular"]. */
export function pdfFonts(pdf: Uint8Array): string[] {
  const lines = run('pdffonts', [writePdf(pdf)]).split('\n').slice(2);
  return lines
    .map((line) => line.split(/\s+/)[0] ?? '')
    .filter(Boolean)
    .map((name) => name.replace(/^[A-Z]{6}\+/, ''));
}

export interface Raster {
  width: number;
  height: number;
  /** RGB, 3 bytes per pixel. */
  pixels: Uint8Array;
}

function parsePpm(data: Buffer): Raster {
  // P6\n<width> <height>\n<maxval>\n<binary RGB>
  let pos = 0;
  const tokens: string[] = [];
  while (tokens.length < 4) {
    while (/\s/.test(String.fromCharCode(data[pos]!))) pos++;
    if (data[pos] === 0x23) {
      while (data[pos] !== 0x0a) pos++; // comment
      continue;
    }
    let token = '';
    while (!/\s/.test(String.fromCharCode(data[pos]!))) token += String.fromCharCode(data[pos++]!);
    tokens.push(token);
  }
  pos++; // the single whitespace after maxval
  if (tokens[0] !== 'P6' || tokens[3] !== '255') throw new Error(`Unexpected PPM header ${tokens.join(' ')}`);
  const width = Number(tokens[1]);
  const height = Number(tokens[2]);
  return { width, height, pixels: new Uint8Array(data.buffer, data.byteOffset + pos, width * height * 3) };
}

/** Renders one page with pdftoppm to a PPM and parses it. */
export function rasterize(pdf: Uint8Array, page: number, dpi = 50): Raster {
  const file = writePdf(pdf);
  const prefix = tmpFile('');
  run('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, prefix]);
  return parsePpm(fs.readFileSync(`${prefix}.ppm`));
}

/** Renders a page to PNG (for people to look at); returns the file path. */
export function renderPng(pdf: Uint8Array, page: number, outPrefix: string, dpi = 50): string {
  const file = writePdf(pdf);
  fs.mkdirSync(path.dirname(outPrefix), { recursive: true });
  run('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, outPrefix]);
  return `${outPrefix}.png`;
}

/** Pixels that are not (near) white. */
export function inkedPixels(raster: Raster, threshold = 200): number {
  let count = 0;
  const p = raster.pixels;
  for (let i = 0; i < p.length; i += 3) if (p[i]! < threshold || p[i + 1]! < threshold || p[i + 2]! < threshold) count++;
  return count;
}
