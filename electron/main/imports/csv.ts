// CSV as counsellors' tools save it: UTF-8 (with or without a BOM), GB18030/GBK (Excel and
// WPS on Chinese Windows), UTF-16 with a BOM (Excel's "Unicode text", tab-separated);
// fields separated by commas, semicolons or tabs, quoted with "" where needed.
import { AppError } from '../errors';

/** Decodes the bytes; throws a translated error when no encoding reads them cleanly. */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return strict('utf-8', bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strict('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strict('utf-16be', bytes.subarray(2));
  // Without a BOM: UTF-8 if every byte sequence is valid UTF-8, else GB18030 (which GBK and GB2312 are part of).
  for (const encoding of ['utf-8', 'gb18030']) {
    try {
      return check(new TextDecoder(encoding, { fatal: true }).decode(bytes));
    } catch {
      // try the next
    }
  }
  throw new AppError('VALIDATION', 'imports.errors.encoding');
}

function strict(encoding: string, bytes: Buffer): string {
  try {
    return check(new TextDecoder(encoding, { fatal: true }).decode(bytes));
  } catch {
    throw new AppError('VALIDATION', 'imports.errors.encoding');
  }
}

/**
 * Text that decodes but is not text (a binary file, or one in an encoding read wrongly)
 * shows as control characters: refused rather than imported as gibberish.
 */
function check(text: string): string {
  // eslint-disable-next-line no-control-regex
  const controls = text.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g);
  if (controls && controls.length > 0) throw new Error('control characters');
  return text;
}

/** The separator the header line uses most: comma, semicolon or tab. */
function separatorOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((s) => ({ s, n: firstLine.split(s).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0]!.n > 0 ? counts[0]!.s : ',';
}

/** Rows of fields. Stops with a translated error past `maxRows` rows or `maxColumns` fields. */
export function parseCsv(text: string, limits: { maxRows: number; maxColumns: number }): string[][] {
  const sep = separatorOf(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
    if (row.length > limits.maxColumns) throw new AppError('VALIDATION', 'imports.errors.tooManyColumns', { max: limits.maxColumns });
  };
  const endRow = () => {
    endField();
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    row = [];
    if (rows.length > limits.maxRows) throw new AppError('VALIDATION', 'imports.errors.tooManyRows', { max: limits.maxRows - 1 });
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === sep) endField();
    else if (c === '\r' && text[i + 1] === '\n') {
      endRow();
      i++;
    } else if (c === '\n' || c === '\r') endRow();
    else field += c;
    i++;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}
