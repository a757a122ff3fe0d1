// Fixed words of the case documents (financial statement, schedule of debts, repayment
// proposal, contact log) in each document language. Pure data, like WORDS in format.ts; the
// gatherer translates the enumerations (categories, product types, legal stages) itself and
// hands the builders finished strings.
import { withCurrencyUnit, type DocLanguage } from './format';

export interface CaseWords {
  statementTitle: string;
  debtScheduleTitle: string;
  proposalTitle: string;
  contactLogTitle: string;
  client: string;
  statementDate: string;
  issuedOn: string;
  household: string;
  adults: string;
  dependants: string;
  employment: string;
  occupation: string;
  income: string;
  fixedExpenses: string;
  variableExpenses: string;
  category: string;
  detail: string;
  monthly: string;
  totalIncome: string;
  totalFixed: string;
  totalVariable: string;
  totalExpenses: string;
  disposable: string;
  summary: string;
  statementNote: string;
  noLines: string;
  lender: string;
  product: string;
  accountRef: string;
  principal: string;
  interest: string;
  penaltyFees: string;
  outstanding: string;
  daysOverdue: string;
  legalStage: string;
  debtScheduleIntro: string;
  addressedMark: string;
  /** The IRR-method annual rate (PBOC Announcement [2021] No. 3), the figure every rate is quoted by. */
  annualRate: string;
  annualRateNote: string;
  startDate: string;
  months: string;
  disposableIncome: string;
  priorityPayments: string;
  contingency: string;
  budget: string;
  proRataTitle: string;
  proRataIntro: string;
  sharePct: string;
  monthlyShare: string;
  remedy: string;
  totalRepaid: string;
  /** 减免金额: the part of today's balance the plan asks the lender to give up. */
  waiver: string;
  monthlyPayment: string;
  instalments: string;
  lastDue: string;
  beyondTerm: string;
  remainderWaived: string;
  priorityDebt: string;
  yourTerms: string;
  instalmentNo: string;
  dueDate: string;
  amount: string;
  cumulative: string;
  noSchedule: string;
  date: string;
  channel: string;
  direction: string;
  person: string;
  contents: string;
  outcome: string;
  incident: string;
  noContacts: string;
  directionIn: string;
  directionOut: string;
  notes: string;
  monthsUnit: string;
  termUnit: string;
  personsUnit: string;
}

