// The list a client takes home of the documents to bring: every item the case's evidence
// checklists ask for, what exactly it means in plain words, for which lenders, and whether
// it is already on file – the missing ones first, with a box to tick. A pure builder: the
// gatherer hands it finished strings in the document's language.
import type { Content, DocDefinition, TableCell } from '../../pdf/types';
import { buildCaseDocument, type CaseDocBase } from './case-docs';
import { headerCell } from './case-part';
import { paperWords, type DocLanguage } from './format';

export interface EvidenceListRow {
  name: string;
  /** What to bring, in plain words. */
  explain: string;
  /** The lenders that need it. */
  lenders: string[];
  received: boolean;
}

export interface EvidenceListDocData extends CaseDocBase {
  counsellorName: string | null;
  rows: EvidenceListRow[];
}

export function buildEvidenceListDocument(data: EvidenceListDocData): DocDefinition {
  const lang = data.language;
  const w = paperWords(lang).evidenceList;
  const sep = lang === 'en' ? ': ' : '：';
  const list = lang === 'en' ? ', ' : '、';
  const rows = [...data.rows].sort((a, b) => Number(a.received) - Number(b.received));
  const body: TableCell[][] = [[headerCell('#'), headerCell(w.document), headerCell(w.forWhom), headerCell(w.status)]];
  rows.forEach((r, i) => {
    body.push([
      { text: String(i + 1), style: 'tableCell' },
      { stack: [{ text: r.name, bold: true }, { text: r.explain, fontSize: 9, color: '#444444' }], style: 'tableCell' },
      { text: r.lenders.join(list), style: 'tableCell', fontSize: 9 },
      { text: r.received ? w.received : w.toBring, style: 'tableCell', bold: !r.received, color: r.received ? '#555555' : '#000000', noWrap: true },
    ]);
  });
  const content: Content[] = [
    { text: `${data.clientName}${lang === 'en' ? ', ' : '，'}${w.intro}`, margin: [0, 0, 0, 8], role: 'intro' },
    rows.length === 0
      ? { text: w.none, role: 'none' }
      : { table: { headerRows: 1, dontBreakRows: true, widths: [16, '*', 110, 'auto'], body }, layout: 'parleyGrid', role: 'evidenceList' },
  ];
  if (data.counsellorName) content.push({ text: `${w.counsellor}${sep}${data.counsellorName}`, margin: [0, 12, 0, 0] });
  const doc = buildCaseDocument(data, { title: w.title, content });
  doc.info = { title: `${w.title} – ${data.clientName}`, subject: data.caseReference };
  return doc;
}

/** "All lenders" when every lender of the case needs it. */
export function allLendersWord(language: DocLanguage): string {
  return paperWords(language).evidenceList.all;
}
