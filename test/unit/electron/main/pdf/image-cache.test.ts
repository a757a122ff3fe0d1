// The letterhead image cache (image-cache.ts): a logo pdfkit must decode (transparency,
// palette transparency, interlacing) is decoded once per thread; the PDF's bytes are those
// of decoding it again; a changed logo is a new entry, never the old one served again.
import zlib from 'node:zlib';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildLetterDocument } from '../../../../../electron/main/documents/build/letter';
import { imageCacheStats, setImageCache } from '../../../../../electron/main/pdf/image-cache';
import { renderPdfNaive } from '../../../../../electron/main/pdf/naive';
import { locateFontFiles } from '../../../../../electron/main/pdf/fonts';
import { initRenderer, renderPdf } from '../../../../../electron/main/pdf/render';
import { sampleLetter } from '../../../../../electron/main/documents/build/samples';
import type { DocDefinition } from '../../../../../electron/main/pdf/types';
import { rasterize } from './poppler';

const FIXED_DATE = '2025-03-08T09:00:00Z';

// -- small PNGs made here, so the test needs no image files ------------------------------------

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG of the given colour type from rows of raw pixel bytes (filter 0 on every row). */
function png(width: number, height: number, colorType: number, rows: Buffer[], extra: Buffer[] = [], interlace = 0): string {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = colorType;
  header[12] = interlace;
  const raw = Buffer.concat(rows.map((row) => Buffer.concat([Buffer.from([0]), row])));
  const file = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), ...extra, chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
  return `data:image/png;base64,${file.toString('base64')}`;
}

/** A 48×48 RGBA disc in `rgb`, transparent outside: what a logo with a transparent background is. */
function rgbaLogo(rgb: [number, number, number]): string {
  const rows: Buffer[] = [];
  for (let y = 0; y < 48; y++) {
    const row = Buffer.alloc(48 * 4);
    for (let x = 0; x < 48; x++) {
      const inside = (x - 24) ** 2 + (y - 24) ** 2 < 20 ** 2;
      row.set([rgb[0], rgb[1], rgb[2], inside ? 255 : 0], x * 4);
    }
    rows.push(row);
  }
  return png(48, 48, 6, rows);
}

/** A palette PNG whose first colour is transparent (pdfkit's indexed-alpha path). */
function paletteLogo(): string {
  const rows = Array.from({ length: 16 }, (_, y) => Buffer.from(Array.from({ length: 16 }, (_, x) => ((x + y) % 3 === 0 ? 0 : 1))));
  return png(16, 16, 3, rows, [chunk('PLTE', Buffer.from([255, 255, 255, 20, 80, 160])), chunk('tRNS', Buffer.from([0]))]);
}

/** A 1×1 interlaced RGB PNG (pdfkit's de-interlacing path; Adam7's first pass holds the pixel). */
function interlacedLogo(): string {
  return png(1, 1, 2, [Buffer.from([200, 30, 30])], [], 1);
}

function letterWithLogo(logoDataUrl: string): DocDefinition {
  const data = sampleLetter('zh-CN');
  data.letterhead = { ...data.letterhead!, logoDataUrl };
  return buildLetterDocument(data);
}

beforeAll(async () => {
  await initRenderer();
});
afterEach(() => setImageCache(true));

describe('the letterhead decoded once per thread', () => {
  it('a second letter reuses the decoded logo, and its bytes are those of decoding it again', async () => {
    const letter = letterWithLogo(rgbaLogo([20, 80, 160]));
    const first = await renderPdf(letter, { creationDate: FIXED_DATE });
    const afterFirst = imageCacheStats();
    const second = await renderPdf(letter, { creationDate: FIXED_DATE });
    const afterSecond = imageCacheStats();
    expect(afterSecond.hits).toBe(afterFirst.hits + 1);
    expect(afterSecond.misses).toBe(afterFirst.misses);
    expect(second.equals(first)).toBe(true);

    setImageCache(false);
    const decodedAgain = await renderPdf(letter, { creationDate: FIXED_DATE });
    expect(imageCacheStats().hits).toBe(afterSecond.hits);
    expect(decodedAgain.equals(second)).toBe(true);
  });

  it('a changed letterhead is decoded anew, never served from the old one', async () => {
    const blue = letterWithLogo(rgbaLogo([20, 80, 160]));
    const red = letterWithLogo(rgbaLogo([200, 30, 30]));
    await renderPdf(blue, { creationDate: FIXED_DATE });
    const before = imageCacheStats();
    const redCached = await renderPdf(red, { creationDate: FIXED_DATE });
    expect(imageCacheStats().misses).toBe(before.misses + 1);
    setImageCache(false);
    const redFresh = await renderPdf(red, { creationDate: FIXED_DATE });
    setImageCache(true);
    expect(redCached.equals(redFresh)).toBe(true);
    // and it is red on the page, where the blue letter has no red at all
    const reddish = (pdf: Buffer): number => {
      const { pixels } = rasterize(pdf, 1, 72);
      let count = 0;
      for (let i = 0; i < pixels.length; i += 3) if (pixels[i]! > 150 && pixels[i + 1]! < 100 && pixels[i + 2]! < 100) count++;
      return count;
    };
    expect(reddish(redCached)).toBeGreaterThan(200);
    expect(reddish(await renderPdf(blue, { creationDate: FIXED_DATE }))).toBe(0);
  });

  it('palette transparency and interlacing go through the cache with the same bytes too', async () => {
    for (const logo of [paletteLogo(), interlacedLogo()]) {
      const letter = letterWithLogo(logo);
      const first = await renderPdf(letter, { creationDate: FIXED_DATE });
      const hits = imageCacheStats().hits;
      const second = await renderPdf(letter, { creationDate: FIXED_DATE });
      expect(imageCacheStats().hits).toBe(hits + 1);
      setImageCache(false);
      const fresh = await renderPdf(letter, { creationDate: FIXED_DATE });
      setImageCache(true);
      expect(second.equals(fresh)).toBe(true);
      expect(first.equals(fresh)).toBe(true);
    }
  });

  it('keeps a few images at most, and leaves the naive baseline alone', async () => {
    for (let i = 0; i < 6; i++) await renderPdf(letterWithLogo(rgbaLogo([i * 40, 60, 90])), { creationDate: FIXED_DATE });
    expect(imageCacheStats().entries).toBeLessThanOrEqual(4);
    const before = imageCacheStats();
    await renderPdfNaive(letterWithLogo(rgbaLogo([20, 80, 160])), {}, locateFontFiles());
    expect(imageCacheStats()).toEqual(before);
  });
});
