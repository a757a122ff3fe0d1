import { defineMessages } from '../catalog';

// The quick search (Ctrl/Cmd+K).
export const searchMessages = defineMessages({
  'zh-CN': {
    open: '搜索',
    shortcut: '快速搜索',
    placeholder: '搜索客户、债权人、合同编号、备注、联系记录、信函（可用拼音或首字母）',
    empty: '没有找到相关结果',
    hint: '输入姓名、拼音首字母（如 zs）、电话、合同编号，或通话记录、信函中的词语',
    kinds: { client: '客户', lender: '债权人', debt: '债务', contact: '联系记录', letter: '信函' },
  },
  'zh-TW': {
    open: '搜尋',
    shortcut: '快速搜尋',
    placeholder: '搜尋客戶、債權人、合約編號、備註、聯繫記錄、信函（可用拼音或首字母）',
    empty: '沒有找到相關結果',
    hint: '輸入姓名、拼音首字母（如 zs）、電話、合約編號，或通話記錄、信函中的詞語',
    kinds: { client: '客戶', lender: '債權人', debt: '債務', contact: '聯繫記錄', letter: '信函' },
  },
  en: {
    open: 'Search',
    shortcut: 'Quick search',
    placeholder: 'Search clients, lenders, account numbers, notes, contacts, letters (pinyin and initials work)',
    empty: 'Nothing found',
    hint: 'Type a name, pinyin initials (e.g. zs), a phone, an account number, or words from a call or a letter',
    kinds: { client: 'Client', lender: 'Lender', debt: 'Debt', contact: 'Contact', letter: 'Letter' },
  },
});
