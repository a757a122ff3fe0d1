// renderPdf(doc): a document definition (plain data) -> PDF bytes, with pdfmake's Node API
// and the fonts parsed once per thread (see parsed-fonts.ts).
//
// Before pdfmake sees the document, render.ts:
//  - clones it (pdfmake writes layout state into the nodes it is given);
//  - sets A4 and the Parley fonts as defaults;
//  - splits text into runs so a character missing from the run's font is set in the other
//    family that has it (e.g. 䶮, U+4DAE, is in the Simplified font but not the Traditional);
//  - turns header/footer templates with {{page}} / {{pages}} into pdfmake's per-page functions;
//  - fixes the creation date when asked, which also fixes the file ID (pdfkit derives it from
//    the metadata), so the same input gives the same bytes.
// renderPdf then marks the document's images for the per-thread image cache (image-cache.ts).
import { createRequire } from 'node:module';
import { FONT_FAMILIES, isLayoutOnly, loadFontSet, type FontFamily, type FontSet, type LocateOptions } from './fonts';
import { installImageCache, useImageCache } from './image-cache';
import { parseFontSet, type ParsedFontSet } from './parsed-fonts';
import type { Content, DocDefinition, Inline, StyleProps } from './types';

// -- pdfmake, loaded through require so that it is the CommonJS build (js/index.js) ---------

interface TableNodeForLayout {
  table: { body: unknown[][]; widths: unknown[]; headerRows?: number };
}
type LayoutFn = (i: number, node: TableNodeForLayout) => number | string | null;
type TableLayoutDef = Partial<Record<'hLineWidth' | 'vLineWidth' | 'hLineColor' | 'vLineColor' | 'paddingLeft' | 'paddingRight' | 'paddingTop' | 'paddingBottom', LayoutFn>>;

