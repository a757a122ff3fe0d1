// A formal letter as a pdfmake document definition, built purely from plain data.
//
// The Chinese shape (书信格式): letterhead; centred title; salutation on its own line,
// flush left, ending in a colon; body paragraphs indented two characters; "此致" on a new
// line indented two characters and "敬礼！" on the next line flush left (顶格); the signature
// block (name, masked ID, contact) and the date in 年月日 form at the lower right; the
// enclosures (附件) listed at the end. The English letter keeps the same parts in the
// English order (date at the top, "Yours faithfully," then the signature).
// Page footer: case reference on the left, "第 x 页 共 y 页" / "Page x of y" on the right.
import type { FontFamily } from '../../pdf/fonts';
import type { Content, DocDefinition, Inline, StyleProps, TableCell, TableNode } from '../../pdf/types';
import { formatAmount, inCurrency, paperWords, type DocLanguage } from './format';
import { formatLongDate } from '../../../../shared/format/dates';
import type { Currency } from '../../../../shared/domain/money';
import { isDemoCaseRef } from '../../../../shared/domain/demo';

export type Span = string | { text: string; bold?: boolean };

export type LetterBlock =
  | { kind: 'paragraph'; spans: string | Span[] }
  | { kind: 'list'; ordered?: boolean; items: (string | Span[])[] }
  | {
      kind: 'amounts';
      /** Column headers; default 项目 / 金额（元） in the letter's language. */
      headers?: [string, string];
      rows: { label: string; amountFen: number }[];
      total?: { label?: string; amountFen: number };
    };

export interface Letterhead {
  organisation: string;
  address?: string;
  /** e.g. "电话：010-8888 6666, 邮箱：help@example.org" (one line under the address). */
  contactLine?: string;
  /** data:image/png;base64,… or data:image/jpeg;base64,… */
  logoDataUrl?: string;
}

export interface LetterSignature {
  name: string;
  /** Label before the name; defaults to 申请人 / 申請人 (none in English). */
  role?: string;
  /** Already masked (e.g. 1101**********1234); the builder prints what it is given. */
  idMasked?: string;
  contact?: string;
}

export interface LetterData {
  language: DocLanguage;
  /** The case's currency (CNY when left out): its amounts print with its symbol and its unit in headers. */
  currency?: Currency;
  letterhead?: Letterhead;
  title: string;
  /** e.g. "尊敬的某某银行信用卡中心：" */
  salutation: string;
  body: LetterBlock[];
  /** Overrides of 此致 / 敬礼！ (or "Yours faithfully,"). */
  closing?: { lead?: string; salute?: string };
  signature: LetterSignature;
  /** Calendar date YYYY-MM-DD. */
  date: string;
  enclosures?: string[];
  caseReference: string;
}

// -- page geometry and styles (shared with the packet) ---------------------------------------

/** A4 in points. */
export const A4 = { width: 595.28, height: 841.89 };
/** left, top, right, bottom: 25 mm at the sides, room for the footer at the bottom. */
export const PAGE_MARGINS: [number, number, number, number] = [72, 56, 72, 64];
export const CONTENT_WIDTH = A4.width - PAGE_MARGINS[0] - PAGE_MARGINS[2];
export const BODY_SIZE = 12;
/** Two characters of body text: the first-line indent of a Chinese paragraph. */
export const INDENT = 2 * BODY_SIZE;
const MUTED = '#555555';

export function familyFor(language: DocLanguage): FontFamily {
  return language === 'zh-TW' ? 'ParleyTC' : 'ParleySC';
}

export function documentStyles(): NonNullable<DocDefinition['styles']> {
  return {
    title: { fontSize: 18, bold: true, alignment: 'center', lineHeight: 1.2 },
    heading: { fontSize: 14, bold: true, lineHeight: 1.3 },
    orgName: { fontSize: 14, bold: true, lineHeight: 1.2 },
    orgDetail: { fontSize: 9, color: MUTED, lineHeight: 1.3 },
    tableHeader: { bold: true, fontSize: 10.5, lineHeight: 1.25 },
    tableCell: { fontSize: 10.5, lineHeight: 1.25 },
    footer: { fontSize: 9, color: MUTED, lineHeight: 1 },
  };
}

export function defaultStyleFor(language: DocLanguage): StyleProps {
  // CJK text reads best at 1.5 lines; the fonts' own line height is 1.0.
  return { font: familyFor(language), fontSize: BODY_SIZE, lineHeight: language === 'en' ? 1.3 : 1.5 };
}

// -- pieces ------------------------------------------------------------------------------------

