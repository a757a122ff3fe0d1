// The CJK fonts Parley embeds in its PDFs: where they are, reading them once, and handing
// pdfkit fonts that are already parsed.
//
// Fonts: Noto Sans CJK (OFL 1.1) from the npm packages @embedpdf/fonts-sc ("Noto Sans Hans",
// Simplified) and @embedpdf/fonts-tc ("Noto Sans Hant", Traditional), CFF-flavoured OTF.
// Only Regular and Bold are used. Their Latin letters and digits are Adobe's Source Sans
// design, with tabular (equal-width) digits, so amounts line up in columns.
//
// Why the caching matters: pdfmake hands pdfkit a font source for every document, and
// pdfkit calls fontkit.create() on it, which parses the 8 MB font (tables, cmap, CFF
// indexes) again each time: that is most of a naive render. fontkit lets callers register
// extra font formats, and its create() returns whatever the matching format's constructor
// returns. We register one format that recognises a 12-byte handle ("PARLEYF1" + id) and
// returns the fontkit font we parsed once. pdfmake then gets the handle instead of the
// font file, so every document reuses the parsed font (and its glyph and layout caches)
// while pdfkit still builds a fresh per-document subset. With only this, the output is
// byte-identical to the naive path. The second saving is in the subset itself (see
// "CFF subsets without subroutines" below).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const FONT_FAMILIES = ['ParleySC', 'ParleyTC'] as const;
export type FontFamily = (typeof FONT_FAMILIES)[number];
export type FontWeight = 'normal' | 'bold';

/** Per family: the npm package and the two files used from its fonts/ folder. */
export const FONT_SOURCES: Record<FontFamily, { pkg: string } & Record<FontWeight, string>> = {
  ParleySC: { pkg: '@embedpdf/fonts-sc', normal: 'NotoSansHans-Regular.otf', bold: 'NotoSansHans-Bold.otf' },
  ParleyTC: { pkg: '@embedpdf/fonts-tc', normal: 'NotoSansHant-Regular.otf', bold: 'NotoSansHant-Bold.otf' },
};

export type FontPaths = Record<FontFamily, Record<FontWeight, string>>;
/** Font file bytes; backed by SharedArrayBuffers so worker threads can use them without a copy. */
export type FontSet = Record<FontFamily, Record<FontWeight, Uint8Array>>;

const localRequire = createRequire(import.meta.url);

export interface LocateOptions {
  /** A folder holding the four .otf files (overrides everything else). */
  fontDir?: string;
  /** Electron's process.resourcesPath when packaged; fonts may be vendored in resources/fonts. */
  resourcesPath?: string;
}

function packageFontDir(pkg: string): string | null {
  try {
    // The packages export only ".", which resolves to dist/index.cjs; the fonts sit beside dist/.
    return path.join(path.dirname(localRequire.resolve(pkg)), '..', 'fonts');
  } catch {
    return null;
  }
}

/** Finds the font files: explicit folder, then resources/fonts (packaged app), then node_modules. */
export function locateFontFiles(options: LocateOptions = {}): FontPaths {
  const resourcesPath = options.resourcesPath ?? (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath;
  const result = {} as FontPaths;
  for (const family of FONT_FAMILIES) {
    const source = FONT_SOURCES[family];
    const dirs = [
      options.fontDir,
      process.env.PARLEY_FONT_DIR,
      resourcesPath ? path.join(resourcesPath, 'resources', 'fonts') : undefined,
      packageFontDir(source.pkg),
    ].filter((d): d is string => typeof d === 'string' && d.length > 0);
    const pick = (file: string): string => {
      for (const dir of dirs) {
        const candidate = path.join(dir, file);
        if (fs.existsSync(candidate)) return candidate;
      }
      throw new Error(`PDF font ${file} not found; looked in: ${dirs.join(', ') || '(nowhere)'}. Is ${source.pkg} installed?`);
    };
    result[family] = { normal: pick(source.normal), bold: pick(source.bold) };
  }
  return result;
}

async function readIntoShared(file: string): Promise<Uint8Array> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const { size } = await handle.stat();
    const bytes = new Uint8Array(new SharedArrayBuffer(size));
    let offset = 0;
    while (offset < size) {
      const { bytesRead } = await handle.read(bytes, offset, size - offset, offset);
      if (bytesRead === 0) throw new Error(`Unexpected end of ${file}`);
      offset += bytesRead;
    }
    return bytes;
  } finally {
    await handle.close();
  }
}

