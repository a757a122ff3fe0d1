import { defineMessages } from '../catalog';

// Demo data: the first-run offer and the menu actions.
export const demoMessages = defineMessages({
  'zh-CN': {
    load: '载入示例数据',
    remove: '移除示例数据',
    loaded: '已载入 {{clients}} 个示例个案',
    removed: '已移除 {{clients}} 个示例个案',
    removeConfirm: '移除全部示例个案和只在示例中使用的债权人？你自己录入的数据不受影响。',
    more: '更多',
    tag: '示例',
    namePrefix: '示例·',
    loadConfirmTitle: '载入示例个案？',
    loadConfirmBody: '将加入几个虚构的示例个案和几家示例债权人。它们的案件编号以 DEMO- 开头，姓名以“示例·”开头，到处带“示例”标记，可随时在“更多”中一键移除。',
  },
  'zh-TW': {
    load: '載入範例資料',
    remove: '移除範例資料',
    loaded: '已載入 {{clients}} 個範例個案',
    removed: '已移除 {{clients}} 個範例個案',
    removeConfirm: '移除全部範例個案和只在範例中使用的債權人？你自己輸入的資料不受影響。',
    more: '更多',
    tag: '範例',
    namePrefix: '範例·',
    loadConfirmTitle: '載入範例個案？',
    loadConfirmBody: '將加入幾個虛構的範例個案和幾家範例債權人。它們的案件編號以 DEMO- 開頭，姓名以「範例·」開頭，到處帶「範例」標記，可隨時在「更多」中一鍵移除。',
  },
  en: {
    load: 'Load demo data',
    remove: 'Remove demo data',
    loaded: '{{clients}} demo cases loaded',
    removed: '{{clients}} demo cases removed',
    removeConfirm: 'Remove every demo case, and the lenders only the demo uses? Your own data stays as it is.',
    more: 'More',
    tag: 'Demo',
    namePrefix: 'Demo · ',
    loadConfirmTitle: 'Load the demo cases?',
    loadConfirmBody: 'Adds a few invented cases and a few demo lenders. Their case numbers start with DEMO-, their names with “Demo ·”, they carry a Demo tag everywhere, and “More” removes them in one action.',
  },
});