export const CASE_WORDS: Record<DocLanguage, CaseWords> = {
  'zh-CN': {
    statementTitle: '家庭收支情况表',
    debtScheduleTitle: '全部债务明细表',
    proposalTitle: '还款方案',
    contactLogTitle: '沟通记录',
    client: '借款人',
    statementDate: '收支情况日期',
    issuedOn: '制表日期',
    household: '家庭情况',
    adults: '成年人',
    dependants: '受抚养人',
    employment: '就业状况',
    occupation: '职业',
    income: '收入',
    fixedExpenses: '固定支出',
    variableExpenses: '日常支出',
    category: '类别',
    detail: '说明',
    monthly: '每月金额（元）',
    totalIncome: '收入合计',
    totalFixed: '固定支出合计',
    totalVariable: '日常支出合计',
    totalExpenses: '支出合计',
    disposable: '每月可用于还款',
    summary: '每月收支汇总',
    statementNote: '所有金额均已折算为每月金额。',
    noLines: '无',
    lender: '债权人',
    product: '产品',
    accountRef: '账号/合同号',
    principal: '本金',
    interest: '利息',
    penaltyFees: '罚息及费用',
    outstanding: '欠款合计',
    daysOverdue: '逾期天数',
    legalStage: '法律程序',
    debtScheduleIntro: '下表列出借款人的全部债务（金额单位：元），各债权人按同一标准对待。',
    addressedMark: '★ 为本函致送的债权人。',
    annualRate: '年化利率（IRR法）',
    annualRateNote: '年化利率（IRR法）：按借款人实际到手金额与合同每期应还金额（含各项费用）计算的每期内部收益率 × 每年期数，不计复利（中国人民银行公告〔2021〕第3号）。未填写还款计划的债务显示为“—”。',
    startDate: '首期还款日',
    months: '方案期限',
    disposableIncome: '每月可支配收入',
    priorityPayments: '优先债务每月还款',
    contingency: '应急预留',
    budget: '每月按比例分配总额',
    proRataTitle: '各债权人按比例分配',
    proRataIntro: '每月可用于还款的资金按各笔非优先债务的欠款金额比例分配（金额单位：元）。',
    sharePct: '占比',
    monthlyShare: '每月分配',
    remedy: '还款安排',
    totalRepaid: '还款总额',
    waiver: '减免金额',
    monthlyPayment: '每月还款',
    instalments: '还款期数',
    lastDue: '末期还款日',
    beyondTerm: '本笔还款安排超出方案期限，为协商确定的例外。',
    remainderWaived: '按上述每月还款额，方案期限内无法还清全部欠款；恳请贵方减免其余部分（即上表所列减免金额）。',
    priorityDebt: '优先',
    yourTerms: '致贵方的还款安排',
    instalmentNo: '期数',
    dueDate: '还款日期',
    amount: '金额（元）',
    cumulative: '累计（元）',
    noSchedule: '本方案未列出分期明细。',
    date: '日期',
    channel: '方式',
    direction: '方向',
    person: '联系人',
    contents: '内容',
    outcome: '结果',
    incident: '不当催收',
    noContacts: '暂无沟通记录。',
    directionIn: '来电/来函',
    directionOut: '去电/去函',
    notes: '备注',
    monthsUnit: '期',
    termUnit: '个月',
    personsUnit: '人',
  },
  'zh-TW': {
    statementTitle: '家庭收支情況表',
    debtScheduleTitle: '全部債務明細表',
    proposalTitle: '還款方案',
    contactLogTitle: '溝通記錄',
    client: '借款人',
    statementDate: '收支情況日期',
    issuedOn: '製表日期',
    household: '家庭情況',
    adults: '成年人',
    dependants: '受扶養人',
    employment: '就業狀況',
    occupation: '職業',
    income: '收入',
    fixedExpenses: '固定支出',
    variableExpenses: '日常支出',
    category: '類別',
    detail: '說明',
    monthly: '每月金額（元）',
    totalIncome: '收入合計',
    totalFixed: '固定支出合計',
    totalVariable: '日常支出合計',
    totalExpenses: '支出合計',
    disposable: '每月可用於還款',
    summary: '每月收支彙總',
    statementNote: '所有金額均已折算為每月金額。',
    noLines: '無',
    lender: '債權人',
    product: '產品',
    accountRef: '帳號/合約號',
    principal: '本金',
    interest: '利息',
    penaltyFees: '罰息及費用',
    outstanding: '欠款合計',
    daysOverdue: '逾期天數',
    legalStage: '法律程序',
    debtScheduleIntro: '下表列出借款人的全部債務（金額單位：元），各債權人按同一標準對待。',
    addressedMark: '★ 為本函致送的債權人。',
    annualRate: '年化利率（IRR法）',
    annualRateNote: '年化利率（IRR法）：按借款人實際到手金額與合約每期應還金額（含各項費用）計算的每期內部報酬率 × 每年期數，不計複利（中國人民銀行公告〔2021〕第3號）。未填寫還款計劃的債務顯示為「—」。',
    startDate: '首期還款日',
    months: '方案期限',
    disposableIncome: '每月可支配收入',
    priorityPayments: '優先債務每月還款',
    contingency: '應急預留',
    budget: '每月按比例分配總額',
    proRataTitle: '各債權人按比例分配',
    proRataIntro: '每月可用於還款的資金按各筆非優先債務的欠款金額比例分配（金額單位：元）。',
    sharePct: '佔比',
    monthlyShare: '每月分配',
    remedy: '還款安排',
    totalRepaid: '還款總額',
    waiver: '減免金額',
    monthlyPayment: '每月還款',
    instalments: '還款期數',
    lastDue: '末期還款日',
    beyondTerm: '本筆還款安排超出方案期限，為協商確定之例外。',
    remainderWaived: '依上述每月還款額，方案期限內無法清償全部欠款；懇請貴方減免其餘部分（即上表所列減免金額）。',
    priorityDebt: '優先',
    yourTerms: '致貴方的還款安排',
    instalmentNo: '期數',
    dueDate: '還款日期',
    amount: '金額（元）',
    cumulative: '累計（元）',
    noSchedule: '本方案未列出分期明細。',
    date: '日期',
    channel: '方式',
    direction: '方向',
    person: '聯絡人',
    contents: '內容',
    outcome: '結果',
    incident: '不當催收',
    noContacts: '暫無溝通記錄。',
    directionIn: '來電/來函',
    directionOut: '去電/去函',
    notes: '備註',
    monthsUnit: '期',
    termUnit: '個月',
    personsUnit: '人',
  },
  en: {
    statementTitle: 'Household income and expenditure',
    debtScheduleTitle: 'Schedule of all debts',
    proposalTitle: 'Repayment proposal',
    contactLogTitle: 'Record of contacts',
    client: 'Borrower',
    statementDate: 'Statement date',
    issuedOn: 'Prepared on',
    household: 'Household',
    adults: 'Adults',
    dependants: 'Dependants',
    employment: 'Employment',
    occupation: 'Occupation',
    income: 'Income',
    fixedExpenses: 'Fixed costs',
    variableExpenses: 'Everyday costs',
    category: 'Category',
    detail: 'Detail',
    monthly: 'Monthly (CNY)',
    totalIncome: 'Total income',
    totalFixed: 'Total fixed costs',
    totalVariable: 'Total everyday costs',
    totalExpenses: 'Total expenditure',
    disposable: 'Available for creditors each month',
    summary: 'Monthly summary',
    statementNote: 'All amounts are converted to monthly figures.',
    noLines: 'None',
    lender: 'Creditor',
    product: 'Product',
    accountRef: 'Account / contract',
    principal: 'Principal',
    interest: 'Interest',
    penaltyFees: 'Penalties and fees',
    outstanding: 'Outstanding',
    daysOverdue: 'Days late',
    legalStage: 'Legal stage',
    debtScheduleIntro: "All of the borrower's debts (amounts in CNY); every creditor is treated on the same basis.",
    addressedMark: '★ marks the creditor this packet is addressed to.',
    annualRate: 'APR (IRR method)',
    annualRateNote: 'APR (IRR method): the internal rate of return per period of the money the borrower actually received against every scheduled payment (fees included), times the periods in a year, not compounded (PBOC Announcement [2021] No. 3). "—" where no schedule was entered.',
    startDate: 'First payment',
    months: 'Term of the plan',
    disposableIncome: 'Monthly disposable income',
    priorityPayments: 'Priority debts each month',
    contingency: 'Contingency reserve',
    budget: 'Shared pro rata each month',
    proRataTitle: 'Pro-rata distribution to creditors',
    proRataIntro: 'What the borrower can pay each month is shared among the non-priority debts in proportion to what is owed (amounts in CNY).',
    sharePct: 'Share',
    monthlyShare: 'Monthly',
    remedy: 'Proposal',
    totalRepaid: 'Total to repay',
    waiver: 'Amount to be waived',
    monthlyPayment: 'Monthly payment',
    instalments: 'Number of payments',
    lastDue: 'Last payment',
    beyondTerm: 'This arrangement runs beyond the term of the plan, as an agreed exception.',
    remainderWaived: 'At this monthly payment the balance cannot be cleared within the term of the plan; we ask you to waive the remainder (the amount to be waived above).',
    priorityDebt: 'priority',
    yourTerms: 'Arrangement proposed to you',
    instalmentNo: 'No.',
    dueDate: 'Due date',
    amount: 'Amount (CNY)',
    cumulative: 'Cumulative (CNY)',
    noSchedule: 'This proposal lists no instalments.',
    date: 'Date',
    channel: 'Channel',
    direction: 'Direction',
    person: 'Person',
    contents: 'Summary',
    outcome: 'Outcome',
    incident: 'Misconduct',
    noContacts: 'No contacts recorded yet.',
    directionIn: 'Incoming',
    directionOut: 'Outgoing',
    notes: 'Notes',
    monthsUnit: 'payments',
    termUnit: 'months',
    personsUnit: '',
  },
};

/** The case documents' words in a language, with the unit of the document's currency (see inCurrency). */
export function caseWords(language: DocLanguage): CaseWords {
  return withCurrencyUnit(CASE_WORDS[language], language, 'case');
}

/** Every fixed word of the case documents in a language (for glyph-coverage checks). */
export function caseFixedWords(language: DocLanguage): string {
  return Object.values(CASE_WORDS[language]).join('') + '★%';
}
