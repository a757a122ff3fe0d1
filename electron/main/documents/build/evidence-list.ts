// The list a client takes home of the documents to bring: every item the case's evidence
// checklists ask for, what exactly it means in plain words, for which lenders, and whether
// it is already on file – the missing ones first, with a box to tick. A pure builder: the
// gatherer hands it finished strings in the document's language.
import type { Content, DocDefinition, TableCell } from '../../pdf/types';
import { buildCaseDocument, type CaseDocBase } from './case-docs';
import type { DocLanguage } from './format';

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

interface Words {
  title: string;
  intro: string;
  document: string;
  forWhom: string;
  status: string;
  toBring: string;
  received: string;
  none: string;
  all: string;
  counsellor: string;
}

const WORDS: Record<DocLanguage, Words> = {
  'zh-CN': {
    title: '需要准备的材料',
    intro: '请把下列材料交给您的顾问。债权人要看到这些材料，才会考虑您的还款方案。复印件就可以，原件请自己保管好。',
    document: '材料',
    forWhom: '用于',
    status: '状态',
    toBring: '□ 待交',
    received: '已收到',
    none: '目前不需要再交材料。',
    all: '全部债权人',
    counsellor: '顾问',
  },
  'zh-TW': {
    title: '需要準備的資料',
    intro: '請把下列資料交給您的顧問。債權人要看到這些資料，才會考慮您的還款方案。影本就可以，正本請自己保管好。',
    document: '資料',
    forWhom: '用於',
    status: '狀態',
    toBring: '□ 待交',
    received: '已收到',
    none: '目前不需要再交資料。',
    all: '全部債權人',
    counsellor: '顧問',
  },
  en: {
    title: 'Documents to bring',
    intro: 'Please bring these documents to your counsellor. Your lenders need to see them before they will consider your repayment plan. Copies are fine; keep the originals safe.',
    document: 'Document',
    forWhom: 'For',
    status: 'Status',
    toBring: '□ To bring',
    received: 'Received',
    none: 'There is nothing more to bring for now.',
    all: 'All lenders',
    counsellor: 'Counsellor',
  },
};

export function buildEvidenceListDocument(data: EvidenceListDocData): DocDefinition {
  const lang = data.language;
  const w = WORDS[lang];
  const sep = lang === 'en' ? ': ' : '：';
  const list = lang === 'en' ? ', ' : '、';
  const head = (text: string): TableCell => ({ text, style: 'tableHeader', fillColor: '#eeeeee' });
  const rows = [...data.rows].sort((a, b) => Number(a.received) - Number(b.received));
  const body: TableCell[][] = [[head('#'), head(w.document), head(w.forWhom), head(w.status)]];
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
  return WORDS[language].all;
}
