// Invented people and invented lenders, realistic enough to try every screen with.
// Any likeness to a real person or company is accidental. Dates are given as days
// before "today", so the demo's overdue days stay realistic whenever it is loaded.
import type { Region } from '../../../shared/domain/region';
import type { LenderType } from '../../../shared/schemas/lenders';
import { TW_HK_CLIENTS, TW_HK_LENDERS } from './data-tw-hk';

export interface DemoLender {
  key: string;
  name: string;
  aliases: string[];
  type: LenderType;
  phones: string[];
  complaintChannel?: string;
}

export interface DemoDebt {
  lender: string;
  collector?: string;
  productType: 'online_loan' | 'consumer_loan' | 'credit_card' | 'bank_loan' | 'private_loan' | 'other';
  accountRef: string;
  loanDaysAgo: number;
  borrowedFen: number;
  receivedFen: number;
  rate: { value: number; unit: 'annual' | 'monthly' | 'daily' };
  principalFen: number;
  interestFen: number;
  penaltyFen: number;
  lateFeesFen: number;
  missedDaysAgo: number;
  /** Court steps from the papers, each some days ago ({{year}} in a case number is that step's year). */
  legalSteps?: DemoLegalStep[];
  /** Equal monthly payments of the contract, for the true-cost figure. */
  monthlyPayments?: { count: number; amountFen: number };
}

export interface DemoLegalStep {
  kind: 'lawsuit_filed' | 'hearing' | 'judgment' | 'enforcement_applied' | 'enforcement_measure';
  daysAgo: number;
  court: string;
  caseNumber: string;
  amountFen?: number;
  servedDaysAgo?: number;
  measure?: 'freezing' | 'deduction';
}

export interface DemoLine {
  kind: 'income' | 'expense' | 'asset';
  category: string;
  amountFen: number;
  frequency?: 'weekly' | 'monthly' | 'yearly';
  label?: string;
}

export interface DemoClient {
  name: string;
  /** Mainland China unless given; amounts are in the region's currency (minor units). */
  region?: Region;
  /** An identity number of the region's document (invented, with a valid check digit). */
  idNumber?: string;
  gender: 'female' | 'male';
  phone: string;
  status: 'intake' | 'assessment' | 'negotiating' | 'plan_active';
  employmentStatus: 'employed' | 'self_employed' | 'unemployed';
  occupation: string;
  householdAdults: number;
  householdDependants: number;
  hardshipReason: 'job_loss' | 'illness' | 'business_failure' | 'income_drop' | 'over_borrowing';
  hardshipDaysAgo: number;
  hardshipDetails: string;
  notes: string;
  lines: DemoLine[];
  debts: DemoDebt[];
}

export const DEMO_LENDERS: DemoLender[] = [
  { key: 'xinghe', name: '星河消费金融', aliases: ['星河消金'], type: 'consumer_finance', phones: ['400-820-1234'], complaintChannel: '客服热线转投诉专员' },
  { key: 'dingsheng', name: '鼎盛银行信用卡中心', aliases: ['鼎盛银行', '鼎盛信用卡'], type: 'bank', phones: ['95511'], complaintChannel: '信用卡中心投诉邮箱' },
  { key: 'sujie', name: '速借', aliases: ['速借App'], type: 'online_platform', phones: ['400-600-2233'] },
  { key: 'shandian', name: '闪电贷', aliases: [], type: 'online_platform', phones: ['400-101-8899'] },
  { key: 'chenguang', name: '晨光小额贷款', aliases: ['晨光小贷'], type: 'microcredit', phones: ['021-5555-0101'] },
  { key: 'hengxin', name: '恒信资产管理', aliases: ['恒信催收'], type: 'collection_agency', phones: ['0755-8888-0202'] },
  ...TW_HK_LENDERS,
];

const yuan = (n: number) => Math.round(n * 100);

