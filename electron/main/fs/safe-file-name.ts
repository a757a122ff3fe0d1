// File names Parley suggests in a save dialog or writes itself (documents, packets, exports).

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

/**
 * A file name safe on Windows, macOS and Linux: no <>:"/\|?* or control characters, no
 * trailing dot or space, not a reserved device name, at most 120 characters; ".pdf" added.
 */
export function safeFileName(stem: string, ext = '.pdf'): string {
  let name = stem
    .normalize('NFC')
    .replace(/[\t\n\r]+/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"/\\|?*\u0000-\u001f\u007f]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  if (!name || WINDOWS_RESERVED.test(name.split('.')[0]!)) name = `_${name}`;
  if ([...name].length > 120) name = [...name].slice(0, 120).join('').replace(/[. ]+$/, '');
  return `${name}${ext}`;
}
