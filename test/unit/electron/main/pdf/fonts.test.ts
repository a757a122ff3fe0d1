import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DOC_LANGUAGES, fixedWords } from '../../../../../electron/main/documents/build/format';
import { buildLetterDocument } from '../../../../../electron/main/documents/build/letter';
import { encodeSubset, setFastSubsetting } from '../../../../../electron/main/pdf/cff-subset';
import { FONT_FAMILIES, locateFontFiles, missingCharacters, type FontFamily } from '../../../../../electron/main/pdf/fonts';
import { getFontkit } from '../../../../../electron/main/pdf/parsed-fonts';
import { renderPdfNaive } from '../../../../../electron/main/pdf/naive';
import { initRenderer, renderPdf, type FontEngine } from '../../../../../electron/main/pdf/render';
import { sampleLetter, SAMPLE_NAMES, samplePacket } from '../../../../../electron/main/documents/build/samples';
import { buildPacketDocument } from '../../../../../electron/main/documents/build/packet';
import type { DocDefinition } from '../../../../../electron/main/pdf/types';
import { pageCount, rasterize } from './poppler';

const RARE = '堃喆燚䶮';
const FIXED_DATE = '2025-03-08T09:00:00Z';

let engine: FontEngine;
beforeAll(async () => {
  engine = await initRenderer();
});

afterEach(() => setFastSubsetting(true));

function font(family: FontFamily, weight: 'normal' | 'bold' = 'normal') {
  return engine.parsed[family][weight].font;
}

describe('locating the fonts', () => {
  it('finds Regular and Bold of the Simplified and Traditional Noto Sans CJK in node_modules', () => {
    const paths = locateFontFiles();
    expect(paths.ParleySC.normal).toMatch(/@embedpdf[\\/]fonts-sc[\\/]fonts[\\/]NotoSansHans-Regular\.otf$/);
    expect(paths.ParleyTC.bold).toMatch(/NotoSansHant-Bold\.otf$/);
    for (const family of FONT_FAMILIES) for (const file of Object.values(paths[family])) expect(fs.statSync(file).size).toBeGreaterThan(1_000_000);
  });

  it('prefers an explicit folder holding the files (e.g. fonts vendored into resources/fonts)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-fonts-'));
    const found = locateFontFiles();
    for (const family of FONT_FAMILIES) for (const file of Object.values(found[family])) fs.symlinkSync(file, path.join(dir, path.basename(file)));
    const paths = locateFontFiles({ fontDir: dir });
    expect(paths.ParleySC.normal).toBe(path.join(dir, 'NotoSansHans-Regular.otf'));
    expect(paths.ParleyTC.bold).toBe(path.join(dir, 'NotoSansHant-Bold.otf'));
    const packaged = locateFontFiles({ resourcesPath: path.dirname(dir) + '/no-such-app' });
    expect(packaged.ParleySC.normal).toBe(found.ParleySC.normal); // nothing vendored there: node_modules
    fs.rmSync(dir, { recursive: true });
  });

  it('parses each font once per thread and hands pdfkit a handle that resolves to the same object', () => {
    const parsed = engine.parsed.ParleySC.normal;
    expect(parsed.handle.byteLength).toBe(12);
    expect(getFontkit().create(parsed.handle)).toBe(parsed.font);
    expect(parsed.font.postscriptName).toBe('NotoSansHans-Regular');
    expect(engine.parsed.ParleyTC.bold.font.postscriptName).toBe('NotoSansHant-Bold');
  });
});

describe('glyph coverage', () => {
  it('the Simplified font has every fixed word of every language and the rare name characters', () => {
    for (const language of DOC_LANGUAGES) {
      const text = fixedWords(language) + RARE + SAMPLE_NAMES.join('');
      expect(missingCharacters(font('ParleySC'), text), language).toEqual([]);
      expect(missingCharacters(font('ParleySC', 'bold'), text), `${language} bold`).toEqual([]);
    }
  });

  it('the Traditional font has the Traditional fixed words; 䶮 (Ext. A) only the Simplified font has', () => {
    expect(missingCharacters(font('ParleyTC'), fixedWords('zh-TW') + '堃喆燚')).toEqual([]);
    expect(missingCharacters(font('ParleyTC', 'bold'), fixedWords('zh-TW'))).toEqual([]);
    // Why render.ts falls back per character: the Traditional subset font lacks U+4DAE.
    expect(missingCharacters(font('ParleyTC'), '䶮')).toEqual(['䶮']);
    expect(FONT_FAMILIES.some((f) => engine.has(f, '䶮'.codePointAt(0)!))).toBe(true);
  });

  it('every character of the sample letters is covered by the letter font or its fallback', () => {
    for (const language of DOC_LANGUAGES) {
      const letter = sampleLetter(language);
      delete letter.letterhead?.logoDataUrl;
      const primary: FontFamily = language === 'zh-TW' ? 'ParleyTC' : 'ParleySC';
      const uncovered = missingCharacters(font(primary), JSON.stringify(letter)).filter((ch) => !FONT_FAMILIES.some((f) => engine.has(f, ch.codePointAt(0)!)));
      expect(uncovered, language).toEqual([]);
    }
  });

  it('every character of the demo data exists in the Simplified font', () => {
    const demo = fs.readFileSync(new URL('../../../../../electron/main/demo/data.ts', import.meta.url), 'utf8');
    const nonAscii = [...new Set([...demo].filter((ch) => ch.codePointAt(0)! > 0x7f))].join('');
    expect(nonAscii.length).toBeGreaterThan(20);
    expect(missingCharacters(font('ParleySC'), nonAscii)).toEqual([]);
  });

  it('digits are tabular, so right-aligned amounts line up', () => {
    const widths = [...'0123456789'].map((d) => font('ParleySC').glyphForCodePoint(d.codePointAt(0)!).advanceWidth);
    expect(new Set(widths).size).toBe(1);
  });
});