export const DEMO_CLIENTS: DemoClient[] = [
  {
    name: '林晓燕',
    gender: 'female',
    phone: '13612345601',
    status: 'negotiating',
    employmentStatus: 'employed',
    occupation: '超市收银员',
    householdAdults: 1,
    householdDependants: 1,
    hardshipReason: 'income_drop',
    hardshipDaysAgo: 420,
    hardshipDetails: '门店缩减班次后月收入下降约三成，为维持开支开始以贷养贷。',
    notes: '示例个案：单亲，独自抚养一名小学生。',
    lines: [
      { kind: 'income', category: 'salary', amountFen: yuan(4200) },
      { kind: 'income', category: 'benefits', amountFen: yuan(600), label: '子女补贴' },
      { kind: 'expense', category: 'rent_mortgage', amountFen: yuan(1500) },
      { kind: 'expense', category: 'utilities', amountFen: yuan(210) },
      { kind: 'expense', category: 'childcare_education', amountFen: yuan(4800), frequency: 'yearly', label: '课后托管' },
      { kind: 'expense', category: 'transport', amountFen: yuan(60), frequency: 'weekly' },
      { kind: 'expense', category: 'food', amountFen: yuan(1300) },
      { kind: 'expense', category: 'communications', amountFen: yuan(99) },
      { kind: 'asset', category: 'savings', amountFen: yuan(800) },
    ],
    debts: [
      {
        lender: 'sujie',
        productType: 'online_loan',
        accountRef: 'SJ2024081500123',
        loanDaysAgo: 400,
        borrowedFen: yuan(10000),
        receivedFen: yuan(9000),
        rate: { value: 0.0006, unit: 'daily' },
        principalFen: yuan(7420),
        interestFen: yuan(1130.5),
        penaltyFen: yuan(650),
        lateFeesFen: yuan(200),
        missedDaysAgo: 95,
        monthlyPayments: { count: 12, amountFen: yuan(1050) },
      },
      {
        lender: 'dingsheng',
        productType: 'credit_card',
        accountRef: '6225 **** **** 3391',
        loanDaysAgo: 900,
        borrowedFen: yuan(30000),
        receivedFen: yuan(30000),
        rate: { value: 0.0005, unit: 'daily' },
        principalFen: yuan(26380),
        interestFen: yuan(2870.45),
        penaltyFen: yuan(1320),
        lateFeesFen: yuan(0),
        missedDaysAgo: 150,
      },
      {
        lender: 'shandian',
        collector: 'hengxin',
        productType: 'online_loan',
        accountRef: 'SD-77120034',
        loanDaysAgo: 300,
        borrowedFen: yuan(5000),
        receivedFen: yuan(4300),
        rate: { value: 0.02, unit: 'monthly' },
        principalFen: yuan(4100),
        interestFen: yuan(980),
        penaltyFen: yuan(420),
        lateFeesFen: yuan(150),
        missedDaysAgo: 210,
        monthlyPayments: { count: 6, amountFen: yuan(1000) },
      },
    ],
  },
  {
    name: '王建国',
    gender: 'male',
    phone: '13912345602',
    status: 'assessment',
    employmentStatus: 'self_employed',
    occupation: '个体餐馆经营者',
    householdAdults: 2,
    householdDependants: 2,
    hardshipReason: 'business_failure',
    hardshipDaysAgo: 600,
    hardshipDetails: '餐馆停业后用个人消费贷和信用卡周转，经营未能恢复。',
    notes: '示例个案：配偶有稳定工作；一笔贷款已被起诉。',
    lines: [
      { kind: 'income', category: 'self_employment', amountFen: yuan(3000), label: '外卖配送' },
      { kind: 'income', category: 'family_support', amountFen: yuan(2500), label: '配偶工资分担' },
      { kind: 'expense', category: 'rent_mortgage', amountFen: yuan(2300), label: '房贷' },
      { kind: 'expense', category: 'utilities', amountFen: yuan(380) },
      { kind: 'expense', category: 'insurance', amountFen: yuan(3600), frequency: 'yearly' },
      { kind: 'expense', category: 'childcare_education', amountFen: yuan(800) },
      { kind: 'expense', category: 'elder_support', amountFen: yuan(500) },
      { kind: 'expense', category: 'food', amountFen: yuan(2100) },
      { kind: 'expense', category: 'transport', amountFen: yuan(300) },
      { kind: 'asset', category: 'vehicle', amountFen: yuan(25000), label: '2016年小型货车' },
    ],
    debts: [
      {
        lender: 'xinghe',
        productType: 'consumer_loan',
        accountRef: 'XH-CL-20230611-88',
        loanDaysAgo: 800,
        borrowedFen: yuan(80000),
        receivedFen: yuan(76000),
        rate: { value: 0.239, unit: 'annual' },
        principalFen: yuan(61200),
        interestFen: yuan(5400),
        penaltyFen: yuan(2300),
        lateFeesFen: yuan(0),
        missedDaysAgo: 260,
        legalSteps: [{ kind: 'lawsuit_filed', daysAgo: 45, court: '上海市浦东新区人民法院', caseNumber: '({{year}})沪0115民初20871号' }],
        monthlyPayments: { count: 36, amountFen: yuan(3140) },
      },
      {
        lender: 'dingsheng',
        productType: 'credit_card',
        accountRef: '6225 **** **** 1187',
        loanDaysAgo: 1200,
        borrowedFen: yuan(50000),
        receivedFen: yuan(50000),
        rate: { value: 0.0005, unit: 'daily' },
        principalFen: yuan(48200),
        interestFen: yuan(6350.2),
        penaltyFen: yuan(2900),
        lateFeesFen: yuan(0),
        missedDaysAgo: 240,
      },
      {
        lender: 'chenguang',
        productType: 'online_loan',
        accountRef: 'CG0091822',
        loanDaysAgo: 500,
        borrowedFen: yuan(20000),
        receivedFen: yuan(18000),
        rate: { value: 0.36, unit: 'annual' },
        principalFen: yuan(15600),
        interestFen: yuan(3300),
        penaltyFen: yuan(1800),
        lateFeesFen: yuan(300),
        missedDaysAgo: 200,
        legalSteps: [
          { kind: 'lawsuit_filed', daysAgo: 170, court: '杭州互联网法院', caseNumber: '({{year}})浙0192民初6624号' },
          { kind: 'judgment', daysAgo: 110, servedDaysAgo: 106, amountFen: yuan(19800), court: '杭州互联网法院', caseNumber: '({{year}})浙0192民初6624号' },
          { kind: 'enforcement_applied', daysAgo: 70, court: '杭州互联网法院', caseNumber: '({{year}})浙0192执1310号' },
          { kind: 'enforcement_measure', daysAgo: 40, measure: 'freezing', amountFen: yuan(2350), court: '杭州互联网法院', caseNumber: '({{year}})浙0192执1310号' },
        ],
        monthlyPayments: { count: 12, amountFen: yuan(2010) },
      },
    ],
  },
  {
    name: '张敏',
    gender: 'female',
    phone: '15012345603',
    status: 'intake',
    employmentStatus: 'unemployed',
    occupation: '原服装厂质检员',
    householdAdults: 1,
    householdDependants: 0,
    hardshipReason: 'job_loss',
    hardshipDaysAgo: 120,
    hardshipDetails: '工厂关闭后失业，正在找工作，靠失业金和少量积蓄生活。',
    notes: '示例个案：刚接案，尚未填写财务状况。',
    lines: [],
    debts: [
      {
        lender: 'sujie',
        productType: 'online_loan',
        accountRef: 'SJ2025020300777',
        loanDaysAgo: 200,
        borrowedFen: yuan(6000),
        receivedFen: yuan(5400),
        rate: { value: 0.0007, unit: 'daily' },
        principalFen: yuan(5100),
        interestFen: yuan(610),
        penaltyFen: yuan(260),
        lateFeesFen: yuan(100),
        missedDaysAgo: 40,
        monthlyPayments: { count: 6, amountFen: yuan(1150) },
      },
    ],
  },
  {
    name: '欧阳燚',
    gender: 'male',
    phone: '18612345604',
    status: 'plan_active',
    employmentStatus: 'employed',
    occupation: '物流仓库主管',
    householdAdults: 2,
    householdDependants: 1,
    hardshipReason: 'illness',
    hardshipDaysAgo: 700,
    hardshipDetails: '住院治疗期间收入中断，医疗费用靠信用卡和网贷支付。现已复工。',
    notes: '示例个案：分期协议已达成，按月还款中。',
    lines: [
      { kind: 'income', category: 'salary', amountFen: yuan(7800) },
      { kind: 'expense', category: 'rent_mortgage', amountFen: yuan(2600) },
      { kind: 'expense', category: 'utilities', amountFen: yuan(260) },
      { kind: 'expense', category: 'medical', amountFen: yuan(350), label: '复查与药费' },
      { kind: 'expense', category: 'food', amountFen: yuan(1800) },
      { kind: 'expense', category: 'transport', amountFen: yuan(400) },
      { kind: 'expense', category: 'leisure', amountFen: yuan(150) },
    ],
    debts: [
      {
        lender: 'dingsheng',
        productType: 'credit_card',
        accountRef: '6225 **** **** 5520',
        loanDaysAgo: 1000,
        borrowedFen: yuan(40000),
        receivedFen: yuan(40000),
        rate: { value: 0.0005, unit: 'daily' },
        principalFen: yuan(35800),
        interestFen: yuan(0),
        penaltyFen: yuan(0),
        lateFeesFen: yuan(0),
        missedDaysAgo: 30,
      },
    ],
  },
  ...TW_HK_CLIENTS,
];