interface PdfmakeOutput {
  getBuffer(): Promise<Buffer>;
}
interface Pdfmake {
  virtualfs: { writeFileSync(name: string, content: Uint8Array): void };
  setFonts(fonts: Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  addTableLayouts(layouts: Record<string, TableLayoutDef>): void;
  createPdf(doc: unknown, options?: Record<string, unknown>): PdfmakeOutput;
}

const localRequire = createRequire(import.meta.url);
let pdfmakeInstance: Pdfmake | undefined;

function getPdfmake(): Pdfmake {
  if (!pdfmakeInstance) {
    const pdfmake = localRequire('pdfmake') as Pdfmake;
    // Documents never fetch URLs or read local files: images come in as data URLs.
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy(() => false);
    pdfmake.addTableLayouts(TABLE_LAYOUTS);
    installImageCache((localRequire('pdfmake/js/PDFDocument') as { default: { prototype: object } }).default);
    pdfmakeInstance = pdfmake;
  }
  return pdfmakeInstance;
}

const RULE = '#595959';
const HAIRLINE = '#bfbfbf';

/** Named table layouts (pdfmake layouts are functions, so documents refer to them by name). */
export const TABLE_LAYOUTS: Record<string, TableLayoutDef> = {
  /** Amounts: a rule above and below the header and at the bottom, hairlines between rows. */
  parleyAmounts: amountsLayout(false),
  /** The same, with a rule above the last row (the total). */
  parleyAmountsWithTotal: amountsLayout(true),
  /** A light grid for data tables. */
  parleyGrid: {
    hLineWidth: () => 0.5,
    vLineWidth: () => 0.5,
    hLineColor: () => '#8c8c8c',
    vLineColor: () => '#8c8c8c',
    paddingLeft: () => 5,
    paddingRight: () => 5,
    paddingTop: () => 3,
    paddingBottom: () => 3,
  },
  /** No lines; for label/value blocks. */
  parleyPlain: {
    hLineWidth: () => 0,
    vLineWidth: () => 0,
    paddingLeft: (i) => (i === 0 ? 0 : 6),
    paddingRight: () => 0,
    paddingTop: () => 1,
    paddingBottom: () => 1,
  },
};

function amountsLayout(withTotal: boolean): TableLayoutDef {
  const isRule = (i: number, node: TableNodeForLayout): boolean => {
    const rows = node.table.body.length;
    const header = node.table.headerRows ?? 0;
    return i === 0 || i === rows || (header > 0 && i === header) || (withTotal && i === rows - 1);
  };
  return {
    hLineWidth: (i, node) => (isRule(i, node) ? 0.8 : 0.4),
    hLineColor: (i, node) => (isRule(i, node) ? RULE : HAIRLINE),
    vLineWidth: () => 0,
    paddingLeft: (i) => (i === 0 ? 2 : 8),
    paddingRight: (i, node) => (i === node.table.widths.length - 1 ? 2 : 8),
    paddingTop: () => 3,
    paddingBottom: () => 3,
  };
}

// -- fonts for this thread --------------------------------------------------------------------

export interface FontEngine {
  parsed: ParsedFontSet;
  /** Whether `family` (regular weight) has a glyph for the code point; cached. */
  has(family: FontFamily, codePoint: number): boolean;
}

let enginePromise: Promise<FontEngine> | undefined;
let engineSync: FontEngine | undefined;

function vfsName(family: FontFamily, weight: 'normal' | 'bold'): string {
  return `parley-fonts/${family}-${weight}`;
}

function installFonts(set: FontSet): FontEngine {
  const pdfmake = getPdfmake();
  const parsed = parseFontSet(set);
  const fonts: Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>> = {};
  for (const family of FONT_FAMILIES) {
    for (const weight of ['normal', 'bold'] as const) pdfmake.virtualfs.writeFileSync(vfsName(family, weight), parsed[family][weight].handle);
    // CJK fonts have no italics: italic requests fall back to upright rather than failing.
    fonts[family] = { normal: vfsName(family, 'normal'), bold: vfsName(family, 'bold'), italics: vfsName(family, 'normal'), bolditalics: vfsName(family, 'bold') };
  }
  pdfmake.setFonts(fonts);
  const coverage = new Map<FontFamily, Map<number, boolean>>(FONT_FAMILIES.map((f) => [f, new Map()]));
  return {
    parsed,
    has(family, codePoint) {
      const cache = coverage.get(family)!;
      let known = cache.get(codePoint);
      if (known === undefined) {
        known = parsed[family].normal.font.hasGlyphForCodePoint(codePoint);
        cache.set(codePoint, known);
      }
      return known;
    },
  };
}

export interface InitOptions extends LocateOptions {
  /** Font bytes already in memory (a worker receives the main thread's shared copy). */
  fontSet?: FontSet;
}

/** Loads the fonts for this thread now (otherwise the first render does it). */
export function initRenderer(options: InitOptions = {}): Promise<FontEngine> {
  if (!enginePromise) {
    enginePromise = (async () => {
      const set = options.fontSet ?? (await loadFontSet(options));
      engineSync = installFonts(set);
      return engineSync;
    })();
    enginePromise.catch(() => {
      enginePromise = undefined;
    });
  }
  return enginePromise;
}

// -- preparing a document ---------------------------------------------------------------------

export const DEFAULT_FAMILY: FontFamily = 'ParleySC';

function isFamily(name: unknown): name is FontFamily {
  return typeof name === 'string' && (FONT_FAMILIES as readonly string[]).includes(name);
}

type Styles = Record<string, StyleProps>;

function familyOf(node: Record<string, unknown>, inherited: FontFamily, styles: Styles): FontFamily {
  if (isFamily(node.font)) return node.font;
  const style = node.style;
  const names = typeof style === 'string' ? [style] : Array.isArray(style) ? style : [];
  let family = inherited;
  for (const name of names) {
    const font = typeof name === 'string' ? styles[name]?.font : undefined;
    if (isFamily(font)) family = font;
  }
  return family;
}

/** Splits `text` into runs by the family that has each character; null when no split is needed. */
function splitByCoverage(text: string, family: FontFamily, engine: FontEngine): Inline[] | null {
  let needsSplit = false;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x80 && !isLayoutOnly(cp) && !engine.has(family, cp)) {
      needsSplit = true;
      break;
    }
  }
  if (!needsSplit) return null;
  const runs: Inline[] = [];
  let run = '';
  let runFamily: FontFamily = family;
  const flush = (): void => {
    if (run) runs.push(runFamily === family ? run : { text: run, font: runFamily });
    run = '';
  };
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    let chosen: FontFamily = family;
    if (cp >= 0x80 && !isLayoutOnly(cp) && !engine.has(family, cp)) {
      chosen = FONT_FAMILIES.find((f) => f !== family && engine.has(f, cp)) ?? family;
    }
    if (chosen !== runFamily) {
      flush();
      runFamily = chosen;
    }
    run += ch;
  }
  flush();
  return runs;
}

function fallbackInlines(text: unknown, family: FontFamily, engine: FontEngine, styles: Styles): unknown {
  if (typeof text === 'string') return splitByCoverage(text, family, engine) ?? text;
  if (!Array.isArray(text)) return text;
  const out: unknown[] = [];
  for (const item of text) {
    if (typeof item === 'string') {
      const runs = splitByCoverage(item, family, engine);
      if (runs) out.push(...runs);
      else out.push(item);
    } else if (item && typeof item === 'object') {
      const obj = item as Record<string, unknown>;
      obj.text = fallbackInlines(obj.text, familyOf(obj, family, styles), engine, styles);
      out.push(obj);
    } else {
      out.push(item);
    }
  }
  return out;
}

