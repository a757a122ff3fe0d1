// The fonts parsed once per thread, and pdfkit made to use them.
//
// pdfmake hands pdfkit a font source for every document, and pdfkit calls fontkit.create()
// on it, which parses the 8 MB font (tables, cmap, CFF indexes) again each time: that is
// most of a naive render. fontkit lets callers register extra font formats, and its
// create() returns whatever the matching format's constructor returns. We register one
// format that recognises a 12-byte handle ("PARLEYF1" + id) and returns the fontkit font we
// parsed once. pdfmake then gets the handle instead of the font file, so every document
// reuses the parsed font (its glyph and layout caches, and our shaping cache) while pdfkit
// still builds a fresh per-document subset. With only this, the output is byte-identical
// to the naive path. The subset itself is made smaller in cff-subset.ts.
import { createRequire } from 'node:module';
import { installDesubroutinizedSubsets } from './cff-subset';
import { FONT_FAMILIES, type FontFamily, type FontSet, type FontWeight } from './fonts';
import { installShapingCache } from './shaping-cache';

const localRequire = createRequire(import.meta.url);

/** The parts of a fontkit font that Parley uses. */
export interface FontkitFont {
  postscriptName: string;
  familyName: string;
  numGlyphs: number;
  unitsPerEm: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
  glyphForCodePoint(codePoint: number): { id: number; advanceWidth: number };
  createSubset(): { includeGlyph(glyphId: number): number; encode(): Uint8Array };
}

interface Fontkit {
  create(bytes: Uint8Array, postscriptName?: string): FontkitFont;
  registerFormat(format: unknown): void;
}

let fontkitInstance: Fontkit | undefined;

/**
 * The fontkit module pdfkit itself loads (resolved from pdfmake -> pdfkit -> fontkit with
 * require, so it is the same CommonJS instance: an ESM import would load fontkit's separate
 * .mjs build, whose format registry pdfkit never sees).
 */
export function getFontkit(): Fontkit {
  if (!fontkitInstance) {
    const pdfkitMain = createRequire(localRequire.resolve('pdfmake')).resolve('pdfkit');
    fontkitInstance = createRequire(pdfkitMain)('fontkit') as Fontkit;
  }
  return fontkitInstance;
}

const HANDLE_MAGIC = [0x50, 0x41, 0x52, 0x4c, 0x45, 0x59, 0x46, 0x31]; // "PARLEYF1"
const HANDLE_LENGTH = HANDLE_MAGIC.length + 4;
const parsedById = new Map<number, FontkitFont>();
const handleByBytes = new WeakMap<Uint8Array, { handle: Uint8Array; font: FontkitFont }>();
let formatRegistered = false;

function isHandle(bytes: Uint8Array): boolean {
  if (bytes.length !== HANDLE_LENGTH) return false;
  for (let i = 0; i < HANDLE_MAGIC.length; i++) if (bytes[i] !== HANDLE_MAGIC[i]) return false;
  return true;
}

function handleId(bytes: Uint8Array): number {
  const o = HANDLE_MAGIC.length;
  return ((bytes[o]! << 24) | (bytes[o + 1]! << 16) | (bytes[o + 2]! << 8) | bytes[o + 3]!) >>> 0;
}

/**
 * A fontkit "format" whose files are handles: fontkit.create(handle) calls
 * `new ParsedFontHandle(stream)`, and a constructor that returns an object makes `new`
 * evaluate to that object, so create() returns the font parsed earlier.
 */
class ParsedFontHandle {
  static probe(bytes: Uint8Array): boolean {
    return isHandle(bytes);
  }

  constructor(stream: { buffer: Uint8Array }) {
    const font = parsedById.get(handleId(stream.buffer));
    if (!font) throw new Error('Unknown Parley font handle');
    return font as unknown as ParsedFontHandle;
  }
}

/**
 * Parses a font once (per thread) and returns a handle to pass to pdfkit/pdfmake in place
 * of the file, plus the parsed font for glyph checks.
 */
export function registerParsedFont(bytes: Uint8Array): { handle: Uint8Array; font: FontkitFont } {
  const known = handleByBytes.get(bytes);
  if (known) return known;
  const fontkit = getFontkit();
  if (!formatRegistered) {
    fontkit.registerFormat(ParsedFontHandle);
    formatRegistered = true;
  }
  const font = fontkit.create(bytes);
  installDesubroutinizedSubsets(font);
  installShapingCache(font);
  const id = parsedById.size + 1;
  parsedById.set(id, font);
  const handle = new Uint8Array(HANDLE_LENGTH);
  handle.set(HANDLE_MAGIC);
  new DataView(handle.buffer).setUint32(HANDLE_MAGIC.length, id);
  const entry = { handle, font };
  handleByBytes.set(bytes, entry);
  return entry;
}

export type ParsedFontSet = Record<FontFamily, Record<FontWeight, { handle: Uint8Array; font: FontkitFont }>>;

export function parseFontSet(set: FontSet): ParsedFontSet {
  const result = {} as ParsedFontSet;
  for (const family of FONT_FAMILIES) {
    result[family] = { normal: registerParsedFont(set[family].normal), bold: registerParsedFont(set[family].bold) };
  }
  return result;
}