const DATA_IMAGE = /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=\s]+$/;

/** Letterhead content; the logo (if any) is added to `images` under the key "logo". */
export function buildLetterhead(letterhead: Letterhead, images: Record<string, string>): Content[] {
  const details: Content[] = [{ text: letterhead.organisation, style: 'orgName' }];
  if (letterhead.address) details.push({ text: letterhead.address, style: 'orgDetail' });
  if (letterhead.contactLine) details.push({ text: letterhead.contactLine, style: 'orgDetail' });
  const block: Content[] = [];
  if (letterhead.logoDataUrl) {
    if (!DATA_IMAGE.test(letterhead.logoDataUrl)) throw new Error('The letterhead logo must be a PNG or JPEG data URL');
    images.logo = letterhead.logoDataUrl;
    block.push({ columns: [{ image: 'logo', fit: [48, 48], width: 56 }, { stack: details, width: '*' }], columnGap: 10, role: 'letterhead' });
  } else {
    block.push({ stack: details, role: 'letterhead' });
  }
  block.push({ canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 0.8, lineColor: '#404040' }], margin: [0, 6, 0, 14] });
  return block;
}

export function spansToInlines(spans: string | Span[]): string | Inline[] {
  if (typeof spans === 'string') return spans;
  return spans.map((span) => (typeof span === 'string' ? span : span.bold ? { text: span.text, bold: true } : span.text));
}

export function buildAmountsTable(block: Extract<LetterBlock, { kind: 'amounts' }>, language: DocLanguage): TableNode {
  const words = paperWords(language).frame;
  const [labelHeader, amountHeader] = block.headers ?? [words.item, words.amountHeader];
  const body: TableCell[][] = [
    [
      { text: labelHeader, style: 'tableHeader' },
      { text: amountHeader, style: 'tableHeader', alignment: 'right' },
    ],
  ];
  for (const row of block.rows) {
    body.push([
      { text: row.label, style: 'tableCell' },
      { text: formatAmount(row.amountFen), style: 'tableCell', alignment: 'right', noWrap: true },
    ]);
  }
  if (block.total) {
    body.push([
      { text: block.total.label ?? words.total, style: 'tableCell', bold: true },
      { text: formatAmount(block.total.amountFen), style: 'tableCell', bold: true, alignment: 'right', noWrap: true },
    ]);
  }
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: ['*', 130], body },
    layout: block.total ? 'parleyAmountsWithTotal' : 'parleyAmounts',
    margin: [language === 'en' ? 0 : INDENT, 4, 0, 10],
    role: 'amounts',
  };
}

function buildBlock(block: LetterBlock, language: DocLanguage): Content {
  const zh = language !== 'en';
  switch (block.kind) {
    case 'paragraph':
      return {
        text: spansToInlines(block.spans),
        leadingIndent: zh ? INDENT : 0,
        // Justified CJK spreads evenly between characters; in English pdfmake would also
        // widen gaps at span boundaries (before a comma after bold text), so ragged right.
        alignment: zh ? 'justify' : 'left',
        margin: [0, 0, 0, zh ? 4 : 8],
        role: 'paragraph',
      };
    case 'list': {
      const items = block.items.map((item) => ({ text: spansToInlines(item), margin: [0, 0, 0, 2] as [number, number, number, number] }));
      const list = block.ordered ? { ol: items } : { ul: items };
      return { ...list, margin: [zh ? INDENT : 12, 0, 0, zh ? 6 : 8], role: 'list' };
    }
    case 'amounts':
      return buildAmountsTable(block, language);
  }
}

/** The signature block: a column on the right, lines left-aligned within it. */
function buildSignature(data: LetterData): Content {
  const words = paperWords(data.language).frame;
  const sig = data.signature;
  const zh = data.language !== 'en';
  const sep = zh ? '：' : ': ';
  const role = sig.role ?? (zh ? words.applicant : '');
  const lines: Content[] = [{ text: role ? `${role}${sep}${sig.name}` : sig.name, role: 'signatureName' }];
  if (sig.idMasked) lines.push({ text: `${words.idNumber}${sep}${sig.idMasked}` });
  if (sig.contact) lines.push({ text: `${words.contact}${sep}${sig.contact}` });
  if (!zh) return { stack: lines, margin: [0, 30, 0, 0], role: 'signature' };
  lines.push({ text: formatLongDate(data.date, data.language), role: 'date', margin: [0, 4, 0, 0] });
  return {
    columns: [
      { text: '', width: '*' },
      { stack: lines, width: 'auto' },
    ],
    margin: [0, 18, 0, 0],
    role: 'signature',
  };
}

