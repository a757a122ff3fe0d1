// CFF subsets without subroutines, for the shared (parsed-once) fonts.
//
// fontkit's CFF subsetter copies the used glyphs' charstrings and keeps every subroutine
// slot (charstrings call subroutines by index), replacing unused ones with one-byte stubs.
// Noto Sans CJK has ~22,000 local subroutines in its ideograph FD and 600 global ones, so
// each document's subset writes indexes of that size: most of the time a warm render takes.
// For our shared fonts we instead inline the subroutines into each used glyph's charstring
// ("desubroutinize", as font subsetters commonly do) and write no subroutines at all. The
// glyph outlines are the same instructions in the same order; a test renders text both
// ways and compares the pixels. Inlined charstrings are cached per glyph across documents.
import type { FontkitFont } from './parsed-fonts';

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
export function installDesubroutinizedSubsets(font: FontkitFont): Desubroutinizer | null {
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
