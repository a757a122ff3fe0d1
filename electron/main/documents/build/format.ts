// Formatting for printed documents: amounts, dates and the fixed words of each language.
// Pure functions; no locale data from the runtime, so output is the same on every machine.

import { formatMoney, type Currency } from '../../../../shared/domain/money';
import { documentUnit } from '../../../../shared/domain/money-words';

export type DocLanguage = 'zh-CN' | 'zh-TW' | 'en';

export const DOC_LANGUAGES: readonly DocLanguage[] = ['zh-CN', 'zh-TW', 'en'];

// The currency of the document being built. Every builder takes it with its data (a case's
// amounts are in its region's currency) and sets it for the length of its own synchronous
// run with inCurrency, so the small helpers that print an amount or a column header need no
// extra parameter. Builders are pure and synchronous: nothing else runs in between.
let activeCurrency: Currency = 'CNY';

/** Runs a (synchronous) builder with `currency` as the currency of every amount it prints. */
export function inCurrency<T>(currency: Currency | undefined, build: () => T): T {
  const before = activeCurrency;
  activeCurrency = currency ?? 'CNY';
  try {
    return build();
  } finally {
    activeCurrency = before;
  }
}

/**
 * Integer minor units (fen) -> "12,345.67" (thousands separators, two decimals, ASCII
 * minus): the shared formatter, so the documents print what the UI shows. Renminbi amounts
 * carry no symbol (headers say 元, as before); any other currency carries its symbol on
 * every amount ("NT$12,345", "HK$1,234.50"), since a bare figure beside a region's dollar
 * is the first thing a reader could misread.
 */
export function formatAmount(fen: number, currency: Currency = activeCurrency): string {
  if (!Number.isSafeInteger(fen)) throw new Error(`Amount must be an integer number of fen, got ${fen}`);
  return formatMoney(fen, { currency, symbol: currency !== 'CNY' });
}

/** The currency of the document being built (see inCurrency). */
export function documentCurrency(): Currency {
  return activeCurrency;
}

const unitTables = new Map<string, unknown>();

/**
 * A word table with its currency unit for the active currency: the tables are written for
 * renminbi (金额（元）, 金额单位：元, Amount (CNY)); a Taiwan case reads 金額（新臺幣）,
 * a Hong Kong one 金額（港幣）, in English (TWD) / (HKD).
 */
export function withCurrencyUnit<T extends object>(table: T, language: DocLanguage, name: string): T {
  if (activeCurrency === 'CNY') return table;
  const key = `${name}|${language}|${activeCurrency}`;
  const cached = unitTables.get(key) as T | undefined;
  if (cached) return cached;
  const unit = documentUnit(activeCurrency, language);
  const swap = (text: string) =>
    text
      .replace(/（元）/g, `（${unit}）`)
      .replace(/(单位|單位)：元/g, `$1：${unit}`)
      .replace(/\(CNY\)/g, `(${unit})`)
      .replace(/in CNY\b/g, `in ${unit}`);
  const swapped = Object.fromEntries(Object.entries(table).map(([k, v]) => [k, typeof v === 'string' ? swap(v) : v])) as T;
  unitTables.set(key, swapped);
  return swapped;
}

/** The fixed words of a language, with the active currency's unit. */
export function docWords(language: DocLanguage): DocWords {
  return withCurrencyUnit(WORDS[language], language, 'doc');
}

export interface DocWords {
  closingLead: string;
  closingSalute: string;
  applicant: string;
  idNumber: string;
  contact: string;
  enclosures: string;
  caseRef: string;
  /** Beside a demo case's number in the footer. */
  demo: string;
  /** Page label with {{page}} / {{pages}} placeholders, filled per page by render.ts. */
  pageOf: string;
  item: string;
  amountHeader: string;
  total: string;
  dateLabel: string;
  coverTitle: string;
  coverTo: string;
  coverFrom: string;
  coverClient: string;
  coverCounsellor: string;
  /** Cover-sheet lines for a debt before a court: court, case number (案号), stage. */
  coverCourt: string;
  coverCaseNumber: string;
  coverLegalStage: string;
  contents: string;
  enclosureListTitle: string;
  enclosureName: string;
  enclosureNote: string;
  no: string;
  listSeparator: string;
  noEnclosures: string;
  /** Note beside a case document the packet itself carries, in its enclosure list. */
  inPacket: string;
}