/** Reads the four font files into shared memory (no intermediate copies). */
export async function readFontSet(paths: FontPaths): Promise<FontSet> {
  const entries = await Promise.all(
    FONT_FAMILIES.map(async (family) => {
      const [normal, bold] = await Promise.all([readIntoShared(paths[family].normal), readIntoShared(paths[family].bold)]);
      return [family, { normal, bold }] as const;
    }),
  );
  return Object.fromEntries(entries) as FontSet;
}

let processFontSet: Promise<FontSet> | undefined;

/** The process's one copy of the font bytes, read on first use. */
export function loadFontSet(options: LocateOptions = {}): Promise<FontSet> {
  if (!processFontSet) {
    processFontSet = (async () => readFontSet(locateFontFiles(options)))();
    processFontSet.catch(() => {
      processFontSet = undefined; // let a later call retry (e.g. after the files appear)
    });
  }
  return processFontSet;
}

export function fontSetBytes(set: FontSet): number {
  return FONT_FAMILIES.reduce((sum, f) => sum + set[f].normal.byteLength + set[f].bold.byteLength, 0);
}

// ---------------------------------------------------------------------------------------
// fontkit, as pdfkit sees it

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

// -- CFF subsets without subroutines --------------------------------------------------------
// fontkit's CFF subsetter copies the used glyphs' charstrings and keeps every subroutine
// slot (charstrings call subroutines by index), replacing unused ones with one-byte stubs.
// Noto Sans CJK has ~22,000 local subroutines in its ideograph FD and 600 global ones, so
// each document's subset writes indexes of that size: most of the time a warm render takes.
// For our shared fonts we instead inline the subroutines into each used glyph's charstring
// ("desubroutinize", as font subsetters commonly do) and write no subroutines at all. The
// glyph outlines are the same instructions in the same order; a test renders text both
// ways and compares the pixels. Inlined charstrings are cached per glyph across documents.

interface CffIndexEntry {
  offset: number;
  length: number;
}

interface CffTable {
  version: number;
  isCIDFont: boolean;
  stream: { pos: number; readBuffer(length: number): Uint8Array };
  globalSubrIndex: CffIndexEntry[];
  topDict: { FDArray?: (Record<string, unknown> & { Private?: Record<string, unknown> & { Subrs?: CffIndexEntry[] } })[] };
  getCharString(glyphId: number): Uint8Array;
  fdForGlyph(glyphId: number): number | null;
  privateDictForGlyph(glyphId: number): { Subrs?: CffIndexEntry[] } | null;
}

interface CffSubset {
  cff: CffTable;
  glyphs: number[];
  charstrings?: Uint8Array[];
  gsubrs?: Uint8Array[];
  subsetCharstrings?: () => void;
  subsetFontdict?: (topDict: Record<string, unknown>) => void;
}

function subrBias(count: number): number {
  return count < 1240 ? 107 : count < 33900 ? 1131 : 32768;
}

/** Type 2 escape operators that compute on the stack (deprecated; we refuse to inline around them). */
const ARITHMETIC_ESCAPES = new Set([3, 4, 5, 9, 10, 11, 12, 14, 15, 18, 20, 21, 22, 23, 24, 26, 27, 28, 29, 30]);

export class Desubroutinizer {
  private readonly cache = new Map<number, Uint8Array>();
  private readonly globalBias: number;

