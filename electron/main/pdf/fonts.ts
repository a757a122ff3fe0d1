// The CJK fonts Parley embeds in its PDFs: which files, where they are, reading them once
// into memory every thread can share, and which characters they cover.
//
// Fonts: Noto Sans CJK (OFL 1.1) from the npm packages @embedpdf/fonts-sc ("Noto Sans Hans",
// Simplified) and @embedpdf/fonts-tc ("Noto Sans Hant", Traditional), CFF-flavoured OTF.
// Only Regular and Bold are used. Their Latin letters and digits are Adobe's Source Sans
// design, with tabular (equal-width) digits, so amounts line up in columns.
//
// Parsing them once per thread and handing pdfkit the parsed fonts is parsed-fonts.ts; the
// smaller per-document subsets are cff-subset.ts; shaped text kept across documents is
// shaping-cache.ts.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { FontkitFont } from './parsed-fonts';

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

// -- glyph coverage ---------------------------------------------------------------------------

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
