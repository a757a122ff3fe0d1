// Fixed words of the client's own plan (the one- or two-page summary the client keeps and
// signs), in plain language, in each document language. Pure data like CASE_WORDS; the
// Traditional text uses Traditional characters only (a document is in one script).
import type { Remedy } from '../../../../shared/schemas/remedies';
import type { DocLanguage } from './format';

export interface ClientPlanWords {
  title: string;
  /** {{name}}: the client's name. */
  intro: string;
  notYetAgreed: string;
  client: string;
  counsellor: string;
  starts: string;
  ends: string;
  term: string;
  monthsUnit: string;
  budgetTitle: string;
  income: string;
  livingCosts: string;
  left: string;
  keptAside: string;
  priority: string;
  forLenders: string;
  whoTitle: string;
  lender: string;
  how: string;
  eachMonth: string;
  payments: string;
  from: string;
  to: string;
  total: string;
  sum: string;
  oneOff: string;
  noPayment: string;
  monthsTitle: string;
  period: string;
  perMonth: string;
  /** {{amount}} {{months}}: when every month's total is the same. */
  sameEachMonth: string;
  /** {{amount}} {{date}} */
  endsLine: string;
  mustTitle: string;
  must: string[];
  missTitle: string;
  miss: string[];
  signTitle: string;
  clientSignature: string;
  counsellorSignature: string;
  date: string;
  /** How each remedy reads to the client. */
  remedies: Record<Remedy, string>;
}

