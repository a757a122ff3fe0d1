// A negotiation packet as one document: cover sheet, the letter, data table sections
// (e.g. the schedule of all debts) and the list of enclosed evidence, each section
// starting on a new page. Pure: plain data in, document definition out.
import type { Content, DocDefinition, TableCell, TableNode } from '../../pdf/types';
import { formatAmount, inCurrency, paperWords, type DocLanguage } from './format';
import { formatLongDate } from '../../../../shared/format/dates';
import { formatInteger } from '../../../../shared/format/numbers';
import type { Currency } from '../../../../shared/domain/money';
import { a4Document, buildLetterContent, buildLetterhead, type LetterData, type Letterhead } from './letter';
import { caseStyles, type DocPart } from './case-docs';
import { headerCell } from './case-part';

export interface TableColumn {
  header: string;
  /** amount: integer fen printed as 12,345.67; integer: 1,234; text: as given. */
  kind?: 'text' | 'amount' | 'integer';
  /** Defaults: right for amount/integer, left for text. */
  align?: 'left' | 'center' | 'right';
  width?: number | '*' | 'auto';
}

export type TableValue = string | number | null;

export interface TableSection {
  title: string;
  /** A sentence or two under the title. */
  intro?: string;
  columns: TableColumn[];
  rows: TableValue[][];
  /** A total row (null cells stay empty). */
  totals?: TableValue[];
}

export interface Enclosure {
  name: string;
  note?: string;
}

export interface PacketData {
  language: DocLanguage;
  /** The case's currency (CNY when left out); the letter and the case documents inside take it too. */
  currency?: Currency;
  letterhead?: Letterhead;
  caseReference: string;
  /** Calendar date YYYY-MM-DD. */
  date: string;
  cover: {
    /** Defaults to 协商还款材料 / Repayment negotiation packet. */
    title?: string;
    lenderName: string;
    clientName: string;
    counsellorName: string;
    organisation?: string;
    /** When the lender's debts are before a court: the court, the case number(s), and the stage with its date, as printed. */
    court?: string;
    caseNumber?: string;
    legalStage?: string;
  };
  /** The letter (none when no letter was drafted); its language, case reference and letterhead are the packet's. */
  letter?: Omit<LetterData, 'language' | 'caseReference' | 'letterhead'> | null;
  sections: TableSection[];
  /** Whole case documents (statement, schedule of debts, proposal, …), each from its own page, after the sections. */
  parts?: DocPart[];
  enclosures: Enclosure[];
}

function cellText(value: TableValue, column: TableColumn): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (column.kind === 'amount') return formatAmount(value);
  if (column.kind === 'integer') return formatInteger(value);
  return String(value);
}

function alignOf(column: TableColumn): 'left' | 'center' | 'right' {
  return column.align ?? (column.kind === 'amount' || column.kind === 'integer' ? 'right' : 'left');
}

export function buildDataTable(section: TableSection): TableNode {
  const header = section.columns.map((column) => headerCell(column.header, alignOf(column)));
  const body: TableCell[][] = [header];
  for (const row of section.rows) {
    body.push(
      section.columns.map((column, i) => ({
        text: cellText(row[i] ?? null, column),
        style: 'tableCell',
        alignment: alignOf(column),
        noWrap: column.kind === 'amount' || column.kind === 'integer',
      })),
    );
  }
  if (section.totals) {
    body.push(
      section.columns.map((column, i) => ({
        text: cellText(section.totals![i] ?? null, column),
        style: 'tableCell',
        bold: true,
        alignment: alignOf(column),
        noWrap: column.kind === 'amount' || column.kind === 'integer',
      })),
    );
  }
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: section.columns.map((c) => c.width ?? (c.kind === 'text' || !c.kind ? '*' : 'auto')), body },
    layout: 'parleyGrid',
    role: 'dataTable',
  };
}

