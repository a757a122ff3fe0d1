// A file name from outside (a picked file, an upload, a handed-over case) made safe to show
// and to keep: bidi overrides and other invisible formatting that can make `invoice‮fdp.exe`
// read as `invoiceexe.pdf` are removed, control characters too, and path separators and the
// characters Windows forbids become "_". Used for display only: files are never written
// under a name from outside (see attachments/open-copy.ts).

/** Bidi embeddings, overrides and isolates, marks, and zero-width characters. */
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/gu;
/** C0 and C1 control characters and DEL. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/gu;
const FORBIDDEN = /[<>:"/\\|?*]/gu;
const MAX_NAME = 200;

export function cleanFileName(name: string): string {
  let out = name.normalize('NFC').replace(INVISIBLE, '').replace(CONTROL, '').replace(FORBIDDEN, '_');
  // Windows drops trailing dots and spaces, which could hide an extension ("x.exe. ").
  out = out.trim().replace(/[. ]+$/u, '');
  if ([...out].length > MAX_NAME) {
    const dot = out.lastIndexOf('.');
    const ext = dot > 0 && out.length - dot <= 16 ? out.slice(dot) : '';
    out = [...out.slice(0, out.length - ext.length)].slice(0, MAX_NAME - ext.length).join('') + ext;
  }
  return out === '' || /^\.+$/u.test(out) ? 'file' : out;
}

/** The last extension of a name, lower-case, without the dot ('' when there is none). */
export function extensionOf(name: string): string {
  const base = name.replace(/[. ]+$/u, '');
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}
