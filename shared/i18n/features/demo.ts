import { defineMessages } from '../catalog';

// Demo data: the first-run offer and the menu actions.
export const demoMessages = defineMessages({
  'zh-CN': {
    offerTitle: '先看看示例？',
    offerBody: '载入几个虚构的示例个案（客户、财务状况、债权人和债务），试用每个页面。示例数据有明显标记，可一键移除。',
    load: '载入示例数据',
    remove: '移除示例数据',
    loaded: '已载入 {{clients}} 个示例个案',
    removed: '已移除 {{clients}} 个示例个案',
    removeConfirm: '移除全部示例个案和只在示例中使用的债权人？你自己录入的数据不受影响。',
    more: '更多',
  },
  'zh-TW': {
    offerTitle: '先看看示例？',
    offerBody: '載入幾個虛構的示例個案（客戶、財務狀況、債權人和債務），試用每個頁面。示例資料有明顯標記，可一鍵移除。',
    load: '載入示例資料',
    remove: '移除示例資料',
    loaded: '已載入 {{clients}} 個示例個案',
    removed: '已移除 {{clients}} 個示例個案',
    removeConfirm: '移除全部示例個案和只在示例中使用的債權人？你自己輸入的資料不受影響。',
    more: '更多',
  },
  en: {
    offerTitle: 'Try it with examples first?',
    offerBody: 'Load a few invented cases (clients, statements, lenders and debts) to try every screen. They are clearly marked and removed in one action.',
    load: 'Load demo data',
    remove: 'Remove demo data',
    loaded: '{{clients}} demo cases loaded',
    removed: '{{clients}} demo cases removed',
    removeConfirm: 'Remove every demo case, and the lenders only the demo uses? Your own data stays as it is.',
    more: 'More',
  },
});