function buildCover(data: PacketData, images: Record<string, string>): Content[] {
  const words = paperWords(data.language).frame;
  const zh = data.language !== 'en';
  const sep = zh ? '：' : ': ';
  const content: Content[] = [];
  if (data.letterhead) content.push(...buildLetterhead(data.letterhead, images));
  const facts: [string, string][] = [
    [words.coverTo, data.cover.lenderName],
    [words.coverClient, data.cover.clientName],
    [words.coverFrom, data.cover.organisation ?? data.letterhead?.organisation ?? data.cover.counsellorName],
    [words.coverCounsellor, data.cover.counsellorName],
    [words.caseRef, data.caseReference],
  ];
  if (data.cover.court) facts.push([words.coverCourt, data.cover.court]);
  if (data.cover.caseNumber) facts.push([words.coverCaseNumber, data.cover.caseNumber]);
  if (data.cover.legalStage) facts.push([words.coverLegalStage, data.cover.legalStage]);
  facts.push([words.dateLabel, formatLongDate(data.date, data.language)]);
  const contents = [
    ...(data.letter ? [data.letter.title] : []),
    ...data.sections.map((s) => s.title),
    ...(data.parts ?? []).map((p) => p.title),
    words.enclosureListTitle,
  ];
  content.push(
    { text: data.cover.title ?? words.coverTitle, style: 'title', fontSize: 24, margin: [0, 110, 0, 40], role: 'coverTitle' },
    {
      table: { widths: [110, '*'], body: facts.map(([label, value]) => [{ text: `${label}${sep}`, bold: true, alignment: 'right' }, { text: value }]) },
      layout: 'parleyPlain',
      margin: [40, 0, 40, 40],
      role: 'coverFacts',
    },
    { text: words.contents, style: 'heading', margin: [40, 0, 0, 8] },
    { ol: contents.map((title) => ({ text: title })), margin: [60, 0, 40, 0], role: 'coverContents' },
  );
  return content;
}

function buildSection(section: TableSection): Content[] {
  const content: Content[] = [{ text: section.title, style: 'heading', margin: [0, 0, 0, 8], pageBreak: 'before', role: 'sectionTitle' }];
  if (section.intro) content.push({ text: section.intro, fontSize: 10.5, margin: [0, 0, 0, 10] });
  content.push(buildDataTable(section));
  return content;
}

function buildPart(part: DocPart): Content[] {
  return [{ text: part.title, style: 'heading', margin: [0, 0, 0, 8], pageBreak: 'before', role: 'sectionTitle' }, { stack: part.content, fontSize: 10.5, lineHeight: 1.35, role: 'part' }];
}

function buildEnclosureList(data: PacketData): Content[] {
  const words = paperWords(data.language).frame;
  const content: Content[] = [{ text: words.enclosureListTitle, style: 'heading', margin: [0, 0, 0, 8], pageBreak: 'before', role: 'sectionTitle' }];
  if (data.enclosures.length === 0) {
    content.push({ text: words.noEnclosures, fontSize: 10.5, color: '#555555', role: 'noEnclosures' });
    return content;
  }
  return [
    ...content,
    buildDataTable({
      title: words.enclosureListTitle,
      columns: [
        { header: words.no, kind: 'integer', align: 'center', width: 40 },
        { header: words.enclosureName, width: '*' },
        { header: words.enclosureNote, width: 150 },
      ],
      rows: data.enclosures.map((e, i) => [i + 1, e.name, e.note ?? '']),
    }),
  ];
}

export function buildPacketDocument(data: PacketData): DocDefinition {
  return inCurrency(data.currency, () => packetDocument(data));
}

function packetDocument(data: PacketData): DocDefinition {
  const images: Record<string, string> = {};
  const letter: LetterData | null = data.letter ? { ...data.letter, language: data.language, caseReference: data.caseReference } : null;
  const content: Content[] = [...buildCover(data, images)];
  // The letter starts on its own page, under the letterhead again.
  if (letter) {
    const letterContent: Content[] = [];
    if (data.letterhead) letterContent.push(...buildLetterhead(data.letterhead, images));
    letterContent.push(...buildLetterContent(letter));
    content.push({ stack: letterContent, pageBreak: 'before', role: 'letter' });
  }
  for (const section of data.sections) content.push(...buildSection(section));
  for (const part of data.parts ?? []) content.push(...buildPart(part));
  content.push(...buildEnclosureList(data));
  const title = `${data.cover.title ?? paperWords(data.language).frame.coverTitle} – ${data.cover.lenderName}`;
  return a4Document({ language: data.language, title, caseReference: data.caseReference, styles: caseStyles(), content, images });
}
