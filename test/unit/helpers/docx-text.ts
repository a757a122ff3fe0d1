// Reads a .docx back: the text of word/document.xml (or another part), one line per
// paragraph, as Word would show it (list markers here are text, fields are left out).
import { readZipFile } from '../../../electron/main/imports/zip';

function decode(xml: string): string {
  return xml.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);
}

export function docxXml(docx: Buffer, part = 'word/document.xml'): string {
  const xml = readZipFile(docx, part, 50 * 1024 * 1024);
  if (!xml) throw new Error(`${part} is not in the .docx`);
  return xml.toString('utf8');
}

export function docxText(docx: Buffer, part = 'word/document.xml'): string {
  const xml = docxXml(docx, part);
  return xml
    .split('</w:p>')
    .map((p) =>
      [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
        .map((m) => (m[0] === '<w:tab/>' ? '\t' : decode(m[1]!)))
        .join(''),
    )
    .filter((line) => line.length > 0)
    .join('\n');
}