  constructor(private readonly cff: CffTable) {
    this.globalBias = subrBias(cff.globalSubrIndex.length);
  }

  get cachedGlyphs(): number {
    return this.cache.size;
  }

  /** The glyph's charstring with every callsubr/callgsubr replaced by the subroutine's body. */
  charString(glyphId: number): Uint8Array {
    const cached = this.cache.get(glyphId);
    if (cached) return cached;
    const local = this.cff.privateDictForGlyph(glyphId)?.Subrs ?? [];
    const out: number[] = [];
    const state = { stack: [] as { value: number; start: number }[], stems: 0, ended: false };
    const read = (entry: CffIndexEntry): Uint8Array => {
      this.cff.stream.pos = entry.offset;
      return this.cff.stream.readBuffer(entry.length);
    };
    const run = (bytes: Uint8Array, depth: number): void => {
      if (depth > 10) throw new Error('CFF subroutines nested too deeply');
      let i = 0;
      while (i < bytes.length && !state.ended) {
        const b0 = bytes[i]!;
        if (b0 >= 32 || b0 === 28) {
          let length: number;
          let value: number;
          if (b0 === 28) {
            length = 3;
            value = ((bytes[i + 1]! << 24) | (bytes[i + 2]! << 16)) >> 16;
          } else if (b0 <= 246) {
            length = 1;
            value = b0 - 139;
          } else if (b0 <= 250) {
            length = 2;
            value = (b0 - 247) * 256 + bytes[i + 1]! + 108;
          } else if (b0 <= 254) {
            length = 2;
            value = -(b0 - 251) * 256 - bytes[i + 1]! - 108;
          } else {
            length = 5;
            value = NaN; // 16.16 fixed: never a subroutine number
          }
          state.stack.push({ value, start: out.length });
          for (let k = 0; k < length; k++) out.push(bytes[i + k]!);
          i += length;
          continue;
        }
        if (b0 === 10 || b0 === 29) {
          // callsubr / callgsubr: drop the index operand, splice in the subroutine.
          const top = state.stack.pop();
          if (!top || !Number.isInteger(top.value)) throw new Error('Computed subroutine index');
          out.length = top.start;
          const subrs = b0 === 10 ? local : this.cff.globalSubrIndex;
          const entry = subrs[top.value + (b0 === 10 ? subrBias(local.length) : this.globalBias)];
          if (!entry) throw new Error('Subroutine index out of range');
          run(read(entry), depth + 1);
          i += 1;
          continue;
        }
        if (b0 === 11) return; // return: end of this subroutine (not copied)
        if (b0 === 14) {
          out.push(14); // endchar
          state.ended = true;
          return;
        }
        if (b0 === 1 || b0 === 3 || b0 === 18 || b0 === 23) {
          state.stems += state.stack.length >> 1; // an odd count carries the advance width first
          state.stack.length = 0;
          out.push(b0);
          i += 1;
          continue;
        }
        if (b0 === 19 || b0 === 20) {
          // hintmask / cntrmask: pending operands are implicit vstems; then the mask bytes.
          state.stems += state.stack.length >> 1;
          state.stack.length = 0;
          const maskBytes = (state.stems + 7) >> 3;
          for (let k = 0; k <= maskBytes; k++) out.push(bytes[i + k]!);
          i += 1 + maskBytes;
          continue;
        }
        if (b0 === 12) {
          const op2 = bytes[i + 1]!;
          if (ARITHMETIC_ESCAPES.has(op2)) throw new Error('Arithmetic charstring operator');
          out.push(12, op2);
          state.stack.length = 0;
          i += 2;
          continue;
        }
        out.push(b0);
        state.stack.length = 0;
        i += 1;
      }
    };
    run(this.cff.getCharString(glyphId), 0);
    const result = Uint8Array.from(out);
    this.cache.set(glyphId, result);
    return result;
  }
}

type CreateSubset = (this: FontkitFont) => CffSubset;