const CONTAINER_KEYS = ['stack', 'columns', 'ul', 'ol'] as const;

function fallbackContent(node: unknown, family: FontFamily, engine: FontEngine, styles: Styles): unknown {
  if (typeof node === 'string') {
    const runs = splitByCoverage(node, family, engine);
    return runs ? { text: runs } : node;
  }
  if (Array.isArray(node)) return node.map((child) => fallbackContent(child, family, engine, styles));
  if (!node || typeof node !== 'object') return node;
  const obj = node as Record<string, unknown>;
  const own = familyOf(obj, family, styles);
  if ('text' in obj) obj.text = fallbackInlines(obj.text, own, engine, styles);
  for (const key of CONTAINER_KEYS) {
    if (Array.isArray(obj[key])) obj[key] = (obj[key] as unknown[]).map((child) => fallbackContent(child, own, engine, styles));
  }
  const table = obj.table as { body?: unknown[][] } | undefined;
  if (table && Array.isArray(table.body)) {
    table.body = table.body.map((row) => (Array.isArray(row) ? row.map((cell) => fallbackContent(cell, own, engine, styles)) : row));
  }
  return obj;
}

const PAGE = /\{\{page\}\}/g;
const PAGES = /\{\{pages\}\}/g;

function fillPageNumbers(node: unknown, page: number, pages: number): unknown {
  if (typeof node === 'string') return node.replace(PAGE, String(page)).replace(PAGES, String(pages));
  if (Array.isArray(node)) return node.map((child) => fillPageNumbers(child, page, pages));
  if (node && typeof node === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) out[key] = fillPageNumbers(value, page, pages);
    return out;
  }
  return node;
}

/** A header/footer template -> pdfmake's (currentPage, pageCount) => content. */
function pageTemplate(template: Content): (page: number, pages: number) => unknown {
  return (page, pages) => fillPageNumbers(template, page, pages);
}

export interface RenderOptions {
  /**
   * Fixed creation date (ISO string or Date) for reproducible output; the file ID is
   * derived from it. Defaults to now.
   */
  creationDate?: string | Date;
}

/** What pdfmake is given: the clone with fonts, fallbacks, page templates and metadata applied. */
export function prepareDocument(doc: DocDefinition, engine: FontEngine, options: RenderOptions = {}): Record<string, unknown> {
  return prepareInPlace(structuredClone(doc), engine, options);
}

/** prepareDocument on a document nobody else holds: it is changed and used up. */
function prepareInPlace(clone: DocDefinition, engine: FontEngine, options: RenderOptions): Record<string, unknown> {
  const styles: Styles = clone.styles ?? {};
  const defaultStyle: StyleProps = { font: DEFAULT_FAMILY, fontSize: 11, ...clone.defaultStyle };
  const family = isFamily(defaultStyle.font) ? defaultStyle.font : DEFAULT_FAMILY;
  const created = options.creationDate === undefined ? new Date() : new Date(options.creationDate);
  if (Number.isNaN(created.getTime())) throw new Error(`Invalid creationDate: ${String(options.creationDate)}`);

  const prepared: Record<string, unknown> = {
    ...clone,
    pageSize: clone.pageSize ?? 'A4',
    defaultStyle,
    content: fallbackContent(clone.content, family, engine, styles),
    info: { ...clone.info, creator: 'Parley', producer: 'Parley', creationDate: created },
  };
  for (const key of ['header', 'footer'] as const) {
    const template = clone[key];
    if (template !== undefined) prepared[key] = pageTemplate(fallbackContent(template, family, engine, styles) as Content);
  }
  return prepared;
}

/** Renders a document definition to PDF bytes in this thread. */
export function renderPdf(doc: DocDefinition, options: RenderOptions = {}): Promise<Buffer> {
  return render(doc, options, true);
}

/**
 * renderPdf for a document that is the caller's own copy and is not used again (the
 * worker's, which postMessage has already cloned): it is prepared in place, not cloned twice.
 */
export function renderOwnedPdf(doc: DocDefinition, options: RenderOptions = {}): Promise<Buffer> {
  return render(doc, options, false);
}

async function render(doc: DocDefinition, options: RenderOptions, copy: boolean): Promise<Buffer> {
  const engine = engineSync ?? (await initRenderer());
  const prepared = copy ? prepareDocument(doc, engine, options) : prepareInPlace(doc, engine, options);
  if (prepared.images) useImageCache(prepared.images); // the letterhead is decoded once per thread (image-cache.ts)
  return getPdfmake().createPdf(prepared).getBuffer();
}