export const WORDS: Record<DocLanguage, DocWords> = {
  'zh-CN': {
    closingLead: '此致',
    closingSalute: '敬礼！',
    applicant: '申请人',
    idNumber: '身份证号',
    contact: '联系电话',
    enclosures: '附件',
    caseRef: '案件编号',
    demo: '示例',
    pageOf: '第 {{page}} 页　共 {{pages}} 页',
    item: '项目',
    amountHeader: '金额（元）',
    total: '合计',
    dateLabel: '日期',
    coverTitle: '协商还款材料',
    coverTo: '致',
    coverFrom: '提交方',
    coverClient: '借款人',
    coverCounsellor: '经办顾问',
    coverCourt: '受理法院',
    coverCaseNumber: '案号',
    coverLegalStage: '诉讼/执行阶段',
    contents: '材料目录',
    enclosureListTitle: '附件清单',
    enclosureName: '材料名称',
    enclosureNote: '说明',
    no: '序号',
    listSeparator: '、',
    noEnclosures: '本材料未附证明文件。',
    inPacket: '随本材料附上',
  },
  'zh-TW': {
    closingLead: '此致',
    closingSalute: '敬禮！',
    applicant: '申請人',
    idNumber: '身分證號',
    contact: '聯絡電話',
    enclosures: '附件',
    caseRef: '案件編號',
    demo: '範例',
    pageOf: '第 {{page}} 頁　共 {{pages}} 頁',
    item: '項目',
    amountHeader: '金額（元）',
    total: '合計',
    dateLabel: '日期',
    coverTitle: '協商還款資料',
    coverTo: '致',
    coverFrom: '提交方',
    coverClient: '借款人',
    coverCounsellor: '經辦顧問',
    coverCourt: '受理法院',
    coverCaseNumber: '案號',
    coverLegalStage: '訴訟／執行階段',
    contents: '資料目錄',
    enclosureListTitle: '附件清單',
    enclosureName: '資料名稱',
    enclosureNote: '說明',
    no: '序號',
    listSeparator: '、',
    noEnclosures: '本資料未附證明文件。',
    inPacket: '隨本資料附上',
  },
  en: {
    closingLead: 'Yours faithfully,',
    closingSalute: '',
    applicant: 'Applicant',
    idNumber: 'ID no.',
    contact: 'Telephone',
    enclosures: 'Enclosures',
    caseRef: 'Case ref.',
    demo: 'Demo',
    pageOf: 'Page {{page}} of {{pages}}',
    item: 'Item',
    amountHeader: 'Amount (CNY)',
    total: 'Total',
    dateLabel: 'Date',
    coverTitle: 'Repayment negotiation packet',
    coverTo: 'To',
    coverFrom: 'From',
    coverClient: 'Borrower',
    coverCounsellor: 'Counsellor',
    coverCourt: 'Court',
    coverCaseNumber: 'Case number',
    coverLegalStage: 'Court stage',
    contents: 'Contents',
    enclosureListTitle: 'List of enclosures',
    enclosureName: 'Document',
    enclosureNote: 'Note',
    no: 'No.',
    listSeparator: ', ',
    noEnclosures: 'No supporting documents are enclosed.',
    inPacket: 'In this packet',
  },
};

/** Every fixed word the document builders can print in a language (for glyph-coverage checks). */
export function fixedWords(language: DocLanguage): string {
  return Object.values(WORDS[language]).join('') + '：:，。、（）0123456789.,-';
}
