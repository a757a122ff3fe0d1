// Sample documents with invented people and lenders: for previews (e.g. the letterhead in
// Settings), tests and benchmarks. Names include rare characters on purpose (堃 喆 燚 䶮).
import { lenderFigures } from '../../../../shared/domain/plan-figures';
import type { DocLanguage } from './format';
import type { LetterData, Letterhead } from './letter';
import type { PacketData, TableSection } from './packet';
import {
  debtSchedulePart,
  proposalPart,
  statementPart,
  type CaseDocBase,
  type ContactLogDocData,
  type DebtRowDoc,
  type DebtScheduleDocData,
  type ProposalDocData,
  type StatementDocData,
} from './case-docs';

/** A 64×64 PNG (a pair of scales in a circle). */
export const SAMPLE_LOGO_DATA_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAIAAAAlC+aJAAABF0lEQVR42u2a0RECIQxEtxM7cmzH/mzJb/13NEIguc1eGL6TfXDMBbJ4FR9ogM9xud6NSQpgiw6FQb7uvSQ4Vvo6Bhikr2CASr2DAVTSHRjgVD/OAFr1gwxgVj/CAHL1fxnAr95mEAVgU28wIKfCiWOQAwja8bgPSQsg7szFRT4TQOZV3QOQc4XdVb03QEUAnkP8BSC6dImL3wBVAJ6PmzF9AI6YZwWwM/3KZwP4YjZAAxwDUOAQL25CPoCnFprNNPIjW1x+TzHnWKSp7XUWc+Wr0b7UN8AWgH6ZIwBwJMvs9Ye8TtMBzMZNA4hqMeUAnK/JV77NqtDoVrAaKJg9FOw2CoYnEcuZgulPxHYpYnzVsR63e90/3uAdTGF/eorQAAAAAElFTkSuQmCC';

export const SAMPLE_NAMES = ['王堃', '陈喆', '林燚', '刘䶮'] as const;

export function sampleLetterhead(language: DocLanguage, withLogo = true): Letterhead {
  const letterhead: Letterhead =
    language === 'en'
      ? {
          organisation: 'Harbour Street Debt Advice Centre',
          address: 'Room 1203, 88 Harbour Street, Shanghai 200120',
          contactLine: 'Tel. 021-5555 0188   help@harbour-advice.example',
        }
      : language === 'zh-TW'
        ? { organisation: '港灣街債務諮詢中心', address: '上海市浦東新區港灣街88號1203室　郵編200120', contactLine: '電話：021-5555 0188　郵箱：help@harbour-advice.example' }
        : { organisation: '港湾街债务咨询中心', address: '上海市浦东新区港湾街88号1203室　邮编200120', contactLine: '电话：021-5555 0188　邮箱：help@harbour-advice.example' };
  if (withLogo) letterhead.logoDataUrl = SAMPLE_LOGO_DATA_URL;
  return letterhead;
}

