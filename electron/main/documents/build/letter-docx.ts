// A letter as a Word document (.docx), from the same LetterData the PDF builder takes
// (build/letter.ts), so both say exactly the same: letterhead, title, salutation,
// paragraphs, lists, the amounts table, closing, signature, date and enclosures, with the case
// reference and "page x of y" in the footer. For counsellors who must edit the letter in
// Word or WPS. List markers are written as text ("1. ", "• ") rather than Word numbering,
// which WPS and older Word versions render differently.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { isDemoCaseRef } from '../../../../shared/domain/demo';
import { formatAmount, inCurrency, paperWords, type DocLanguage } from './format';
import { formatLongDate } from '../../../../shared/format/dates';
import type { LetterBlock, LetterData, Letterhead, Span } from './letter';

// Page geometry in twentieths of a point (twips), the same A4 and margins as the PDF.
const PT = 20;
const A4 = { width: 11906, height: 16838 };
const MARGINS = { left: 72 * PT, right: 72 * PT, top: 56 * PT, bottom: 64 * PT };
const CONTENT_WIDTH = A4.width - MARGINS.left - MARGINS.right;
const BODY_PT = 12;
/** Two characters of body text: the first-line indent of a Chinese paragraph. */
const INDENT = 2 * BODY_PT * PT;
const MUTED = '555555';

function fontsFor(language: DocLanguage): IRunOptions['font'] {
  // Serif Latin with the system's Song typeface for Chinese: what Word and WPS have on
  // Windows and macOS without installing anything.
  if (language === 'en') return { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: 'SimSun' };
  const cjk = language === 'zh-TW' ? 'PMingLiU' : 'SimSun';
  return { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: cjk, cs: cjk };
}

const run = (text: string, options: Omit<IRunOptions, 'text'> = {}) => new TextRun({ text, ...options });

function spanRuns(spans: string | Span[], options: Omit<IRunOptions, 'text'> = {}): TextRun[] {
  if (typeof spans === 'string') return [run(spans, options)];
  return spans.map((s) => (typeof s === 'string' ? run(s, options) : run(s.text, { ...options, bold: s.bold === true })));
}

const pt = (n: number) => n * PT;

function letterheadParagraphs(letterhead: Letterhead): Paragraph[] {
  const out: Paragraph[] = [];
  const logo = letterhead.logoDataUrl ? /^data:image\/(png|jpeg);base64,(.+)$/.exec(letterhead.logoDataUrl.replace(/\s+/g, '')) : null;
  const orgRuns: ParagraphChild[] = [];
  if (logo) {
    orgRuns.push(new ImageRun({ type: logo[1] === 'png' ? 'png' : 'jpg', data: Buffer.from(logo[2]!, 'base64'), transformation: { width: 48, height: 48 } }), run('  '));
  }
  orgRuns.push(run(letterhead.organisation, { bold: true, size: 28 }));
  out.push(new Paragraph({ children: orgRuns, spacing: { after: 0 } }));
  if (letterhead.address) out.push(new Paragraph({ children: [run(letterhead.address, { size: 18, color: MUTED })], spacing: { after: 0 } }));
  // The rule under the letterhead is the bottom border of its last line.
  const rule = { bottom: { style: BorderStyle.SINGLE, size: 6, color: '404040', space: 4 } };
  out.push(new Paragraph({ children: letterhead.contactLine ? [run(letterhead.contactLine, { size: 18, color: MUTED })] : [], border: rule, spacing: { after: pt(14) } }));
  return out;
}

function amountsTable(block: Extract<LetterBlock, { kind: 'amounts' }>, language: DocLanguage): Table {
  const words = paperWords(language).frame;
  const [labelHeader, amountHeader] = block.headers ?? [words.item, words.amountHeader];
  const amountWidth = pt(130);
  const indent = language === 'en' ? 0 : INDENT;
  const labelWidth = CONTENT_WIDTH - indent - amountWidth;
  const line = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const cell = (text: string, options: { bold?: boolean; right?: boolean; width: number }) =>
    new TableCell({
      width: { size: options.width, type: WidthType.DXA },
      borders: { top: none, bottom: none, left: none, right: none },
      children: [new Paragraph({ alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [run(text, { bold: options.bold === true, size: 21 })] })],
    });
  const rows = [
    new TableRow({ tableHeader: true, children: [cell(labelHeader, { bold: true, width: labelWidth }), cell(amountHeader, { bold: true, right: true, width: amountWidth })] }),
    ...block.rows.map((r) => new TableRow({ cantSplit: true, children: [cell(r.label, { width: labelWidth }), cell(formatAmount(r.amountFen), { right: true, width: amountWidth })] })),
  ];
  if (block.total) {
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [cell(block.total.label ?? words.total, { bold: true, width: labelWidth }), cell(formatAmount(block.total.amountFen), { bold: true, right: true, width: amountWidth })],
      }),
    );
  }
  return new Table({
    rows,
    width: { size: labelWidth + amountWidth, type: WidthType.DXA },
    columnWidths: [labelWidth, amountWidth],
    indent: { size: indent, type: WidthType.DXA },
    borders: { top: line, bottom: line, left: none, right: none, insideHorizontal: line, insideVertical: none },
  });
}