function buildClosing(data: LetterData): Content {
  const words = paperWords(data.language).frame;
  const lead = data.closing?.lead ?? words.closingLead;
  const salute = data.closing?.salute ?? words.closingSalute;
  if (data.language === 'en') {
    return { stack: [{ text: lead, role: 'closingLead' }, buildSignature(data)], margin: [0, 14, 0, 0], unbreakable: true, role: 'closing' };
  }
  return {
    stack: [
      // 此致 indented two characters; 敬礼 on the next line flush left (顶格).
      { text: lead, leadingIndent: INDENT, role: 'closingLead' },
      { text: salute, role: 'closingSalute' },
      buildSignature(data),
    ],
    margin: [0, 10, 0, 0],
    unbreakable: true,
    role: 'closing',
  };
}

function buildEnclosures(data: LetterData): Content | null {
  const list = data.enclosures ?? [];
  if (list.length === 0) return null;
  const words = paperWords(data.language).frame;
  const zh = data.language !== 'en';
  const label = zh ? `${words.enclosures}：` : `${words.enclosures}:`;
  return {
    stack: [{ text: label, bold: !zh }, { ol: list.map((item) => ({ text: item })), margin: [zh ? INDENT : 12, 2, 0, 0] }],
    margin: [0, 24, 0, 0],
    unbreakable: list.length <= 8,
    role: 'enclosures',
  };
}

/** The footer template: case reference left, page x of y right (render.ts fills the numbers). */
export function buildPageFooter(language: DocLanguage, caseReference: string): Content {
  const words = paperWords(language).frame;
  const sep = language === 'en' ? ': ' : '：';
  return {
    columns: [
      // A demo case's pages say so, in the document's language, beside its DEMO- number.
      { text: `${words.caseRef}${sep}${caseReference}${isDemoCaseRef(caseReference) ? ` · ${words.demo}` : ''}`, width: '*' },
      { text: words.pageOf, width: 'auto', alignment: 'right' },
    ],
    style: 'footer',
    margin: [PAGE_MARGINS[0], 30, PAGE_MARGINS[2], 0],
    role: 'footer',
  };
}

/** What a whole document puts on its A4 pages besides the content's own order. */
export interface PageFrame {
  language: DocLanguage;
  /** The PDF's title; its subject is the case reference. */
  title: string;
  caseReference: string;
  /** The document's base text style; the letter's by default. */
  defaultStyle?: StyleProps;
  styles: NonNullable<DocDefinition['styles']>;
  content: Content[];
  /** Images the content names (the letterhead's logo); left out of the document when none. */
  images: Record<string, string>;
}

/** Letter, packet and case documents alike: A4, the margins, and the footer with the case reference and page x of y. */
export function a4Document(frame: PageFrame): DocDefinition {
  const doc: DocDefinition = {
    pageSize: 'A4',
    pageMargins: PAGE_MARGINS,
    language: frame.language,
    info: { title: frame.title, subject: frame.caseReference },
    defaultStyle: frame.defaultStyle ?? defaultStyleFor(frame.language),
    styles: frame.styles,
    content: frame.content,
    footer: buildPageFooter(frame.language, frame.caseReference),
  };
  if (Object.keys(frame.images).length > 0) doc.images = frame.images;
  return doc;
}

/** The letter itself (title to enclosures), without letterhead or page setup. */
export function buildLetterContent(data: LetterData): Content[] {
  const content: Content[] = [];
  if (data.language === 'en') content.push({ text: formatLongDate(data.date, 'en'), margin: [0, 0, 0, 14], role: 'date' });
  content.push({ text: data.title, style: 'title', margin: [0, 4, 0, 16], role: 'title' });
  content.push({ text: data.salutation, margin: [0, 0, 0, 6], role: 'salutation' });
  for (const block of data.body) content.push(buildBlock(block, data.language));
  content.push(buildClosing(data));
  const enclosures = buildEnclosures(data);
  if (enclosures) content.push(enclosures);
  return content;
}

export function buildLetterDocument(data: LetterData): DocDefinition {
  return inCurrency(data.currency, () => letterDocument(data));
}

function letterDocument(data: LetterData): DocDefinition {
  const images: Record<string, string> = {};
  const content: Content[] = [];
  if (data.letterhead) content.push(...buildLetterhead(data.letterhead, images));
  content.push(...buildLetterContent(data));
  return a4Document({ language: data.language, title: data.title, caseReference: data.caseReference, styles: documentStyles(), content, images });
}