export function sampleLetter(language: DocLanguage = 'zh-CN'): LetterData {
  if (language === 'en') {
    return {
      language,
      letterhead: sampleLetterhead(language),
      title: 'Request for a repayment arrangement',
      salutation: 'Dear Sir or Madam,',
      body: [
        {
          kind: 'paragraph',
          spans: [
            'I write on behalf of my client, ',
            { text: 'Mr Wang Kun (王堃)', bold: true },
            ', about credit card account ending 4821. Since losing his job in March he has not been able to keep up the agreed payments, and he wishes to settle the debt on terms he can sustain.',
          ],
        },
        { kind: 'paragraph', spans: 'The balance on the account as shown on the latest statement is:' },
        {
          kind: 'amounts',
          rows: [
            { label: 'Outstanding principal', amountFen: 1_234_567 },
            { label: 'Interest', amountFen: 86_420 },
            { label: 'Penalty interest and late fees', amountFen: 15_013 },
          ],
          total: { amountFen: 1_336_000 },
        },
        { kind: 'paragraph', spans: 'My client therefore asks you to:' },
        {
          kind: 'list',
          items: [
            [{ text: 'Freeze', bold: true }, ' further interest and penalty interest from the date of this letter;'],
            'accept 36 monthly payments of 3,430.00 yuan, starting next month;',
            'suspend collection calls while this proposal is considered.',
          ],
        },
        { kind: 'paragraph', spans: 'His income and expenditure statement and supporting evidence are enclosed. I would be grateful for your reply within 15 days.' },
      ],
      signature: { name: 'Zhou Zhe (周喆), debt counsellor', idMasked: '3101**********002X', contact: '021-5555 0188' },
      date: '2025-03-08',
      enclosures: ['Income and expenditure statement', 'Proof of unemployment', 'Schedule of all debts'],
      caseReference: 'HS-2025-0042',
    };
  }
  const tw = language === 'zh-TW';
  const t = (cn: string, twText: string): string => (tw ? twText : cn);
  return {
    language,
    letterhead: sampleLetterhead(language),
    title: t('协商还款申请书', '協商還款申請書'),
    salutation: t('尊敬的华夏示例银行信用卡中心：', '尊敬的華夏示例銀行信用卡中心：'),
    body: [
      {
        kind: 'paragraph',
        spans: [
          t('本人', '本人'),
          { text: '王堃', bold: true },
          t(
            '，系贵行信用卡（卡号尾号4821）持卡人。今年3月本人所在公司裁员，本人失去工作，家庭收入大幅减少，另需赡养父母并抚养一名子女，目前确实无力按原约定还款。本人绝非恶意拖欠，愿意积极偿还欠款，特向贵行申请协商还款。',
            '，係貴行信用卡（卡號尾號4821）持卡人。今年3月本人所在公司裁員，本人失去工作，家庭收入大幅減少，另需贍養父母並撫養一名子女，目前確實無力按原約定還款。本人絕非惡意拖欠，願意積極償還欠款，特向貴行申請協商還款。',
          ),
        ],
      },
      { kind: 'paragraph', spans: t('截至本申请日，本人在贵行的欠款情况如下：', '截至本申請日，本人在貴行的欠款情況如下：') },
      {
        kind: 'amounts',
        rows: [
          { label: t('未还本金', '未還本金'), amountFen: 1_234_567 },
          { label: t('利息', '利息'), amountFen: 86_420 },
          { label: t('罚息及滞纳金', '罰息及滯納金'), amountFen: 15_013 },
        ],
        total: { amountFen: 1_336_000 },
      },
      { kind: 'paragraph', spans: t('为此，本人恳请贵行考虑以下还款方案：', '為此，本人懇請貴行考慮以下還款方案：') },
      {
        kind: 'list',
        ordered: true,
        items: [
          [{ text: t('停止计息', '停止計息'), bold: true }, t('：自本申请之日起停止计收利息及罚息；', '：自本申請之日起停止計收利息及罰息；')],
          t('分36期偿还欠款，每月还款3,430.00元，自下月起按月还款；', '分36期償還欠款，每月還款3,430.00元，自下月起按月還款；'),
          t('协商期间暂停催收，并不再联系本人的亲友及工作单位。', '協商期間暫停催收，並不再聯繫本人的親友及工作單位。'),
        ],
      },
      {
        kind: 'paragraph',
        spans: t(
          '本人的收入与支出明细及相关证明材料随函附上。本人的家人陈喆、林燚、刘䶮亦已知悉并支持本还款计划。恳请贵行予以理解，并于15日内书面答复。',
          '本人的收入與支出明細及相關證明材料隨函附上。本人的家人陳喆、林燚、劉䶮亦已知悉並支持本還款計畫。懇請貴行予以理解，並於15日內書面答覆。',
        ),
      },
    ],
    signature: { name: '王堃', idMasked: '1101**********1234', contact: '138****5678' },
    date: '2025-03-08',
    enclosures: [t('收入与支出明细表', '收入與支出明細表'), t('失业证明', '失業證明'), t('全部债务明细表', '全部債務明細表')],
    caseReference: 'HS-2025-0042',
  };
}

const LENDERS = ['华夏示例银行', '海川消费金融', '速借网络小贷', '长城示例银行', '青禾信用卡中心', '恒信小额贷款', '安达消费金融', '云帆网络科技'];
const PRODUCTS = ['信用卡', '消费贷', '网络贷款', '银行贷款'];

