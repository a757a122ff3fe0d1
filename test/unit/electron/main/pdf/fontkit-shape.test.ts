import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { locateFontFiles } from '../../../../../electron/main/pdf/fonts';
import { getFontkit, registerParsedFont, type FontkitFont } from '../../../../../electron/main/pdf/parsed-fonts';

// electron/main/pdf/parsed-fonts.ts and cff-subset.ts reach into fontkit (the copy pdfkit loads): a registered font
// format whose constructor returns a parsed font, the CFF table's internals, and the CFF
// subset's subsetCharstrings()/subsetFontdict() which it overrides per subset. None of that is
// fontkit's public API, so this test pins its shape: an upgrade that changes it fails here,
// not in a counsellor's PDF. (fontkit and pdfkit are pinned exactly in package.json.)

type Proto = Record<string, unknown>;
let font: FontkitFont & Record<string, unknown>;
let fontkitFont: FontkitFont & Record<string, unknown>;

beforeAll(() => {
  const bytes = new Uint8Array(fs.readFileSync(locateFontFiles().ParleySC.normal));
  font = registerParsedFont(bytes).font as FontkitFont & Record<string, unknown>;
  fontkitFont = getFontkit().create(bytes) as FontkitFont & Record<string, unknown>;
});

describe('the fontkit that pdfkit loads', () => {
  it('is the pinned version, from pdfmake -> pdfkit', () => {
    const pkg = JSON.parse(fs.readFileSync(new URL('../../../../../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };
    expect(pkg.dependencies['fontkit']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.dependencies['pdfkit']).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('registers formats, and create() returns what the matching format constructor returns', () => {
    const fontkit = getFontkit();
    expect(typeof fontkit.registerFormat).toBe('function');
    const marker = { itIs: 'the object the constructor returned' };
    class Probe {
      static probe(bytes: Uint8Array) {
        return bytes.length === 3 && bytes[0] === 0xfe && bytes[1] === 0xed && bytes[2] === 0x01;
      }
      constructor(stream: { buffer: Uint8Array }) {
        expect(stream.buffer).toBeInstanceOf(Uint8Array);
        return marker as unknown as Probe;
      }
    }
    fontkit.registerFormat(Probe);
    expect(fontkit.create(new Uint8Array([0xfe, 0xed, 0x01]))).toBe(marker);
  });

  it('has a CID-keyed CFF table with the members the desubroutinizer reads', () => {
    const cff = fontkitFont['CFF '] as Record<string, unknown> & { stream: Record<string, unknown>; topDict: { FDArray: { Private?: { Subrs?: unknown[] } }[] } };
    expect(cff).toBeTruthy();
    expect(cff['isCIDFont']).toBe(true);
    expect(cff['version']).toBe(1);
    expect(typeof cff.stream['pos']).toBe('number');
    expect(typeof cff.stream['readBuffer']).toBe('function');
    const gsubrs = cff['globalSubrIndex'] as { offset: number; length: number }[];
    expect(gsubrs.length).toBeGreaterThan(0);
    expect(gsubrs[0]).toEqual({ offset: expect.any(Number), length: expect.any(Number) });
    expect(Array.isArray(cff.topDict.FDArray)).toBe(true);
    expect(cff.topDict.FDArray.some((fd) => Array.isArray(fd.Private?.Subrs) && fd.Private.Subrs.length > 0)).toBe(true);
    for (const method of ['getCharString', 'fdForGlyph', 'privateDictForGlyph']) expect(typeof cff[method], method).toBe('function');
    const gid = fontkitFont.glyphForCodePoint('债'.codePointAt(0)!).id;
    expect((cff['getCharString'] as (g: number) => Uint8Array).call(cff, gid)).toBeInstanceOf(Uint8Array);
    expect(typeof (cff['fdForGlyph'] as (g: number) => number).call(cff, gid)).toBe('number');
  });

  it('makes CFF subsets whose encode() calls subsetCharstrings() and subsetFontdict(topDict), the two methods Parley overrides', () => {
    const subset = (Object.getPrototypeOf(fontkitFont) as Proto)['createSubset'] as (this: FontkitFont) => Record<string, unknown> & { includeGlyph(g: number): number; encode(): Uint8Array };
    const s = subset.call(fontkitFont);
    expect(s['cff']).toBe(fontkitFont['CFF ']);
    expect(Array.isArray(s['glyphs'])).toBe(true);
    const proto = Object.getPrototypeOf(s) as Proto;
    expect(typeof proto['subsetCharstrings']).toBe('function');
    expect(typeof proto['subsetFontdict']).toBe('function');
    const calls: string[] = [];
    s['subsetCharstrings'] = function (this: Record<string, unknown>) {
      calls.push('subsetCharstrings');
      (proto['subsetCharstrings'] as () => void).call(this);
      expect(Array.isArray(this['charstrings'])).toBe(true);
      expect(Array.isArray(this['gsubrs'])).toBe(true);
    };
    s['subsetFontdict'] = function (this: Record<string, unknown>, topDict: Record<string, unknown>) {
      calls.push('subsetFontdict');
      expect(typeof topDict).toBe('object');
      (proto['subsetFontdict'] as (t: unknown) => void).call(this, topDict);
      expect(topDict).toHaveProperty('FDArray');
      expect(topDict).toHaveProperty('FDSelect');
    };
    s.includeGlyph(fontkitFont.glyphForCodePoint('债'.codePointAt(0)!).id);
    expect(s.encode()).toBeInstanceOf(Uint8Array);
    expect(calls).toEqual(['subsetCharstrings', 'subsetFontdict']);
  });

  it('and Parley\'s own subsets of the shared font still go through the override (no subroutines written)', () => {
    const gid = font.glyphForCodePoint('债'.codePointAt(0)!).id;
    const ours = font.createSubset() as unknown as Record<string, unknown> & { includeGlyph(g: number): number; encode(): Uint8Array };
    ours.includeGlyph(gid);
    ours.encode();
    expect(ours['gsubrs']).toEqual([]);
  });

  it('lays text out as a run of shared glyphs, positions with four numbers each and an advanceWidth summed from them (what the shaping cache copies)', () => {
    const layout = (Object.getPrototypeOf(fontkitFont) as Proto)['layout'] as (this: FontkitFont, text: string) => Record<string, unknown>;
    const run = layout.call(fontkitFont, '债务 12');
    const glyphs = run['glyphs'] as { id: number }[];
    const positions = run['positions'] as Record<string, number>[];
    expect(glyphs).toHaveLength(5);
    expect(positions).toHaveLength(5);
    for (const p of positions) expect(Object.keys(p).sort()).toEqual(['xAdvance', 'xOffset', 'yAdvance', 'yOffset']);
    const getter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(run), 'advanceWidth');
    expect(typeof getter?.get).toBe('function');
    positions[0]!['xAdvance'] = positions[0]!['xAdvance']! + 7;
    expect(run['advanceWidth']).toBe(positions.reduce((sum, p) => sum + p['xAdvance']!, 0));
    expect(layout.call(fontkitFont, '债务 12')['glyphs']).not.toBe(glyphs); // a new run each call: pdfkit may change it
  });
});
