// Shaped text kept across documents.
//
// pdfkit measures and sets every word through font.layout(), fontkit's OpenType shaping
// (script detection, GSUB and GPOS lookups). pdfkit keeps the results only for one document
// (its layoutCache lives on the per-document font object), so every letter shaped the same
// characters again: about an eighth of a warm letter's time. Our fonts are parsed once per
// thread and shared by every document (parsed-fonts.ts), so a cache on them outlives the
// document: each word is shaped once per thread.
//
// Only plain calls are cached (a string, no features, script, language or direction: how
// pdfkit calls it for Parley's documents). pdfkit scales a run's positions in place, so
// every call gets its own copy of the positions (and of the glyph list); the cached run is
// never handed out. Glyph objects are fontkit's own per-font cache and are only read.
// The cache is bounded: when full it is emptied and fills again with what is in use.
import type { FontkitFont } from './parsed-fonts';

export const SHAPING_CACHE_MAX_ENTRIES = 20_000;

interface GlyphRunLike {
  glyphs: unknown[];
  positions: Record<string, number>[];
}

export interface ShapingCacheStats {
  entries: number;
  hits: number;
  misses: number;
}

type Layout = (this: FontkitFont, text: unknown, ...rest: unknown[]) => GlyphRunLike;

const caches = new WeakMap<FontkitFont, ShapingCacheStats>();
let enabled = true;

/** Test/benchmark switch: false makes every call shape again (as pdfkit alone would). */
export function setShapingCache(on: boolean): void {
  enabled = on;
}

/** A copy a caller may change freely: the run's own fields, fresh position objects, a new glyph list. */
function copyRun(run: GlyphRunLike): GlyphRunLike {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(run) as object) as GlyphRunLike, run);
  copy.glyphs = run.glyphs.slice();
  copy.positions = run.positions.map((p) => Object.assign(Object.create(Object.getPrototypeOf(p) as object) as Record<string, number>, p));
  return copy;
}

/** Gives this (shared) font a layout() that shapes each distinct string once. */
export function installShapingCache(font: FontkitFont, maxEntries = SHAPING_CACHE_MAX_ENTRIES): void {
  if (caches.has(font)) return;
  const shape = (font as unknown as { layout: Layout }).layout;
  const runs = new Map<string, GlyphRunLike>();
  const stats: ShapingCacheStats = { entries: 0, hits: 0, misses: 0 };
  const cachedLayout: Layout = function (this: FontkitFont, text, ...rest) {
    if (!enabled || typeof text !== 'string' || rest.some((arg) => arg != null)) return shape.call(this, text, ...rest);
    let run = runs.get(text);
    if (run) {
      stats.hits++;
    } else {
      stats.misses++;
      run = shape.call(this, text);
      if (runs.size >= maxEntries) runs.clear();
      runs.set(text, run);
      stats.entries = runs.size;
    }
    return copyRun(run);
  };
  (font as unknown as { layout: Layout }).layout = cachedLayout;
  caches.set(font, stats);
}

/** Hits, misses and size of a font's cache (null when it has none). */
export function shapingCacheStats(font: FontkitFont): ShapingCacheStats | null {
  const stats = caches.get(font);
  return stats ? { ...stats } : null;
}