/** The schedule of all debts: `rows` invented debts, deterministic. */
export function sampleDebtSchedule(rows: number): TableSection {
  const data: (string | number)[][] = [];
  let principalTotal = 0;
  let offerTotal = 0;
  for (let i = 0; i < rows; i++) {
    const principal = 120_000 + ((i * 7919) % 97) * 31_337;
    const offer = Math.round(principal / 48);
    principalTotal += principal;
    offerTotal += offer;
    data.push([i + 1, LENDERS[i % LENDERS.length]!, PRODUCTS[i % PRODUCTS.length]!, 30 + ((i * 37) % 400), principal, offer]);
  }
  return {
    title: '全部债务明细表',
    intro: '下表列出借款人的全部债务，按未还本金比例分配每月可用于还款的资金，各债权人同等对待。',
    columns: [
      { header: '序号', kind: 'integer', align: 'center', width: 30 },
      { header: '债权人', width: '*' },
      { header: '产品类型', width: 60 },
      { header: '逾期天数', kind: 'integer', width: 50 },
      { header: '未还本金（元）', kind: 'amount', width: 80 },
      { header: '拟月还款（元）', kind: 'amount', width: 76 },
    ],
    rows: data,
    totals: [null, '合计', null, null, principalTotal, offerTotal],
  };
}

/** A five-page zh-CN packet: cover, letter, two pages of debt schedule, enclosure list. */
export function samplePacket(lenderIndex = 0, debtRows = 40): PacketData {
  const letter = sampleLetter('zh-CN');
  const lender = LENDERS[lenderIndex % LENDERS.length]!;
  return {
    language: 'zh-CN',
    letterhead: sampleLetterhead('zh-CN'),
    caseReference: `HS-2025-${String(42 + lenderIndex).padStart(4, '0')}`,
    date: '2025-03-08',
    cover: { lenderName: lender, clientName: '王堃', counsellorName: '周喆' },
    letter: {
      title: letter.title,
      salutation: `尊敬的${lender}：`,
      body: letter.body,
      signature: letter.signature,
      date: letter.date,
      enclosures: letter.enclosures,
    },
    sections: [sampleDebtSchedule(debtRows)],
    enclosures: [
      { name: '居民身份证复印件', note: '已遮盖部分号码' },
      { name: '收入与支出明细表', note: '近三个月' },
      { name: '失业证明', note: '原件可供核验' },
      { name: '医疗费用票据', note: '共6张' },
      { name: '全部债务明细表', note: '见本材料' },
    ],
  };
}

// -- the case documents ------------------------------------------------------------------------

export function sampleCaseBase(language: DocLanguage = 'zh-CN', lenderIndex = 0): CaseDocBase {
  return {
    language,
    letterhead: sampleLetterhead(language),
    caseReference: `HS-2025-${String(42 + lenderIndex).padStart(4, '0')}`,
    date: '2025-03-08',
    clientName: '王堃',
  };
}

export function sampleStatement(language: DocLanguage = 'zh-CN'): StatementDocData {
  return {
    ...sampleCaseBase(language),
    statementDate: '2025-03-01',
    household: { adults: 2, dependants: 3, employment: '失业', occupation: '仓库管理员' },
    income: [
      { category: '社会保障与补助', label: '失业保险金', monthlyFen: 189_000 },
      { category: '工资薪金', label: '配偶陈喆', monthlyFen: 452_050 },
    ],
    fixed: [
      { category: '房租/房贷', monthlyFen: 180_000 },
      { category: '水电燃气', monthlyFen: 32_000 },
      { category: '子女教育', label: '林燚学费（按年折算）', monthlyFen: 41_667 },
      { category: '医疗', label: '刘䶮慢病用药', monthlyFen: 26_000 },
    ],
    variable: [
      { category: '食品', monthlyFen: 150_000 },
      { category: '通讯', monthlyFen: 12_800 },
      { category: '交通', monthlyFen: 26_000 },
    ],
    totals: { incomeFen: 641_050, fixedFen: 279_667, variableFen: 188_800, disposableFen: 172_583 },
  };
}