function blockParts(block: LetterBlock, language: DocLanguage): (Paragraph | Table)[] {
  const zh = language !== 'en';
  switch (block.kind) {
    case 'paragraph':
      return [
        new Paragraph({
          children: spanRuns(block.spans),
          alignment: zh ? AlignmentType.JUSTIFIED : AlignmentType.LEFT,
          indent: zh ? { firstLine: INDENT } : undefined,
          spacing: { after: pt(zh ? 4 : 8) },
        }),
      ];
    case 'list': {
      const left = zh ? INDENT + pt(18) : pt(30);
      return block.items.map(
        (item, i) =>
          new Paragraph({
            children: [run(block.ordered ? `${i + 1}. ` : '• '), ...spanRuns(item)],
            indent: { left, hanging: pt(18) },
            spacing: { after: pt(2) },
          }),
      );
    }
    case 'amounts':
      return [amountsTable(block, language), new Paragraph({ children: [], spacing: { after: pt(6) } })];
  }
}

function closingParts(data: LetterData): Paragraph[] {
  const words = paperWords(data.language).frame;
  const zh = data.language !== 'en';
  const sep = zh ? '：' : ': ';
  const sig = data.signature;
  const role = sig.role ?? (zh ? words.applicant : '');
  const lines = [role ? `${role}${sep}${sig.name}` : sig.name];
  if (sig.idMasked) lines.push(`${words.idNumber}${sep}${sig.idMasked}`);
  if (sig.contact) lines.push(`${words.contact}${sep}${sig.contact}`);
  const lead = data.closing?.lead ?? words.closingLead;
  if (!zh) {
    return [
      new Paragraph({ children: [run(lead)], spacing: { before: pt(14), after: pt(30) }, keepNext: true }),
      ...lines.map((l) => new Paragraph({ children: [run(l)], keepNext: true })),
    ];
  }
  const salute = data.closing?.salute ?? words.closingSalute;
  // The signature block and date at the lower right, as in the PDF.
  const right = (text: string, before = 0) => new Paragraph({ children: [run(text)], alignment: AlignmentType.RIGHT, spacing: { before }, keepNext: true });
  return [
    new Paragraph({ children: [run(lead)], indent: { firstLine: INDENT }, spacing: { before: pt(10) }, keepNext: true }),
    new Paragraph({ children: [run(salute)], keepNext: true }),
    ...lines.map((l, i) => right(l, i === 0 ? pt(18) : 0)),
    right(formatLongDate(data.date, data.language), pt(4)),
  ];
}

function enclosureParts(data: LetterData): Paragraph[] {
  const list = data.enclosures ?? [];
  if (list.length === 0) return [];
  const words = paperWords(data.language).frame;
  const zh = data.language !== 'en';
  return [
    new Paragraph({ children: [run(zh ? `${words.enclosures}：` : `${words.enclosures}:`, { bold: !zh })], spacing: { before: pt(24) }, keepNext: true }),
    ...list.map((item, i) => new Paragraph({ children: [run(`${i + 1}. ${item}`)], indent: { left: (zh ? INDENT : pt(12)) + pt(18), hanging: pt(18) } })),
  ];
}

function footer(language: DocLanguage, caseReference: string): Footer {
  const words = paperWords(language).frame;
  const sep = language === 'en' ? ': ' : '：';
  const ref = `${words.caseRef}${sep}${caseReference}${isDemoCaseRef(caseReference) ? ` · ${words.demo}` : ''}`;
  // The page label of the PDF footer, with Word's own page fields in place of the numbers.
  const [before, middle, after] = words.pageOf.split(/\{\{page\}\}|\{\{pages\}\}/) as [string, string, string];
  const small = { size: 18, color: MUTED };
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
        children: [
          run(ref, small),
          run('\t', small),
          run(before, small),
          new TextRun({ children: [PageNumber.CURRENT], ...small }),
          run(middle, small),
          new TextRun({ children: [PageNumber.TOTAL_PAGES], ...small }),
          run(after, small),
        ],
      }),
    ],
  });
}

/** The letter as .docx bytes. */
export async function buildLetterDocx(data: LetterData): Promise<Buffer> {
  return Packer.toBuffer(inCurrency(data.currency, () => letterDocx(data)));
}

function letterDocx(data: LetterData): Document {
  const language = data.language;
  const children: (Paragraph | Table)[] = [];
  if (data.letterhead) children.push(...letterheadParagraphs(data.letterhead));
  if (language === 'en') children.push(new Paragraph({ children: [run(formatLongDate(data.date, 'en'))], spacing: { after: pt(14) } }));
  children.push(new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [run(data.title)], spacing: { before: pt(4), after: pt(16) } }));
  children.push(new Paragraph({ children: [run(data.salutation)], spacing: { after: pt(6) } }));
  for (const block of data.body) children.push(...blockParts(block, language));
  children.push(...closingParts(data));
  children.push(...enclosureParts(data));

  const doc = new Document({
    creator: 'Parley',
    title: data.title,
    subject: data.caseReference,
    styles: {
      default: {
        document: { run: { font: fontsFor(language), size: BODY_PT * 2 }, paragraph: { spacing: { line: language === 'en' ? 312 : 360 } } },
        title: { run: { font: fontsFor(language), size: 36, bold: true, color: '000000' }, paragraph: { alignment: AlignmentType.CENTER } },
      },
    },
    sections: [
      {
        properties: { page: { size: { width: A4.width, height: A4.height }, margin: { ...MARGINS, header: pt(28), footer: pt(28) } } },
        footers: { default: footer(language, data.caseReference) },
        children,
      },
    ],
  });
  return doc;
}
