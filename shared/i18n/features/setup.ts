import { defineMessages } from '../catalog';

// The first start: what letters and documents need before the first case, then the demo offer.
export const setupMessages = defineMessages({
  'zh-CN': {
    title: '开始之前',
    intro: '信函和文件的信头、落款需要这些信息。以后可以在“设置”中修改。',
    stepDetails: '你的信息',
    stepDemo: '示例数据',
    organisation: '机构名称（信头）',
    phone: '联系电话（信头）',
    email: '电子邮箱（信头）',
    next: '保存并继续',
    skip: '以后再说',
    demoBody: '要先载入几个虚构的示例个案试用每个页面吗？它们带“示例”标记，案件编号以 DEMO- 开头，可一键移除。',
    startEmpty: '不用，从空白开始',
  },
  'zh-TW': {
    title: '開始之前',
    intro: '信函和文件的信頭、落款需要這些資訊。之後可以在「設定」中修改。',
    stepDetails: '你的資訊',
    stepDemo: '範例資料',
    organisation: '機構名稱（信頭）',
    phone: '聯絡電話（信頭）',
    email: '電子郵件（信頭）',
    next: '儲存並繼續',
    skip: '以後再說',
    demoBody: '要先載入幾個虛構的範例個案試用每個頁面嗎？它們帶「範例」標記，案件編號以 DEMO- 開頭，可一鍵移除。',
    startEmpty: '不用，從空白開始',
  },
  en: {
    title: 'Before you start',
    intro: 'Letters and documents need these for their letterhead and signature. Settings changes them later.',
    stepDetails: 'About you',
    stepDemo: 'Demo data',
    organisation: 'Organisation (letterhead)',
    phone: 'Phone (letterhead)',
    email: 'E-mail (letterhead)',
    next: 'Save and continue',
    skip: 'Later',
    demoBody: 'Load a few invented cases to try every screen first? They carry a Demo tag, their case numbers start with DEMO-, and one action removes them.',
    startEmpty: 'No, start empty',
  },
});
