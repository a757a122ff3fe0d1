import type { Locale } from '../schemas/common';

// One word per thing: the word the screens, the documents and the letters use for each
// concept in each language, and the words they must not use for it (synonyms that crept in
// before). test/unit/shared/i18n/glossary.test.ts reads every catalog, every document word
// table and every default letter and fails on an avoided word; the README's glossary table
// lists the same words.

export interface GlossaryEntry {
  /** What the word names, in English. */
  thing: string;
  /** The word (or words, e.g. a verb and its state) used for it, per language. */
  words: Record<Locale, readonly string[]>;
  /** Words that must not appear anywhere (substrings of any text in that language). */
  avoid: Record<Locale, readonly string[]>;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    thing: 'what is put to one lender (drafted → sent → …)',
    words: { 'zh-CN': ['报价'], 'zh-TW': ['報價'], en: ['offer'] },
    // 方案 is the proposal's word: an offer's reply, expiry or acceptance is never a 方案's.
    avoid: {
      'zh-CN': ['提议', '要约', '出价', '方案答复', '方案到期', '方案有效期', '方案的条件', '接受的方案', '获接受方案', '发出的方案', '发出过方案', '」方案'],
      'zh-TW': ['提議', '要約', '出價', '方案答覆', '方案到期', '方案有效期', '方案的條件', '接受的方案', '獲接受方案', '發出的方案', '發出過方案', '」方案'],
      en: ['counter-proposal', 'bid'],
    },
  },
  {
    thing: 'the kind of arrangement asked of a lender (extension, instalments, waiver, …)',
    words: { 'zh-CN': ['还款安排'], 'zh-TW': ['還款安排'], en: ['remedy'] },
    avoid: { 'zh-CN': ['按方案', '方案需要', '全部方案', '手动选择的方案'], 'zh-TW': ['按方案', '依方案', '方案需要', '全部方案', '手動選擇的方案'], en: [] },
  },
  {
    thing: 'the pro-rata plan over all debts, with its scenarios',
    words: { 'zh-CN': ['还款方案'], 'zh-TW': ['還款方案'], en: ['proposal'] },
    avoid: { 'zh-CN': ['还款提案', '偿债计划书'], 'zh-TW': ['還款提案', '償債計劃書'], en: ['repayment scheme'] },
  },
  {
    thing: 'what a lender accepted, with its instalments',
    words: { 'zh-CN': ['还款协议'], 'zh-TW': ['還款協議'], en: ['agreement'] },
    avoid: { 'zh-CN': ['和解协议书', '还款合约'], 'zh-TW': ['和解協議書', '還款合約'], en: ['settlement agreement'] },
  },
  {
    thing: 'a letter to a lender (menu, tab, page, documents)',
    words: { 'zh-CN': ['信函'], 'zh-TW': ['信函'], en: ['letter'] },
    avoid: { 'zh-CN': ['函件', '信件'], 'zh-TW': ['函件', '信件'], en: [] },
  },
  {
    thing: 'an offer or letter being written: drafted (state), to draft (act); a letter not yet final is a draft (草稿)',
    words: { 'zh-CN': ['已起草', '起草', '草稿'], 'zh-TW': ['已起草', '起草', '草稿'], en: ['drafted', 'draft'] },
    avoid: { 'zh-CN': ['草拟', '拟稿', '拟定中'], 'zh-TW': ['草擬', '擬稿', '擬定中'], en: [] },
  },
  {
    thing: 'the contact channel of apps and web forms',
    words: { 'zh-CN': ['在线表单'], 'zh-TW': ['線上表單'], en: ['online form'] },
    avoid: { 'zh-CN': ['网上表单', '网页表单', '在线表格'], 'zh-TW': ['網上表單', '網頁表單', '在線表單', '線上表格'], en: ['web form'] },
  },
  {
    thing: 'text messages',
    words: { 'zh-CN': ['短信'], 'zh-TW': ['簡訊'], en: ['SMS'] },
    avoid: { 'zh-CN': ['短讯', '简讯'], 'zh-TW': ['短信', '短訊'], en: ['text message'] },
  },
];
