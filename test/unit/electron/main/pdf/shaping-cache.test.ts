// The shaping cache (shaping-cache.ts): words shaped once per thread, across documents,
// with the PDF bytes exactly what shaping every word again gives.
import fs from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildLetterDocument } from '../../../../../electron/main/documents/build/letter';
import { buildPacketDocument } from '../../../../../electron/main/documents/build/packet';
import { locateFontFiles } from '../../../../../electron/main/pdf/fonts';
import { getFontkit, type FontkitFont } from '../../../../../electron/main/pdf/parsed-fonts';
import { initRenderer, renderPdf, type FontEngine } from '../../../../../electron/main/pdf/render';
import { sampleFullPacket, sampleLetter } from '../../../../../electron/main/documents/build/samples';
import { installShapingCache, setShapingCache, shapingCacheStats } from '../../../../../electron/main/pdf/shaping-cache';

const FIXED_DATE = '2025-03-08T09:00:00Z';

interface Run {
  glyphs: { id: number }[];
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[];
  advanceWidth: number;
}
type Layout = (text: string, features?: string[]) => Run;

let engine: FontEngine;
beforeAll(async () => {
  engine = await initRenderer();
});
afterEach(() => setShapingCache(true));

function regular(): FontkitFont {
  return engine.parsed.ParleySC.normal.font;
}

describe('shaped text kept across documents', () => {
  it('a second letter shapes nothing new, and its bytes are those of shaping every word again', async () => {
    const letter = buildLetterDocument(sampleLetter('zh-CN'));
    const cached = await renderPdf(letter, { creationDate: FIXED_DATE });
    const before = shapingCacheStats(regular())!;
    const again = await renderPdf(letter, { creationDate: FIXED_DATE });
    const after = shapingCacheStats(regular())!;
    expect(after.misses).toBe(before.misses);
    expect(after.hits).toBeGreaterThan(before.hits + 100);
    expect(again.equals(cached)).toBe(true);

    setShapingCache(false);
    const uncached = await renderPdf(letter, { creationDate: FIXED_DATE });
    expect(shapingCacheStats(regular())!.hits).toBe(after.hits); // really not used
    expect(uncached.equals(cached)).toBe(true);
  });

  it('a packet in each language comes out byte for byte as without the cache', async () => {
    for (const language of ['zh-CN', 'zh-TW', 'en'] as const) {
      const packet = buildPacketDocument(sampleFullPacket(1, language));
      const cached = await renderPdf(packet, { creationDate: FIXED_DATE });
      setShapingCache(false);
      const uncached = await renderPdf(packet, { creationDate: FIXED_DATE });
      setShapingCache(true);
      expect(cached.equals(uncached), language).toBe(true);
    }
  });

  it('hands out copies: a caller scaling positions in place (as pdfkit does) cannot change the next answer', () => {
    const layout = (regular() as unknown as { layout: Layout }).layout.bind(regular());
    const first = layout('债务');
    const width = first.advanceWidth;
    for (const p of first.positions) p.xAdvance *= 1000;
    first.glyphs.length = 0;
    const second = layout('债务');
    expect(second.glyphs).toHaveLength(2);
    expect(second.advanceWidth).toBe(width);
    expect(second.positions[0]).not.toBe(first.positions[0]);
  });

  it('shapes calls with features, script or direction every time', () => {
    const font = regular();
    const layout = (font as unknown as { layout: Layout }).layout.bind(font);
    const before = shapingCacheStats(font)!;
    layout('2025', ['tnum']);
    layout('2025', ['tnum']);
    const after = shapingCacheStats(font)!;
    expect(after.hits).toBe(before.hits);
    expect(after.misses).toBe(before.misses);
  });

  it('is bounded: when full it starts again, and still answers right', () => {
    const font = getFontkit().create(new Uint8Array(fs.readFileSync(locateFontFiles().ParleySC.normal)));
    const plain = (font as unknown as { layout: Layout }).layout.bind(font);
    const expected = ['王', '堃', '陈', '喆', '林'].map((t) => plain(t).glyphs.map((g) => g.id));
    installShapingCache(font, 3);
    const layout = (font as unknown as { layout: Layout }).layout.bind(font);
    const got = ['王', '堃', '陈', '喆', '林'].map((t) => layout(t).glyphs.map((g) => g.id));
    expect(got).toEqual(expected);
    expect(shapingCacheStats(font)!.entries).toBeLessThanOrEqual(3);
    expect(shapingCacheStats(font)!.misses).toBe(5);
  });
});