export const CLIENT_PLAN_WORDS: Record<DocLanguage, ClientPlanWords> = {
  'zh-CN': {
    title: '我的还款计划',
    intro: '{{name}}，这份计划写明您每个月要还多少钱、还给谁、到什么时候还完。请仔细阅读，有不明白的地方请随时问您的顾问。',
    notYetAgreed: '这份计划是向各债权人提出的方案。每家债权人同意后才生效；哪家已经同意、第一笔什么时候还，顾问会告诉您。',
    client: '借款人',
    counsellor: '顾问',
    starts: '第一笔还款',
    ends: '最后一笔还款',
    term: '计划期限',
    monthsUnit: '个月',
    budgetTitle: '您每个月的钱',
    income: '每月收入',
    livingCosts: '每月生活开支',
    left: '剩下可以还款的钱',
    keptAside: '留作应急的钱',
    priority: '先还的优先债务',
    forLenders: '每月分给各债权人',
    whoTitle: '还给谁、还多少',
    lender: '债权人',
    how: '怎么还',
    eachMonth: '每月金额',
    payments: '笔数',
    from: '从',
    to: '到',
    total: '一共',
    sum: '合计',
    oneOff: '一次付清',
    noPayment: '暂不还款',
    monthsTitle: '每个月一共要还多少',
    period: '月份',
    perMonth: '每月一共',
    sameEachMonth: '{{months}}，每个月一共还 {{amount}}。',
    endsLine: '按这份计划，您一共要还 {{amount}}，最后一笔在 {{date}}。',
    mustTitle: '您需要做的事',
    must: [
      '每月按时、按上表的金额还款，付到债权人指定的账户，保留每一张付款凭证。',
      '收入、开支或家里情况有变化（换工作、失业、生病、家里添人），一周内告诉顾问。',
      '债权人或催收方寄来的信、短信和通知都要保留，并尽快交给顾问。',
      '计划期间不要再借新的贷款，也不要替别人担保。',
      '如果某个月可能还不上，请在还款日之前就联系顾问，不要等到逾期。',
    ],
    missTitle: '如果错过一次还款',
    miss: [
      '债权人可以取消已经同意的安排，重新按原合同催收。',
      '已经减免的利息、罚息和费用可能会被重新计算。',
      '请马上联系顾问：提前说明情况，计划往往还能调整。',
    ],
    signTitle: '签名确认',
    clientSignature: '借款人签名',
    counsellorSignature: '顾问签名',
    date: '日期',
    remedies: {
      extension: '延后到一个日期一次还清',
      instalments: '每月分期还',
      waiver: '减免利息和费用',
      settlement: '一次性还一笔钱结清',
      card_instalments: '信用卡分期还',
      hardship: '请债权人暂缓催收',
    },
  },
  'zh-TW': {
    title: '我的還款計畫',
    intro: '{{name}}，這份計畫寫明您每個月要還多少錢、還給誰、到什麼時候還完。請仔細閱讀，有不明白的地方請隨時問您的顧問。',
    notYetAgreed: '這份計畫是向各債權人提出的方案。每家債權人同意後才生效；哪家已經同意、第一筆什麼時候還，顧問會告訴您。',
    client: '借款人',
    counsellor: '顧問',
    starts: '第一筆還款',
    ends: '最後一筆還款',
    term: '計畫期限',
    monthsUnit: '個月',
    budgetTitle: '您每個月的錢',
    income: '每月收入',
    livingCosts: '每月生活開支',
    left: '剩下可以還款的錢',
    keptAside: '留作應急的錢',
    priority: '先還的優先債務',
    forLenders: '每月分給各債權人',
    whoTitle: '還給誰、還多少',
    lender: '債權人',
    how: '怎麼還',
    eachMonth: '每月金額',
    payments: '筆數',
    from: '從',
    to: '到',
    total: '一共',
    sum: '合計',
    oneOff: '一次付清',
    noPayment: '暫不還款',
    monthsTitle: '每個月一共要還多少',
    period: '月份',
    perMonth: '每月一共',
    sameEachMonth: '{{months}}，每個月一共還 {{amount}}。',
    endsLine: '按這份計畫，您一共要還 {{amount}}，最後一筆在 {{date}}。',
    mustTitle: '您需要做的事',
    must: [
      '每月按時、按上表的金額還款，付到債權人指定的帳戶，保留每一張付款憑證。',
      '收入、開支或家裡情況有變化（換工作、失業、生病、家裡添人），一週內告訴顧問。',
      '債權人或催收方寄來的信、簡訊和通知都要保留，並盡快交給顧問。',
      '計畫期間不要再借新的貸款，也不要替別人擔保。',
      '如果某個月可能還不上，請在還款日之前就聯絡顧問，不要等到逾期。',
    ],
    missTitle: '如果錯過一次還款',
    miss: [
      '債權人可以取消已經同意的安排，重新按原合約催收。',
      '已經減免的利息、罰息和費用可能會被重新計算。',
      '請馬上聯絡顧問：提前說明情況，計畫往往還能調整。',
    ],
    signTitle: '簽名確認',
    clientSignature: '借款人簽名',
    counsellorSignature: '顧問簽名',
    date: '日期',
    remedies: {
      extension: '延後到一個日期一次還清',
      instalments: '每月分期還',
      waiver: '減免利息和費用',
      settlement: '一次性還一筆錢結清',
      card_instalments: '信用卡分期還',
      hardship: '請債權人暫緩催收',
    },
  },
  en: {
    title: 'My repayment plan',
    intro: '{{name}}, this plan shows how much you pay each month, to whom, and when it ends. Please read it carefully and ask your counsellor about anything that is not clear.',
    notYetAgreed: 'This plan is what we are asking your lenders to accept. It applies to each lender once that lender agrees; your counsellor will tell you which lenders have agreed and when your first payment is due.',
    client: 'Client',
    counsellor: 'Counsellor',
    starts: 'First payment',
    ends: 'Last payment',
    term: 'Length of the plan',
    monthsUnit: 'months',
    budgetTitle: 'Your money each month',
    income: 'Income each month',
    livingCosts: 'Living costs each month',
    left: 'Left over to pay debts',
    keptAside: 'Kept aside for emergencies',
    priority: 'Priority debts, paid first',
    forLenders: 'Shared among your lenders',
    whoTitle: 'Who you pay and how much',
    lender: 'Lender',
    how: 'How',
    eachMonth: 'Each month',
    payments: 'Payments',
    from: 'From',
    to: 'To',
    total: 'In total',
    sum: 'Total',
    oneOff: 'One payment',
    noPayment: 'No payment for now',
    monthsTitle: 'What you pay in total each month',
    period: 'Months',
    perMonth: 'Each month',
    sameEachMonth: '{{months}}: {{amount}} in total each month.',
    endsLine: 'Under this plan you pay {{amount}} in total; the last payment is on {{date}}.',
    mustTitle: 'What you need to do',
    must: [
      'Pay the amount in the table on the date, every month, into the account the lender gives you, and keep every receipt.',
      'Tell your counsellor within a week when your income, your costs or your household change (new job, lost job, illness, a new child).',
      'Keep every letter, SMS and notice from a lender or a collector, and pass them to your counsellor.',
      "Do not take out new loans or guarantee anyone else's loan while the plan runs.",
      'If you may not be able to pay one month, contact your counsellor before the payment date, not after.',
    ],
    missTitle: 'If you miss a payment',
    miss: [
      'A lender may cancel the arrangement it agreed to and collect under the original contract again.',
      'Interest, penalty interest and fees that were waived may be added back.',
      'Contact your counsellor at once: when you tell us early, the plan can often be adjusted.',
    ],
    signTitle: 'Signatures',
    clientSignature: "Client's signature",
    counsellorSignature: "Counsellor's signature",
    date: 'Date',
    remedies: {
      extension: 'All of it on a later date',
      instalments: 'Monthly instalments',
      waiver: 'Interest and fees waived',
      settlement: 'One sum in full settlement',
      card_instalments: 'Credit-card instalments',
      hardship: 'Lender asked to pause collection',
    },
  },
};