describe('subsets without subroutines', () => {
  it('are much smaller than fontkit’s own subsets of the same glyphs', () => {
    const f = font('ParleySC');
    const ids = [...'协商还款申请书王堃陈喆林燚刘䶮0123456789,.'].map((ch) => f.glyphForCodePoint(ch.codePointAt(0)!).id);
    const fontkitBytes = encodeSubset(f, ids, 'fontkit');
    const parleyBytes = encodeSubset(f, ids, 'parley');
    expect(parleyBytes.byteLength).toBeLessThan(fontkitBytes.byteLength / 3);
  });

  it('render pixel-for-pixel the same as fontkit’s subsets', async () => {
    const cases = [
      { doc: buildLetterDocument(sampleLetter('zh-CN')), pages: [1] },
      { doc: buildLetterDocument(sampleLetter('zh-TW')), pages: [1] },
      { doc: buildPacketDocument(samplePacket()), pages: [2, 3] },
    ];
    for (const { doc, pages } of cases) {
      setFastSubsetting(false);
      const reference = await renderPdf(doc, { creationDate: FIXED_DATE });
      setFastSubsetting(true);
      const fast = await renderPdf(doc, { creationDate: FIXED_DATE });
      expect(fast.byteLength).toBeLessThan(reference.byteLength);
      for (const page of pages) {
        const a = rasterize(reference, page, 110);
        const b = rasterize(fast, page, 110);
        expect(Buffer.from(b.pixels).equals(Buffer.from(a.pixels)), `${doc.language} page ${page}`).toBe(true);
      }
    }
  });

  it('render thousands of ideographs (both families, both weights) pixel-for-pixel like fontkit’s subsets', async () => {
    // Every 5th code point of the URO plus part of Ext. A, in runs of 40: ~4,300 glyphs per family.
    const chars: string[] = [];
    for (let cp = 0x4e00; cp <= 0x9fa5; cp += 5) chars.push(String.fromCodePoint(cp));
    for (let cp = 0x3400; cp <= 0x4db5; cp += 29) chars.push(String.fromCodePoint(cp));
    const lines: string[] = [];
    for (let i = 0; i < chars.length; i += 40) lines.push(chars.slice(i, i + 40).join(''));
    const doc = (font: FontFamily, bold: boolean): DocDefinition => ({
      defaultStyle: { font, bold, fontSize: 9, lineHeight: 1.1 },
      pageMargins: [20, 20, 20, 20],
      content: lines.join('\n'),
    });
    for (const [family, bold] of [['ParleySC', false], ['ParleyTC', true]] as const) {
      setFastSubsetting(false);
      const reference = await renderPdf(doc(family, bold), { creationDate: FIXED_DATE });
      setFastSubsetting(true);
      const fast = await renderPdf(doc(family, bold), { creationDate: FIXED_DATE });
      expect(fast.byteLength).toBeLessThan(reference.byteLength);
      const pages = pageCount(reference);
      expect(pages).toBeGreaterThanOrEqual(2);
      for (let page = 1; page <= pages; page++) {
        const a = rasterize(reference, page, 72);
        const b = rasterize(fast, page, 72);
        expect(Buffer.from(b.pixels).equals(Buffer.from(a.pixels)), `${family} page ${page}`).toBe(true);
      }
    }
  }, 120_000);

  it('with fontkit’s subsetting, the cached fonts give byte-identical output to the naive render', async () => {
    setFastSubsetting(false);
    const doc = buildLetterDocument(sampleLetter('zh-TW'));
    const cached = await renderPdf(doc, { creationDate: FIXED_DATE });
    const naive = await renderPdfNaive(doc, { creationDate: FIXED_DATE });
    expect(cached.equals(naive)).toBe(true);
  });
});