export function sampleDebtRows(count: number, addressedIndex = 0): DebtRowDoc[] {
  return Array.from({ length: count }, (_, i) => {
    const principal = 120_000 + ((i * 7919) % 97) * 31_337;
    const interest = Math.round(principal * 0.07);
    const fees = Math.round(principal * 0.012);
    return {
      lender: LENDERS[i % LENDERS.length]!,
      product: PRODUCTS[i % PRODUCTS.length]!,
      accountRef: `62${String(100000 + i * 7331).padStart(8, '0')}`,
      principalFen: principal,
      interestFen: interest,
      feesFen: fees,
      outstandingFen: principal + interest + fees,
      daysOverdue: 30 + ((i * 37) % 400),
      legalStage: i % 5 === 3 ? '已起诉' : null,
      // Some with a schedule (a rate from 18% to well over 36%), some without.
      annualRate: i % 3 === 2 ? null : 0.18 + ((i * 13) % 40) / 100,
      addressed: i === addressedIndex,
    };
  });
}

export function sampleDebtScheduleDoc(language: DocLanguage = 'zh-CN', rows = 6, addressedIndex = 0): DebtScheduleDocData {
  return { ...sampleCaseBase(language), rows: sampleDebtRows(rows, addressedIndex) };
}

export function sampleProposal(language: DocLanguage = 'zh-CN', lenders = 5, addressedIndex = 0): ProposalDocData {
  const debts = sampleDebtRows(lenders, addressedIndex);
  const budget = 150_000;
  const base = debts.reduce((s, d) => s + d.outstandingFen, 0);
  const lines = debts.map((d) => {
    const share = Math.floor((budget * d.outstandingFen) / base);
    const months = 36;
    const schedule = Array.from({ length: months }, (_, m) => ({ date: `${2025 + Math.floor((3 + m) / 12)}-${String(((3 + m) % 12) + 1).padStart(2, '0')}-15`, amountFen: share }));
    return {
      lender: d.lender,
      product: d.product,
      outstandingFen: d.outstandingFen,
      shareFen: share,
      figures: lenderFigures(
        {
          outstandingFen: d.outstandingFen,
          terms: {
            params: { remedy: 'card_instalments', months },
            schedule: schedule.map((x, i) => ({ seq: i + 1, dueDate: x.date, amountFen: x.amountFen })),
            totalFen: share * months,
            monthlyFen: share,
          },
        },
        { startDate: '2025-04-15', months },
      ),
      remedy: '停息分期',
      priority: false,
      addressed: d.addressed,
      schedule,
    };
  });
  return {
    ...sampleCaseBase(language),
    startDate: '2025-04-15',
    months: 36,
    disposableFen: 172_583,
    priorityFen: 0,
    contingencyFen: 22_583,
    budgetFen: budget,
    lines,
  };
}

export function sampleContactLog(language: DocLanguage = 'zh-CN'): ContactLogDocData {
  return {
    ...sampleCaseBase(language),
    lenderName: LENDERS[0]!,
    rows: [
      { date: '2025-02-10', channel: '电话', direction: 'in', person: '催收员赵先生', summary: '要求三日内还清全部欠款，否则联系单位。', outcome: '告知正在准备协商方案', incident: true },
      { date: '2025-02-18', channel: '信函', direction: 'out', person: null, summary: '寄出协商还款申请书及收支情况表。', outcome: null, incident: false },
      { date: '2025-03-01', channel: '电话', direction: 'out', person: '客服吴女士', summary: '确认已收到申请，进入审核。', outcome: '十五日内答复', incident: false },
    ],
  };
}

/** A realistic packet from the real builders: cover, letter, statement, debt schedule, proposal, enclosure list. */
export function sampleFullPacket(lenderIndex = 0, language: DocLanguage = 'zh-CN', debtRows = 5): PacketData {
  const packet = samplePacket(lenderIndex, 1);
  const base = sampleCaseBase(language, lenderIndex);
  const addressed = lenderIndex % debtRows;
  return {
    ...packet,
    language,
    letterhead: base.letterhead,
    sections: [],
    parts: [statementPart(sampleStatement(language)), debtSchedulePart(sampleDebtScheduleDoc(language, debtRows, addressed)), proposalPart(sampleProposal(language, debtRows, addressed))],
  };
}