/**
 * Gives this (shared) font object its own createSubset(), whose subsets write inlined
 * charstrings and no subroutines. Other fontkit fonts (e.g. a naive render's) are untouched.
 * If a glyph cannot be inlined, that subset falls back to fontkit's own method.
 */
function installDesubroutinizedSubsets(font: FontkitFont): Desubroutinizer | null {
  const cff = (font as unknown as { 'CFF '?: CffTable })['CFF '];
  if (!cff || !cff.isCIDFont || cff.version >= 2) return null;
  const proto = Object.getPrototypeOf(font) as { createSubset: CreateSubset };
  const fontkitCreateSubset = proto.createSubset;
  const desub = new Desubroutinizer(cff);
  const withInlining = function (this: FontkitFont): CffSubset {
    const subset = fontkitCreateSubset.call(this);
    if (!fastSubsetting || subset.cff !== cff) return subset;
    const own = subset as CffSubset & Record<string, unknown>;
    own.subsetCharstrings = function (this: CffSubset) {
      try {
        this.charstrings = this.glyphs.map((gid) => desub.charString(gid));
        this.gsubrs = [];
      } catch {
        delete own.subsetCharstrings;
        delete own.subsetFontdict;
        (Object.getPrototypeOf(this) as { subsetCharstrings: () => void }).subsetCharstrings.call(this);
      }
    };
    own.subsetFontdict = function (this: CffSubset, topDict: Record<string, unknown>) {
      const fdArray: Record<string, unknown>[] = [];
      const fds: number[] = [];
      const indexOfFd = new Map<number, number>();
      for (const gid of this.glyphs) {
        const fd = this.cff.fdForGlyph(gid);
        if (fd == null) continue;
        let index = indexOfFd.get(fd);
        if (index === undefined) {
          const source = this.cff.topDict.FDArray![fd]!;
          const copy: Record<string, unknown> = { ...source };
          delete copy.FontName;
          if (source.Private) {
            const privateDict: Record<string, unknown> = { ...source.Private };
            delete privateDict.Subrs; // everything is inlined
            copy.Private = privateDict;
          }
          index = fdArray.push(copy) - 1;
          indexOfFd.set(fd, index);
        }
        fds.push(index);
      }
      topDict.FDArray = fdArray;
      topDict.FDSelect = { version: 0, fds };
    };
    return subset;
  };
  (font as unknown as { createSubset: CreateSubset }).createSubset = withInlining;
  return desub;
}

let fastSubsetting = true;

/** Test/benchmark switch: false makes the shared fonts use fontkit's own subsetting again. */
export function setFastSubsetting(enabled: boolean): void {
  fastSubsetting = enabled;
}

/** For tests: encodes a CFF subset of the given glyphs with fontkit's own or Parley's subsetting. */
export function encodeSubset(font: FontkitFont, glyphIds: number[], variant: 'fontkit' | 'parley'): Uint8Array {
  const create = (variant === 'fontkit' ? (Object.getPrototypeOf(font) as { createSubset: unknown }).createSubset : font.createSubset) as (this: FontkitFont) => ReturnType<FontkitFont['createSubset']>;
  const subset = create.call(font);
  for (const id of glyphIds) subset.includeGlyph(id);
  return subset.encode();
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

// ---------------------------------------------------------------------------------------
// Glyph coverage

/** Code points of `text` that `font` has no glyph for (each reported once, in order). */
export function missingCharacters(font: FontkitFont, text: string): string[] {
  const missing: string[] = [];
  const seen = new Set<number>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (seen.has(cp) || isLayoutOnly(cp)) continue;
    seen.add(cp);
    if (!font.hasGlyphForCodePoint(cp)) missing.push(ch);
  }
  return missing;
}

/** Characters that never need a glyph: line breaks, tabs and other controls. */
export function isLayoutOnly(codePoint: number): boolean {
  return codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0) || codePoint === 0x200b || codePoint === 0xfeff;
}
