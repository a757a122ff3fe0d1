import { extensionOf } from './file-name';

// What a file from outside really is, from its content (magic bytes), never from the name
// or MIME type it claims. Parley keeps the kinds a case needs – PDF, images, audio and
// video recordings, office documents, plain text, archives (kept as data) – and refuses
// programs and scripts, by content and by name. The extension Parley later gives a copy
// it opens comes from here, so a file can never be opened as something that runs.

export type FileVerdict =
  | { ok: true; ext: string; mime: string }
  | { ok: false; reason: 'blockedName' | 'executable' | 'script' | 'unknown' };

/**
 * Names that run, install or open something active on Windows, macOS or Linux: refused
 * whatever the content (the content check catches programs under innocent names).
 */
export const BLOCKED_EXTENSIONS: ReadonlySet<string> = new Set([
  // Windows programs, installers, shortcuts, scripts and script hosts
  'exe', 'com', 'scr', 'pif', 'cpl', 'dll', 'ocx', 'sys', 'drv', 'msi', 'msp', 'mst', 'msix', 'msixbundle', 'appx', 'appxbundle',
  'bat', 'cmd', 'lnk', 'url', 'website', 'scf', 'inf', 'reg', 'hta', 'chm', 'hlp', 'application', 'appref-ms', 'gadget',
  'js', 'jse', 'mjs', 'vb', 'vbs', 'vbe', 'wsf', 'wsh', 'wsc', 'ws', 'sct', 'ps1', 'ps1xml', 'ps2', 'ps2xml', 'psc1', 'psc2', 'psd1', 'psm1',
  'msc', 'msh', 'msh1', 'msh2', 'mshxml', 'jar', 'jnlp', 'xbap', 'xll', 'settingcontent-ms', 'library-ms', 'search-ms', 'searchconnector-ms',
  'diagcab', 'iso', 'img', 'vhd', 'vhdx', 'cab', 'xnk', 'mof', 'rdp',
  // web pages and active documents (run script in a browser or viewer)
  'html', 'htm', 'xhtml', 'xht', 'shtml', 'mht', 'mhtml', 'svg', 'svgz', 'xsl', 'xslt', 'swf',
  // office files with macros
  'docm', 'dotm', 'xlsm', 'xltm', 'xlam', 'xla', 'pptm', 'potm', 'ppam', 'ppsm', 'sldm',
  // macOS
  'app', 'command', 'tool', 'pkg', 'mpkg', 'dmg', 'workflow', 'action', 'terminal', 'scpt', 'scptd', 'applescript',
  'osax', 'prefpane', 'kext', 'dylib', 'bundle', 'plugin', 'webloc', 'inetloc', 'fileloc', 'mobileconfig',
  // Linux and other Unix
  'desktop', 'sh', 'bash', 'zsh', 'csh', 'ksh', 'fish', 'run', 'bin', 'elf', 'so', 'out', 'appimage', 'deb', 'rpm', 'snap', 'flatpakref',
  // scripting languages
  'py', 'pyw', 'pyc', 'pl', 'rb', 'php', 'lua', 'tcl', 'vba', 'wasm',
]);

/** Text files keep their own extension when it is one of these; other text is kept as .txt. */
const TEXT_EXTENSIONS: Record<string, string> = { txt: 'text/plain', csv: 'text/csv', tsv: 'text/tab-separated-values', md: 'text/markdown', log: 'text/plain' };

const starts = (b: Buffer, bytes: number[] | string, at = 0): boolean => {
  const want = typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : Buffer.from(bytes);
  return b.length >= at + want.length && b.subarray(at, at + want.length).equals(want);
};

const has = (b: Buffer, text: string): boolean => b.includes(Buffer.from(text, 'latin1'));

/** Programs for some operating system, whatever their name. */
function isExecutable(head: Buffer): boolean {
  return (
    starts(head, 'MZ') || // Windows PE (exe, dll, scr, sys, cpl, ...)
    starts(head, [0x7f, 0x45, 0x4c, 0x46]) || // ELF
    starts(head, [0xfe, 0xed, 0xfa, 0xce]) ||
    starts(head, [0xfe, 0xed, 0xfa, 0xcf]) ||
    starts(head, [0xce, 0xfa, 0xed, 0xfe]) ||
    starts(head, [0xcf, 0xfa, 0xed, 0xfe]) || // Mach-O
    starts(head, [0xca, 0xfe, 0xba, 0xbe]) || // Mach-O universal (and Java class files)
    starts(head, [0x4c, 0x00, 0x00, 0x00, 0x01, 0x14, 0x02, 0x00]) || // Windows shortcut (.lnk)
    starts(head, 'MSCF') || // cabinet (installers)
    starts(head, 'xar!') || // macOS installer package
    starts(head, [0x00, 0x61, 0x73, 0x6d]) || // WebAssembly
    starts(head, 'FWS') ||
    starts(head, 'CWS') ||
    starts(head, 'ZWS') || // Flash
    starts(head, '!<arch>') // Debian package / static library
  );
}

