import type { DefaultSet } from './types';

// Default letters in English, written for Parley. The builder adds the date at the top,
// "Yours faithfully," and the signature; amounts are in CNY.

const to = 'Dear Sir or Madam,';
const amounts = { kind: 'amounts' as const, total: true };
const re = '{{lender.name}} – account {{debt.accountRef}}';

export const EN: DefaultSet = {
  hardship: {
    name: 'Hardship and negotiation request',
    title: 'Request to agree affordable repayments',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: re },
        { kind: 'paragraph', text: 'I, {{client.name}}, have been unable to keep up the repayments on this account since {{debt.firstMissedDate}}; it is now {{debt.daysOverdue}} days in arrears. This is not a refusal to pay. I am writing to explain my circumstances and to ask you to agree a way forward.' },
        { kind: 'paragraph', text: 'The balance as I understand it today is:' },
        amounts,
        { kind: 'paragraph', text: '{{client.hardship}} After essential household costs I cannot pay the contractual amount. A debt counsellor, {{counsellor.name}}, is helping me review all my debts and my budget, and I intend to pay what I can, regularly.' },
        { kind: 'paragraph', text: 'I therefore ask you to:' },
        { kind: 'list', ordered: true, items: ['stop adding penalty interest, late fees and other charges;', 'agree a repayment plan based on what I can actually afford;', 'hold collection activity while we negotiate, and contact me in writing.'] },
        // Taiwan's 前置協商 or Hong Kong's debt relief plan; nothing on the mainland (left out of the letter).
        { kind: 'paragraph', text: '{{region.route}}' },
        { kind: 'paragraph', text: 'Evidence of my income and circumstances is enclosed. Please reply in writing.' },
      ],
      enclosures: ['Copy of identity card', 'Proof of income', 'Evidence of hardship', 'Household budget'],
    },
  },
  instalment: {
    name: 'Instalment proposal',
    title: 'Proposal to repay by instalments',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: re },
        { kind: 'paragraph', text: 'The amount outstanding on my account is CNY {{debt.outstanding}}, made up as follows:' },
        amounts,
        { kind: 'paragraph', text: 'After a full review of my household budget, I can afford to pay you CNY {{proposal.monthly}} a month. I propose:' },
        { kind: 'list', ordered: true, items: ['{{proposal.months}} monthly payments of CNY {{proposal.monthly}};', 'the first payment on {{proposal.startDate}}, then on the same day each month;', 'a total of CNY {{proposal.total}}, with no further penalty interest or fees while the plan is kept.'] },
        { kind: 'paragraph', text: 'This offer shares what I can afford fairly between all my creditors in proportion to what I owe each of them, as the enclosed budget and list of debts show. Please confirm your agreement in writing.' },
      ],
      enclosures: ['Household budget', 'List of all debts', 'Proof of income'],
    },
  },
  extension: {
    name: 'Extension request',
    title: 'Request for more time to pay',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: re },
        { kind: 'paragraph', text: 'I owe CNY {{debt.outstanding}} on this account. Because my income has stopped unexpectedly, I cannot make the payments that are due.' },
        { kind: 'paragraph', text: 'I expect my income to resume shortly, and ask you to extend the due date, with no penalty interest or late fees during the extension. When it ends I will resume payments on a plan we agree.' },
        { kind: 'paragraph', text: 'Please let me know your decision in writing.' },
      ],
      enclosures: ['Evidence of the loss of income', 'Copy of identity card'],
    },
  },
  waiver: {
    name: 'Interest and penalty waiver request',
    title: 'Request to waive interest, penalty interest and fees',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: re },
        { kind: 'paragraph', text: 'This account has been in arrears since {{debt.firstMissedDate}}. The balance is made up as follows:' },
        amounts,
        { kind: 'paragraph', text: 'Interest, penalty interest and charges now make up a large part of the balance, and they keep growing faster than I can pay. I ask you to waive the penalty interest, late fees and other charges added since the arrears began, and to reduce the interest, so that I can concentrate on repaying the principal of CNY {{debt.principal}}.' },
        { kind: 'paragraph', text: 'I will repay on a plan we agree once the charges are waived. Please reply in writing.' },
      ],
      enclosures: ['Evidence of hardship', 'Household budget'],
    },
  },
  card_instalment: {
    name: 'Credit-card personalised instalment request',
    title: 'Request for a personalised instalment plan on my credit card',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: re },
        { kind: 'paragraph', text: 'I hold this credit card and, because of financial hardship, have not been able to pay since {{debt.firstMissedDate}}. The balance is:' },
        amounts,
        { kind: 'paragraph', text: 'I want to repay but cannot clear the balance on the current terms. I ask for a personalised instalment plan: interest and fees frozen, and the balance repaid over {{proposal.months}} months at CNY {{proposal.monthly}} a month.' },
        { kind: 'paragraph', text: 'Evidence of my income and hardship is enclosed. Please approve the plan and tell me what else you need.' },
      ],
      enclosures: ['Copy of identity card', 'Proof of income', 'Evidence of hardship'],
    },
  },
  settlement: {
    name: 'Lump-sum settlement offer',
    title: 'Offer of a lump sum in full and final settlement',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: re },
        { kind: 'paragraph', text: 'The balance on this account is CNY {{debt.outstanding}}:' },
        amounts,
        { kind: 'paragraph', text: 'With help from my family I can raise CNY {{proposal.settlementAmount}} as a single payment. I offer this amount in full and final settlement of the account, with the rest written off and a settlement certificate issued once you receive it.' },
        { kind: 'paragraph', text: 'These funds are only available for a limited time. Please confirm in writing the settlement amount, the account to pay into and the deadline.' },
      ],
      enclosures: ['Evidence of hardship'],
    },
  },
  verification: {
    name: 'Statement of account request',
    title: 'Request for a statement of account and verification of the debt',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: re },
        { kind: 'paragraph', text: 'To check what I owe, please send me:' },
        { kind: 'list', ordered: true, items: ['a copy of the loan agreement and any related terms;', 'every payment and deduction on the account since it was opened;', 'how the balance is calculated, showing principal, interest, penalty interest and each fee;', 'if the debt has been sold or passed to a collector, their name.'] },
        { kind: 'paragraph', text: 'Please hold collection activity until I have received and checked this information. Thank you.' },
      ],
      enclosures: ['Copy of identity card'],
    },
  },
  complaint: {
    name: 'Complaint about collection conduct',
    title: 'Complaint about debt collection conduct',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: re },
        { kind: 'paragraph', text: 'Your staff, or collectors acting for you, have recently behaved as follows while collecting this debt:' },
        { kind: 'list', ordered: true, items: ['(date, time, channel and what was said or done)'] },
        { kind: 'paragraph', text: 'This conduct is seriously affecting my family and me. I ask you to stop it immediately, to investigate, and to tell me in writing what you have done.' },
        { kind: 'paragraph', text: 'I remain willing to discuss repayment. If this conduct continues I will report it to {{region.regulator}} and, where necessary, to the police.' },
      ],
      enclosures: ['Call logs, messages or screenshots'],
    },
  },
  credit_dispute: {
    name: 'Credit-report dispute',
    title: 'Dispute of information in my credit report',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: re },
        { kind: 'paragraph', text: 'The following information that you reported about me to {{region.creditBureau}} is not correct:' },
        { kind: 'list', ordered: true, items: ['(the record that is wrong, and what is correct)'] },
        { kind: 'paragraph', text: 'I dispute this information. Please investigate it; if it is wrong, correct your record, report the correction to {{region.creditBureau}}, and tell me the outcome in writing.' },
      ],
      enclosures: ['Credit report (relevant pages)', 'Supporting evidence'],
    },
  },
  phone_confirmation: {
    name: 'Confirmation of a phone agreement',
    title: 'Confirmation of the repayment arrangement agreed by telephone',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: re },
        { kind: 'paragraph', text: 'I, {{client.name}}, agreed a repayment arrangement for this account with your staff by telephone. To avoid any misunderstanding, I confirm its terms:' },
        { kind: 'list', ordered: true, items: ['{{proposal.months}} monthly payments of CNY {{proposal.monthly}};', 'the first payment on {{proposal.startDate}};', 'a total of CNY {{proposal.total}}, with no penalty interest or fees while payments are made as agreed.'] },
        { kind: 'paragraph', text: 'If this does not match your records, please tell me in writing within ten days of receiving this letter; otherwise I will take it that you agree.' },
      ],
      enclosures: [],
    },
  },
  holding: {
    name: 'Holding letter',
    title: 'Request to hold collection while my finances are assessed',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: re },
        { kind: 'paragraph', text: 'I have asked a debt counsellor, {{counsellor.name}}, to help me deal with all my debts, including this account.' },
        { kind: 'paragraph', text: 'My income and outgoings are being assessed, and I expect to send you a repayment proposal within a month. Meanwhile please hold collection activity, stop adding penalty interest and contact me in writing.' },
        { kind: 'paragraph', text: 'Thank you for your understanding.' },
      ],
      enclosures: [],
    },
  },
  chase: {
    name: 'Chase letter',
    title: 'No reply yet to my repayment proposal',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: re },
        { kind: 'paragraph', text: 'I sent you a proposal to repay CNY {{proposal.monthly}} a month for {{proposal.months}} months, and have not yet had a reply.' },
        { kind: 'paragraph', text: 'So that payments can begin, please reply in writing within fourteen days of this letter. Meanwhile I will try to pay the proposed amount as a sign of good faith.' },
      ],
      enclosures: ['Copy of the earlier proposal'],
    },
  },
  reconsider: {
    name: 'Request to reconsider',
    title: 'Request to reconsider my repayment proposal',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: re },
        { kind: 'paragraph', text: 'You have declined my repayment proposal. I understand your concerns and ask you to reconsider in the light of the following:' },
        { kind: 'list', ordered: false, items: ['my income and outgoings are fully disclosed, and the monthly amount is the most I can afford;', 'the offer shares my available income fairly between all my creditors in proportion to their balances;', 'without an agreement, every creditor is likely to recover less.'] },
        { kind: 'paragraph', text: 'I am still able to pay CNY {{proposal.monthly}} a month for {{proposal.months}} months. If you would accept different terms, please tell me in writing and I will consider them.' },
      ],
      enclosures: ['Household budget', 'List of all debts'],
    },
  },
  revised_offer: {
    name: 'Revised repayment offer',
    title: 'Revised repayment offer',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: re },
        { kind: 'paragraph', text: 'I wrote to you earlier with a repayment offer for this account. My income, outgoings or debts have changed since, so that offer no longer fits; I have worked it out again from my current figures and make the following revised offer.' },
        { kind: 'paragraph', text: 'The balance of the account is now CNY {{debt.outstanding}}:' },
        amounts,
        { kind: 'list', ordered: true, items: ['CNY {{proposal.monthly}} a month for {{proposal.months}} months;', 'the first payment on {{proposal.startDate}}, then on the same day each month;', 'CNY {{proposal.total}} in total.'] },
        { kind: 'paragraph', text: 'The amount still shares my available income fairly between all my creditors in proportion to their balances, as the enclosed budget and list of debts show. This offer replaces my earlier one. Please confirm your agreement in writing.' },
      ],
      enclosures: ['Household budget (current)', 'List of all debts'],
    },
  },
  variation_lower: {
    name: 'Request for a lower payment',
    title: 'Request to lower my monthly payment',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: re },
        { kind: 'paragraph', text: 'I have an agreement with you to repay this account and have kept to it. My circumstances have changed recently, and the agreed payment of CNY {{proposal.monthly}} a month is now more than I can afford.' },
        { kind: 'paragraph', text: 'So that I can keep to the agreement, I ask you to accept CNY {{variation.monthly}} a month from {{variation.fromDate}}, with the other terms unchanged, until the remaining balance is repaid.' },
        { kind: 'paragraph', text: 'I remain committed to repaying this debt. My current budget is enclosed; please confirm your agreement in writing.' },
      ],
      enclosures: ['Household budget (current)', 'Evidence of the change in circumstances'],
    },
  },
  variation_hold: {
    name: 'Request to pause payments',
    title: 'Request to pause my payments',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: re },
        { kind: 'paragraph', text: 'I have an agreement with you to repay this account and have kept to it. My circumstances have changed recently, and for now I cannot pay the agreed CNY {{proposal.monthly}} a month.' },
        { kind: 'paragraph', text: 'I ask you to pause my payments for {{variation.holdMonths}} months from {{variation.fromDate}}, without interest, penalty interest or fees being added meanwhile. After that I will resume the agreed payments, or contact you with a new proposal based on my circumstances then.' },
        { kind: 'paragraph', text: 'Evidence of the change is enclosed; please confirm your agreement in writing.' },
      ],
      enclosures: ['Household budget (current)', 'Evidence of the change in circumstances'],
    },
  },
};
