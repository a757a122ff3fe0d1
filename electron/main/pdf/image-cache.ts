// Letterhead images decoded once per thread, not once per document.
//
// pdfkit embeds a PNG with an alpha channel (also an indexed PNG with transparency, or an
// interlaced one) by inflating every pixel, splitting colour from alpha and deflating both
// again – for every document. A 400×400 logo with transparency cost ~30 ms of CPU per
// letter, more than the rest of the letter. Here pdfkit's own embedding still runs, but the
// bytes it computes are kept (keyed by the image file's bytes, so a changed letterhead is a
// different entry, never a stale one) and handed to the next document's image in place of
// decoding again: the PDF is byte for byte the same. PNGs pdfkit copies as they are and
// JPEGs never reach the cache.
//
// Only documents rendered through render.ts use it (their images object is marked), so
// the naive baseline in the benchmarks stays naive.

/** The few images a thread keeps; a counsellor has one letterhead, a second while changing it. */
export const IMAGE_CACHE_MAX_ENTRIES = 4;

/** What pdfkit's decoding computes for one image, ready to write. */
interface Embedded {
  bytes: Buffer;
  imgData: Buffer;
  alphaChannel: Buffer | undefined;
}

/** The members of pdfkit's PNGImage this cache takes part in. */
interface PngImageLike {
  imgData: Buffer | null;
  alphaChannel?: Buffer;
  finalize(): unknown;
}

/** The pdfkit methods that decode pixels, then call finalize() with imgData/alphaChannel set. */
const DECODERS = ['splitAlphaChannel', 'loadIndexedAlphaChannel', 'decodeData'] as const;

export interface ImageCacheStats {
  entries: number;
  hits: number;
  misses: number;
}

const entries: Embedded[] = [];
const stats: ImageCacheStats = { entries: 0, hits: 0, misses: 0 };
const ourImageSets = new WeakSet<object>();
let enabled = true;

/** Test/benchmark switch: false makes every document decode its images again. */
export function setImageCache(on: boolean): void {
  enabled = on;
}

export function imageCacheStats(): ImageCacheStats {
  return { ...stats, entries: entries.length };
}

/** Marks a document's `images` object (as given to pdfmake) as one whose images may be cached. */
export function useImageCache(images: object): void {
  ourImageSets.add(images);
}

function find(bytes: Buffer): Embedded | undefined {
  const index = entries.findIndex((e) => e.bytes.length === bytes.length && e.bytes.equals(bytes));
  if (index < 0) return undefined;
  const [entry] = entries.splice(index, 1);
  entries.unshift(entry!); // most recently used first
  return entry;
}

function remember(entry: Embedded): void {
  if (find(entry.bytes)) return;
  entries.unshift(entry);
  entries.length = Math.min(entries.length, IMAGE_CACHE_MAX_ENTRIES);
}

/** Gives one pdfkit PNG image decoders that use (or fill) the cache for these file bytes. */
function attach(image: PngImageLike & Record<string, unknown>, bytes: Buffer): void {
  const proto = Object.getPrototypeOf(image) as Record<string, unknown>;
  for (const name of DECODERS) {
    const decode = proto[name];
    if (typeof decode !== 'function') continue;
    image[name] = function (this: PngImageLike) {
      const known = find(bytes);
      if (known) {
        stats.hits++;
        // pdfkit finishes a decoded image from zlib's callback, after the pages and fonts have
        // taken their object numbers; finishing later the same way keeps the file's bytes.
        setImmediate(() => {
          this.imgData = known.imgData;
          if (known.alphaChannel) this.alphaChannel = known.alphaChannel;
          this.finalize();
        });
        return undefined;
      }
      stats.misses++;
      const finalize = this.finalize;
      this.finalize = function (this: PngImageLike) {
        if (this.imgData) remember({ bytes: Buffer.from(bytes), imgData: this.imgData, alphaChannel: this.alphaChannel });
        return finalize.call(this);
      };
      return (decode as (this: PngImageLike) => unknown).call(this);
    };
  }
}

interface PdfmakeDocument {
  images: object;
  openImage(src: unknown): unknown;
}

/**
 * Hooks pdfmake's PDFDocument class (its module `pdfmake/js/PDFDocument`): images that
 * pdfmake opens from bytes for a marked document get the caching decoders.
 */
export function installImageCache(pdfDocumentClass: { prototype: object }): void {
  const proto = pdfDocumentClass.prototype as PdfmakeDocument & { parleyImageCache?: true };
  if (proto.parleyImageCache) return;
  const open = proto.openImage;
  proto.openImage = function (this: PdfmakeDocument, src: unknown) {
    const image = open.call(this, src) as unknown;
    if (enabled && Buffer.isBuffer(src) && ourImageSets.has(this.images) && image && typeof image === 'object' && 'finalize' in image) {
      attach(image as PngImageLike & Record<string, unknown>, src);
    }
    return image;
  };
  proto.parleyImageCache = true;
}