/** ISO base media (MP4, MOV, M4A, HEIC, 3GP): the brand after 'ftyp' says which. */
function isoMedia(head: Buffer): { ext: string; mime: string } | null {
  if (!starts(head, 'ftyp', 4)) return null;
  const brand = head.subarray(8, 12).toString('latin1');
  if (/^(heic|heix|hevc|hevx|mif1|msf1|heim|heis)$/.test(brand)) return { ext: 'heic', mime: 'image/heic' };
  if (brand === 'avif') return { ext: 'avif', mime: 'image/avif' };
  if (/^(M4A |M4B )$/.test(brand)) return { ext: 'm4a', mime: 'audio/mp4' };
  if (brand === 'qt  ') return { ext: 'mov', mime: 'video/quicktime' };
  if (/^3g/.test(brand)) return { ext: '3gp', mime: 'video/3gpp' };
  return { ext: 'mp4', mime: 'video/mp4' };
}

/** ZIP-based: Office Open XML, OpenDocument, or a plain archive – never a Java or Android program, never Office with macros. */
function zipKind(head: Buffer, tail: Buffer, claimed: string): FileVerdict {
  const any = (text: string) => has(head, text) || has(tail, text);
  if (any('vbaProject.bin') || any('META-INF/MANIFEST.MF') || any('classes.dex') || any('AndroidManifest.xml')) return { ok: false, reason: 'executable' };
  if (any('mimetypeapplication/vnd.oasis.opendocument.text')) return { ok: true, ext: 'odt', mime: 'application/vnd.oasis.opendocument.text' };
  if (any('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')) return { ok: true, ext: 'ods', mime: 'application/vnd.oasis.opendocument.spreadsheet' };
  if (any('mimetypeapplication/vnd.oasis.opendocument.presentation')) return { ok: true, ext: 'odp', mime: 'application/vnd.oasis.opendocument.presentation' };
  if (any('[Content_Types].xml')) {
    if (any('word/')) return { ok: true, ext: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };
    if (any('xl/')) return { ok: true, ext: 'xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
    if (any('ppt/')) return { ok: true, ext: 'pptx', mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' };
  }
  if (claimed === 'ofd') return { ok: true, ext: 'ofd', mime: 'application/ofd' }; // China's e-invoice format is a ZIP too
  return { ok: true, ext: 'zip', mime: 'application/zip' };
}

/** OLE2 compound files: old Word, Excel, PowerPoint (and installers, refused by name above). */
function oleKind(claimed: string): FileVerdict {
  if (claimed === 'xls' || claimed === 'xlt') return { ok: true, ext: 'xls', mime: 'application/vnd.ms-excel' };
  if (claimed === 'ppt' || claimed === 'pps' || claimed === 'pot') return { ok: true, ext: 'ppt', mime: 'application/vnd.ms-powerpoint' };
  if (claimed === 'msg') return { ok: true, ext: 'msg', mime: 'application/vnd.ms-outlook' };
  return { ok: true, ext: 'doc', mime: 'application/msword' };
}

function decodes(bytes: Buffer, encoding: string): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Markers of content a browser, script host or desktop would run or follow. */
const ACTIVE_TEXT = /^(#!|<!doctype\s+html|<html|<head|<body|<script|<svg|<\?xml[^>]*>\s*(<!doctype\s+)?(svg|html)|<hta:|\[internetshortcut\]|\[desktop entry\]|\[\.shellclassinfo\]|windows registry editor|regedit4|@echo\s+off)|<script[\s>]|<iframe[\s>]|javascript:/i;

function textKind(head: Buffer, claimed: string): FileVerdict | null {
  let body = head;
  let encoding = 'utf-8';
  if (starts(body, [0xef, 0xbb, 0xbf])) body = body.subarray(3);
  else if (starts(body, [0xff, 0xfe]) || starts(body, [0xfe, 0xff])) {
    encoding = starts(body, [0xff, 0xfe]) ? 'utf-16le' : 'utf-16be';
    body = body.subarray(2);
  } else if (body.includes(0)) return null;
  // The head may end inside a character: judge it without its last three bytes.
  const sample = body.length > 4 ? body.subarray(0, body.length - 3) : body;
  if (encoding === 'utf-8' && !decodes(sample, 'utf-8')) {
    if (!decodes(sample, 'gb18030')) return null;
    encoding = 'gb18030';
  }
  const text = new TextDecoder(encoding).decode(sample);
  // Other control characters than tab, newlines and form feed: not text.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\u0000-\u0008\u000E-\u001A\u001C-\u001F]/.test(text)) return null;
  if (ACTIVE_TEXT.test(text.trimStart().slice(0, 4096))) return { ok: false, reason: 'script' };
  if (/^\{\\rtf/.test(text)) return { ok: true, ext: 'rtf', mime: 'application/rtf' };
  const mime = TEXT_EXTENSIONS[claimed];
  return mime ? { ok: true, ext: claimed, mime } : { ok: true, ext: 'txt', mime: 'text/plain' };
}

/**
 * Decides what a file is from its first and last bytes (head: up to 64 KiB from the start;
 * tail: up to 64 KiB from the end, for ZIP directories) and the name it came with.
 */
export function classifyFile(name: string, head: Buffer, tail: Buffer = head): FileVerdict {
  const claimed = extensionOf(name);
  if (BLOCKED_EXTENSIONS.has(claimed)) return { ok: false, reason: 'blockedName' };
  if (isExecutable(head)) return { ok: false, reason: 'executable' };
  if (starts(head, '%PDF-') || (head.subarray(0, 1024).includes(Buffer.from('%PDF-')) && claimed === 'pdf')) return { ok: true, ext: 'pdf', mime: 'application/pdf' };
  if (starts(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { ok: true, ext: 'png', mime: 'image/png' };
  if (starts(head, [0xff, 0xd8, 0xff])) return { ok: true, ext: 'jpg', mime: 'image/jpeg' };
  if (starts(head, 'GIF87a') || starts(head, 'GIF89a')) return { ok: true, ext: 'gif', mime: 'image/gif' };
  if (starts(head, 'RIFF') && starts(head, 'WEBP', 8)) return { ok: true, ext: 'webp', mime: 'image/webp' };
  if (starts(head, 'RIFF') && starts(head, 'WAVE', 8)) return { ok: true, ext: 'wav', mime: 'audio/wav' };
  if (starts(head, 'RIFF') && starts(head, 'AVI ', 8)) return { ok: true, ext: 'avi', mime: 'video/x-msvideo' };
  if (starts(head, 'BM') && head.length >= 26 && head.readUInt32LE(14) >= 12 && head.readUInt32LE(14) <= 124) return { ok: true, ext: 'bmp', mime: 'image/bmp' };
  if (starts(head, [0x49, 0x49, 0x2a, 0x00]) || starts(head, [0x4d, 0x4d, 0x00, 0x2a])) return { ok: true, ext: 'tif', mime: 'image/tiff' };
  const media = isoMedia(head);
  if (media) return { ok: true, ...media };
  if (starts(head, 'ID3') || (head.length >= 2 && head[0] === 0xff && (head[1]! & 0xe6) === 0xe2)) return { ok: true, ext: 'mp3', mime: 'audio/mpeg' };
  if (head.length >= 2 && head[0] === 0xff && (head[1]! & 0xf6) === 0xf0) return { ok: true, ext: 'aac', mime: 'audio/aac' };
  if (starts(head, '#!AMR')) return { ok: true, ext: 'amr', mime: 'audio/amr' };
  if (starts(head, 'OggS')) return { ok: true, ext: 'ogg', mime: 'audio/ogg' };
  if (starts(head, 'fLaC')) return { ok: true, ext: 'flac', mime: 'audio/flac' };
  if (starts(head, [0x30, 0x26, 0xb2, 0x75, 0x8e, 0x66, 0xcf, 0x11])) return { ok: true, ext: 'wma', mime: 'audio/x-ms-wma' };
  if (starts(head, [0x1a, 0x45, 0xdf, 0xa3])) return { ok: true, ext: 'webm', mime: 'video/webm' };
  if (starts(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return oleKind(claimed);
  if (starts(head, [0x50, 0x4b, 0x03, 0x04]) || starts(head, [0x50, 0x4b, 0x05, 0x06])) return zipKind(head, tail, claimed);
  if (starts(head, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return { ok: true, ext: '7z', mime: 'application/x-7z-compressed' };
  if (starts(head, 'Rar!\u001a\u0007')) return { ok: true, ext: 'rar', mime: 'application/vnd.rar' };
  if (starts(head, [0x1f, 0x8b])) return { ok: true, ext: 'gz', mime: 'application/gzip' };
  return textKind(head, claimed) ?? { ok: false, reason: 'unknown' };
}

/** The translation key that tells the counsellor why a file was refused. */
export function refusalMessage(reason: Extract<FileVerdict, { ok: false }>['reason']): string {
  return reason === 'unknown' ? 'evidence.errors.unknownType' : 'evidence.errors.refusedType';
}
