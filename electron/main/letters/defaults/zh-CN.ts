import type { DefaultSet } from './types';

// Default letters in Simplified Chinese, written for Parley. Formal shape: the builder adds
// 此致 / 敬礼！, the signature block and the date; the template holds title, salutation,
// body and the 附件 list. Fields use {{group.name}} (see shared/schemas/letters.ts).

const to = '尊敬的{{lender.name}}：';
const amounts = { kind: 'amounts' as const, total: true };

export const ZH_CN: DefaultSet = {
  hardship: {
    name: '协商还款申请书',
    title: '协商还款申请书',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: '本人{{client.name}}，在贵司办理的借款（账户：{{debt.accountRef}}）自{{debt.firstMissedDate}}起未能按期还款，截至今日已逾期{{debt.daysOverdue}}天。本人并非恶意拖欠，现将实际困难及还款意愿说明如下，恳请贵司予以协商。' },
        { kind: 'paragraph', text: '截至本申请日，该笔债务的明细如下：' },
        amounts,
        { kind: 'paragraph', text: '{{client.hardship}}在保障家庭基本生活开支后，本人确实无力按原合同约定足额还款。本人已委托债务咨询顾问{{counsellor.name}}协助梳理全部债务与家庭收支，并愿意在能力范围内积极、持续地履行还款义务。' },
        { kind: 'paragraph', text: '为此，本人申请与贵司协商还款方案，具体请求如下：' },
        { kind: 'list', ordered: true, items: ['暂停计收罚息、违约金及其他费用；', '根据本人实际还款能力重新约定分期还款计划；', '协商期间暂缓催收，并通过本人书面指定的联系方式沟通。'] },
        // Taiwan's 前置協商 or Hong Kong's debt relief plan; nothing on the mainland (left out of the letter).
        { kind: 'paragraph', text: '{{region.route}}' },
        { kind: 'paragraph', text: '随函附上收入及困难情况的相关材料，恳请贵司予以审核并给予书面答复。' },
      ],
      enclosures: ['身份证复印件', '收入证明', '困难情况证明材料', '家庭收支明细表'],
    },
  },
  instalment: {
    name: '分期还款方案',
    title: '分期还款方案申请',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: '本人{{client.name}}在贵司的借款（账户：{{debt.accountRef}}）目前尚欠人民币{{debt.outstanding}}元，明细如下：' },
        amounts,
        { kind: 'paragraph', text: '经对家庭收支的全面评估，本人每月可用于偿还贵司的金额为人民币{{proposal.monthly}}元。据此提出以下分期还款方案：' },
        { kind: 'list', ordered: true, items: ['每月还款人民币{{proposal.monthly}}元，共{{proposal.months}}期；', '首期还款日为{{proposal.startDate}}，此后每月同日还款；', '还款总额为人民币{{proposal.total}}元，分期期间不再计收罚息及违约金。'] },
        { kind: 'paragraph', text: '上述金额系按本人全部债权人的欠款比例公平分配后得出，详见随附的收支表及债务清单。恳请贵司同意本方案，并以书面形式确认。' },
      ],
      enclosures: ['家庭收支明细表', '全部债务清单', '收入证明'],
    },
  },
  extension: {
    name: '延期还款申请',
    title: '延期还款申请书',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: '本人{{client.name}}，在贵司的借款（账户：{{debt.accountRef}}）目前尚欠人民币{{debt.outstanding}}元。因突发的收入中断，本人暂时无法按期还款。' },
        { kind: 'paragraph', text: '本人预计收入将在近期恢复，特申请将还款期限适当延后，延期期间暂停计收罚息和违约金。延期届满后，本人将按双方确认的计划恢复还款。' },
        { kind: 'paragraph', text: '恳请贵司考虑本人的实际情况，予以批准并书面告知结果。' },
      ],
      enclosures: ['收入中断的相关证明', '身份证复印件'],
    },
  },
  waiver: {
    name: '减免利息罚息申请',
    title: '关于减免利息、罚息及费用的申请',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: '本人{{client.name}}在贵司的借款（账户：{{debt.accountRef}}）自{{debt.firstMissedDate}}起逾期。目前欠款构成如下：' },
        amounts,
        { kind: 'paragraph', text: '其中利息、罚息及各项费用已占欠款的相当比例，持续累积使本人更加无力偿还本金。本人恳请贵司减免逾期期间产生的罚息、违约金及其他费用，并适当减免利息，以便本人集中资金偿还本金人民币{{debt.principal}}元。' },
        { kind: 'paragraph', text: '本人承诺在减免后按双方确认的计划还款，恳请贵司予以支持并书面答复。' },
      ],
      enclosures: ['困难情况证明材料', '家庭收支明细表'],
    },
  },
  card_instalment: {
    name: '停息挂账申请',
    title: '信用卡个性化分期还款（停息挂账）申请书',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: '本人{{client.name}}系贵行信用卡持卡人（卡号/账户：{{debt.accountRef}}），因经济困难自{{debt.firstMissedDate}}起未能按期还款。截至目前欠款如下：' },
        amounts,
        { kind: 'paragraph', text: '本人确有还款意愿，但无力按原约定全额还款。根据信用卡业务的相关规定，本人申请办理个性化分期还款：停止计收利息及违约金，将欠款分{{proposal.months}}期偿还，每期还款人民币{{proposal.monthly}}元。' },
        { kind: 'paragraph', text: '本人已附上收入及困难情况材料，恳请贵行审核批准，并告知办理所需的手续。' },
      ],
      enclosures: ['身份证复印件', '收入证明', '困难情况证明材料'],
    },
  },
  settlement: {
    name: '一次性结清减免申请',
    title: '一次性结清减免申请书',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: '本人{{client.name}}在贵司的借款（账户：{{debt.accountRef}}）目前尚欠人民币{{debt.outstanding}}元，明细如下：' },
        amounts,
        { kind: 'paragraph', text: '经亲友帮助，本人可一次性筹集人民币{{proposal.settlementAmount}}元。本人申请以该金额一次性结清上述全部欠款，贵司减免其余部分，并在收款后出具结清证明。' },
        { kind: 'paragraph', text: '该笔资金筹措不易，能否到位取决于贵司的答复。恳请贵司尽快审核，并以书面形式确认结清金额、付款账户及付款期限。' },
      ],
      enclosures: ['困难情况证明材料'],
    },
  },
  verification: {
    name: '对账及债务核实申请',
    title: '关于提供账户明细及核实债务的申请',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: '本人{{client.name}}为核实在贵司的债务（账户：{{debt.accountRef}}），特申请贵司提供以下资料：' },
        { kind: 'list', ordered: true, items: ['借款合同及相关协议的副本；', '自放款之日起的全部还款及扣款明细；', '目前欠款的计算方式，包括本金、利息、罚息及各项费用的构成；', '如债权已转让或委托催收，请告知受让方或受托方的名称。'] },
        { kind: 'paragraph', text: '在收到上述资料并核实之前，恳请贵司暂缓催收。感谢贵司的配合。' },
      ],
      enclosures: ['身份证复印件'],
    },
  },
  complaint: {
    name: '催收投诉函',
    title: '关于催收行为的投诉函',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: '本人{{client.name}}系贵司客户（账户：{{debt.accountRef}}）。近期贵司或贵司委托的催收人员在催收过程中存在以下不当行为：' },
        { kind: 'list', ordered: true, items: ['（请写明日期、时间、方式及具体内容）'] },
        { kind: 'paragraph', text: '上述行为已严重影响本人及家人的正常生活。本人要求贵司立即停止上述行为，对相关人员进行核查处理，并在收到本函后书面答复处理结果。' },
        { kind: 'paragraph', text: '本人愿意就还款事宜与贵司正常协商。如上述行为继续发生，本人将向{{region.regulator}}反映，必要时报警处理。' },
      ],
      enclosures: ['通话记录、短信或截图等证据'],
    },
  },
  credit_dispute: {
    name: '征信异议申请',
    title: '征信异议申请书',
    body: {
      salutation: to,
      blocks: [
        // {{region.creditBureau}}: who keeps the record in the case's region (the PBoC's center, Taiwan's JCIC, a Hong Kong credit reference agency, Macau's platform).
        { kind: 'paragraph', text: '本人{{client.name}}发现，贵司向{{region.creditBureau}}报送的本人信用信息中，以下内容与事实不符（账户：{{debt.accountRef}}）：' },
        { kind: 'list', ordered: true, items: ['（请写明有误的记录及正确的情况）'] },
        { kind: 'paragraph', text: '本人特提出异议，请贵司进行核查；如信息确有错误，请予以更正，并向{{region.creditBureau}}报送更正后的信息，同时将核查结果书面告知本人。' },
      ],
      enclosures: ['个人信用报告（相关页）', '证明材料'],
    },
  },
  phone_confirmation: {
    name: '电话协商结果确认函',
    title: '关于电话协商结果的确认函',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: '本人{{client.name}}与贵司工作人员已就借款（账户：{{debt.accountRef}}）的还款安排通过电话达成一致。为免误解，现将协商结果书面确认如下：' },
        { kind: 'list', ordered: true, items: ['每月还款人民币{{proposal.monthly}}元，共{{proposal.months}}期；', '首期还款日为{{proposal.startDate}}；', '还款总额为人民币{{proposal.total}}元，按约还款期间不再计收罚息及费用。'] },
        { kind: 'paragraph', text: '如上述内容与贵司记录不一致，请于收到本函之日起十日内书面告知；逾期未回复的，本人将视为贵司确认上述安排。' },
      ],
      enclosures: [],
    },
  },
  holding: {
    name: '暂缓催收函',
    title: '关于暂缓催收的函',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: '本人{{client.name}}已委托债务咨询顾问{{counsellor.name}}协助处理本人的全部债务，包括在贵司的借款（账户：{{debt.accountRef}}）。' },
        { kind: 'paragraph', text: '目前顾问正在全面评估本人的收支状况，预计在一个月内向贵司提交还款方案。评估期间，恳请贵司暂缓催收，暂停计收罚息，并通过书面方式与本人联系。' },
        { kind: 'paragraph', text: '感谢贵司的理解与配合。' },
      ],
      enclosures: [],
    },
  },
  chase: {
    name: '催复函',
    title: '关于尽快答复还款方案的函',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: '本人{{client.name}}此前已就借款（账户：{{debt.accountRef}}）向贵司提交还款方案，每月还款人民币{{proposal.monthly}}元，共{{proposal.months}}期，至今尚未收到贵司答复。' },
        { kind: 'paragraph', text: '为尽早开始还款，恳请贵司于收到本函之日起十四日内书面答复。在等待答复期间，本人仍将尽力按还款方案的金额还款，以示诚意。' },
      ],
      enclosures: ['此前提交的还款方案'],
    },
  },
  reconsider: {
    name: '复议申请',
    title: '关于重新考虑还款方案的申请',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: '本人{{client.name}}就借款（账户：{{debt.accountRef}}）提出的还款方案未获贵司同意。本人理解贵司的顾虑，现补充说明如下，恳请贵司重新考虑：' },
        { kind: 'list', ordered: false, items: ['本人的收支情况已如实提供，每月可还金额已是能力上限；', '方案按全部债权人的欠款比例公平分配，贵司并未受到不利对待；', '若方案无法达成，各债权人可获得的回收金额都将减少。'] },
        { kind: 'paragraph', text: '本人仍愿意每月还款人民币{{proposal.monthly}}元，共{{proposal.months}}期。如贵司有调整意见，敬请书面告知，本人愿意继续协商。' },
      ],
      enclosures: ['家庭收支明细表', '全部债务清单'],
    },
  },
  revised_offer: {
    name: '调整后的还款方案',
    title: '关于调整还款方案的函',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: '本人{{client.name}}此前已就在贵司的借款（账户：{{debt.accountRef}}）提出还款方案。因本人的收支或债务情况发生变化，原方案已不再适用，现按最新情况重新计算，提出调整后的方案。' },
        { kind: 'paragraph', text: '该笔债务目前尚欠人民币{{debt.outstanding}}元，明细如下：' },
        amounts,
        { kind: 'paragraph', text: '调整后的还款方案如下：' },
        { kind: 'list', ordered: true, items: ['每月还款人民币{{proposal.monthly}}元，共{{proposal.months}}期；', '首期还款日为{{proposal.startDate}}，此后每月同日还款；', '还款总额为人民币{{proposal.total}}元。'] },
        { kind: 'paragraph', text: '上述金额仍按本人全部债权人的欠款比例公平分配，详见随附的最新收支表及债务清单。本方案取代此前的方案，恳请贵司同意并以书面形式确认。' },
      ],
      enclosures: ['家庭收支明细表（最新）', '全部债务清单'],
    },
  },
  variation_lower: {
    name: '降低月还款额申请',
    title: '关于降低每月还款额的申请',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: '本人{{client.name}}已与贵司就借款（账户：{{debt.accountRef}}）达成还款协议，并一直按约履行。近期本人的情况发生变化，按协议每月还款人民币{{proposal.monthly}}元已超出本人目前的还款能力。' },
        { kind: 'paragraph', text: '为继续履约、避免违约，本人申请自{{variation.fromDate}}起将每月还款额调整为人民币{{variation.monthly}}元，其余约定不变，直至还清剩余欠款。' },
        { kind: 'paragraph', text: '本人仍有诚意履行还款义务，随函附上最新的收支情况，恳请贵司予以同意并书面确认。' },
      ],
      enclosures: ['家庭收支明细表（最新）', '情况变化的证明材料'],
    },
  },
  variation_hold: {
    name: '暂停还款申请',
    title: '关于暂停还款的申请',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: '本人{{client.name}}已与贵司就借款（账户：{{debt.accountRef}}）达成还款协议，并一直按约履行。近期本人的情况发生变化，暂时无法按协议每月还款人民币{{proposal.monthly}}元。' },
        { kind: 'paragraph', text: '本人申请自{{variation.fromDate}}起暂停还款{{variation.holdMonths}}个月，暂停期间不计收罚息及违约金；期满后按协议恢复还款，或届时根据本人的情况另行协商。' },
        { kind: 'paragraph', text: '随函附上相关证明材料，恳请贵司予以同意并书面确认。' },
      ],
      enclosures: ['家庭收支明细表（最新）', '情况变化的证明材料'],
    },
  },
};
