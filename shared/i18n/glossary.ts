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
  /** The catalog key that holds the first word, where one name is kept in one place (the remedies). */
  key?: string;
}

/** One remedy's name: the catalog's one list of remedy names (agreements.remedies) holds it. */
function remedy(name: string, thing: string, words: Record<Locale, string>, avoid: Record<Locale, readonly string[]>): GlossaryEntry {
  return { thing: `remedy: ${thing}`, words: { 'zh-CN': [words['zh-CN']], 'zh-TW': [words['zh-TW']], en: [words.en] }, avoid, key: `agreements.remedies.${name}` };
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
  // Each remedy has one name on the screens (offers, proposals, calendar) and on paper (the
  // printed proposal); the client's own plan words them in plain sentences (paper.clientPlan.remedies).
  remedy('extension', 'all of it on a later date', { 'zh-CN': '延期还款', 'zh-TW': '延期還款', en: 'Extension' }, { 'zh-CN': [], 'zh-TW': [], en: [] }),
  remedy('instalments', 'monthly instalments', { 'zh-CN': '分期还款', 'zh-TW': '分期還款', en: 'Instalments' }, { 'zh-CN': ['停息分期'], 'zh-TW': ['停息分期'], en: ['interest frozen'] }),
  remedy(
    'waiver',
    'interest, penalty interest and fees waived',
    { 'zh-CN': '减免息费', 'zh-TW': '減免息費', en: 'Waiver of interest and fees' },
    { 'zh-CN': ['减免利息/罚息/费用'], 'zh-TW': ['減免利息/罰息/費用'], en: ['Waiver of charges', 'Waiver of interest / penalty'] },
  ),
  remedy('settlement', 'one sum in full settlement', { 'zh-CN': '一次性结清', 'zh-TW': '一次性結清', en: 'Lump-sum settlement' }, { 'zh-CN': [], 'zh-TW': [], en: [] }),
  remedy(
    'card_instalments',
    "the card issuer's personalised instalments",
    { 'zh-CN': '信用卡个性化分期', 'zh-TW': '信用卡個性化分期', en: 'Card personalised instalments' },
    { 'zh-CN': ['个人化分期'], 'zh-TW': ['個人化分期'], en: ['Card instalment plan'] },
  ),
  remedy(
    'hardship',
    'the lender asked to hold collection',
    { 'zh-CN': '暂缓催收', 'zh-TW': '暫緩催收', en: 'Hold on collection' },
    { 'zh-CN': ['困难暂缓', '困难说明（暂缓催收）'], 'zh-TW': ['困難暫緩', '困難說明（暫緩催收）'], en: ['Hardship pause', 'Hardship (hold collection)'] },
  ),
];
