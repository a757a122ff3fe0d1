import type { DefaultSet } from './types';

// Default letters in Traditional Chinese, written for Parley (same parts as zh-CN).

const to = '敬啟者 {{lender.name}}：';
const amounts = { kind: 'amounts' as const, total: true };

export const ZH_TW: DefaultSet = {
  hardship: {
    name: '協商還款申請書',
    title: '協商還款申請書',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: '本人{{client.name}}，於貴公司辦理之借款（帳戶：{{debt.accountRef}}）自{{debt.firstMissedDate}}起未能按期還款，迄今已逾期{{debt.daysOverdue}}天。本人並非惡意拖欠，謹將實際困難及還款意願說明如下，懇請貴公司予以協商。' },
        { kind: 'paragraph', text: '截至本申請日，該筆債務明細如下：' },
        amounts,
        { kind: 'paragraph', text: '{{client.hardship}}在維持家庭基本生活開支後，本人確實無力依原合約足額還款。本人已委託債務諮詢顧問{{counsellor.name}}協助整理全部債務與家庭收支，並願意在能力範圍內積極、持續地履行還款義務。' },
        { kind: 'paragraph', text: '為此，本人申請與貴公司協商還款方案，具體請求如下：' },
        { kind: 'list', ordered: true, items: ['暫停計收罰息、違約金及其他費用；', '依本人實際還款能力重新約定分期還款計畫；', '協商期間暫緩催收，並以本人書面指定之聯絡方式溝通。'] },
        // Taiwan's 前置協商 or Hong Kong's debt relief plan; nothing on the mainland (left out of the letter).
        { kind: 'paragraph', text: '{{region.route}}' },
        { kind: 'paragraph', text: '隨函檢附收入及困難情況之相關資料，懇請貴公司審核並惠予書面答覆。' },
      ],
      enclosures: ['身分證影本', '收入證明', '困難情況證明資料', '家庭收支明細表'],
    },
  },
  instalment: {
    name: '分期還款方案',
    title: '分期還款方案申請',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: '本人{{client.name}}於貴公司之借款（帳戶：{{debt.accountRef}}）目前尚欠{{debt.outstanding}}元，明細如下：' },
        amounts,
        { kind: 'paragraph', text: '經全面評估家庭收支，本人每月可用於償還貴公司之金額為{{proposal.monthly}}元。據此提出以下分期還款方案：' },
        { kind: 'list', ordered: true, items: ['每月還款{{proposal.monthly}}元，共{{proposal.months}}期；', '首期還款日為{{proposal.startDate}}，其後每月同日還款；', '還款總額為{{proposal.total}}元，分期期間不再計收罰息及違約金。'] },
        { kind: 'paragraph', text: '上述金額係依本人全部債權人之欠款比例公平分配所得，詳見隨附之收支表及債務清單。懇請貴公司同意本方案，並以書面確認。' },
      ],
      enclosures: ['家庭收支明細表', '全部債務清單', '收入證明'],
    },
  },
  extension: {
    name: '延期還款申請',
    title: '延期還款申請書',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: '本人{{client.name}}於貴公司之借款（帳戶：{{debt.accountRef}}）目前尚欠{{debt.outstanding}}元。因突發之收入中斷，本人暫時無法按期還款。' },
        { kind: 'paragraph', text: '本人預計收入將於近期恢復，特申請將還款期限適度延後，延期期間暫停計收罰息及違約金。延期屆滿後，本人將依雙方確認之計畫恢復還款。' },
        { kind: 'paragraph', text: '懇請貴公司體諒本人實際情況，惠予核准並以書面告知結果。' },
      ],
      enclosures: ['收入中斷之相關證明', '身分證影本'],
    },
  },
  waiver: {
    name: '減免利息罰息申請',
    title: '關於減免利息、罰息及費用之申請',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: '本人{{client.name}}於貴公司之借款（帳戶：{{debt.accountRef}}）自{{debt.firstMissedDate}}起逾期。目前欠款構成如下：' },
        amounts,
        { kind: 'paragraph', text: '其中利息、罰息及各項費用已占欠款相當比例，持續累積使本人更無力償還本金。懇請貴公司減免逾期期間所生之罰息、違約金及其他費用，並適度減免利息，使本人得以集中資金償還本金{{debt.principal}}元。' },
        { kind: 'paragraph', text: '本人承諾於減免後依雙方確認之計畫還款，懇請貴公司惠予支持並書面答覆。' },
      ],
      enclosures: ['困難情況證明資料', '家庭收支明細表'],
    },
  },
  card_instalment: {
    name: '停息掛帳申請',
    title: '信用卡個性化分期還款（停息掛帳）申請書',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: '本人{{client.name}}為貴行信用卡持卡人（卡號／帳戶：{{debt.accountRef}}），因經濟困難自{{debt.firstMissedDate}}起未能按期還款。目前欠款如下：' },
        amounts,
        { kind: 'paragraph', text: '本人確有還款意願，惟無力依原約定全額清償。依信用卡業務之相關規定，本人申請辦理個性化分期還款：停止計收利息及違約金，將欠款分{{proposal.months}}期償還，每期還款{{proposal.monthly}}元。' },
        { kind: 'paragraph', text: '隨函檢附收入及困難情況資料，懇請貴行審核核准，並告知辦理所需之手續。' },
      ],
      enclosures: ['身分證影本', '收入證明', '困難情況證明資料'],
    },
  },
  settlement: {
    name: '一次清償減免申請',
    title: '一次清償減免申請書',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: '本人{{client.name}}於貴公司之借款（帳戶：{{debt.accountRef}}）目前尚欠{{debt.outstanding}}元，明細如下：' },
        amounts,
        { kind: 'paragraph', text: '經親友協助，本人可一次籌得{{proposal.settlementAmount}}元。本人申請以此金額一次清償上述全部欠款，其餘部分由貴公司減免，並於收款後出具清償證明。' },
        { kind: 'paragraph', text: '此筆款項籌措不易，能否到位取決於貴公司之答覆。懇請貴公司儘速審核，並以書面確認清償金額、付款帳戶及付款期限。' },
      ],
      enclosures: ['困難情況證明資料'],
    },
  },
  verification: {
    name: '對帳及債務核實申請',
    title: '關於提供帳戶明細及核實債務之申請',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: '本人{{client.name}}為核實於貴公司之債務（帳戶：{{debt.accountRef}}），特申請貴公司提供下列資料：' },
        { kind: 'list', ordered: true, items: ['借款合約及相關協議之副本；', '自撥款日起之全部還款及扣款明細；', '目前欠款之計算方式，包括本金、利息、罰息及各項費用之構成；', '如債權已轉讓或委託催收，請告知受讓方或受託方之名稱。'] },
        { kind: 'paragraph', text: '於收到上述資料並核實前，懇請貴公司暫緩催收。感謝貴公司之配合。' },
      ],
      enclosures: ['身分證影本'],
    },
  },
  complaint: {
    name: '催收投訴函',
    title: '關於催收行為之投訴函',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: '本人{{client.name}}係貴公司客戶（帳戶：{{debt.accountRef}}）。近期貴公司或貴公司委託之催收人員於催收過程中有下列不當行為：' },
        { kind: 'list', ordered: true, items: ['（請寫明日期、時間、方式及具體內容）'] },
        { kind: 'paragraph', text: '上述行為已嚴重影響本人及家人之正常生活。本人要求貴公司立即停止上述行為，對相關人員查核處理，並於收到本函後以書面答覆處理結果。' },
        { kind: 'paragraph', text: '本人願意就還款事宜與貴公司正常協商。如上述行為持續發生，本人將向{{region.regulator}}反映，必要時報警處理。' },
      ],
      enclosures: ['通話紀錄、簡訊或截圖等證據'],
    },
  },
  credit_dispute: {
    name: '信用報告異議申請',
    title: '信用報告異議申請書',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: '本人{{client.name}}發現，貴公司向{{region.creditBureau}}報送之本人信用資料中，下列內容與事實不符（帳戶：{{debt.accountRef}}）：' },
        { kind: 'list', ordered: true, items: ['（請寫明有誤之紀錄及正確情況）'] },
        { kind: 'paragraph', text: '本人特提出異議，請貴公司進行查核；如資料確有錯誤，請予更正，並向{{region.creditBureau}}報送更正後之資料，同時將查核結果以書面告知本人。' },
      ],
      enclosures: ['個人信用報告（相關頁）', '證明資料'],
    },
  },
  phone_confirmation: {
    name: '電話協商結果確認函',
    title: '關於電話協商結果之確認函',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: '本人{{client.name}}與貴公司人員已就借款（帳戶：{{debt.accountRef}}）之還款安排以電話達成共識。為免誤解，謹將協商結果書面確認如下：' },
        { kind: 'list', ordered: true, items: ['每月還款{{proposal.monthly}}元，共{{proposal.months}}期；', '首期還款日為{{proposal.startDate}}；', '還款總額為{{proposal.total}}元，依約還款期間不再計收罰息及費用。'] },
        { kind: 'paragraph', text: '如上述內容與貴公司紀錄不一致，請於收到本函之日起十日內以書面告知；逾期未回覆者，本人將視為貴公司確認上述安排。' },
      ],
      enclosures: [],
    },
  },
  holding: {
    name: '暫緩催收函',
    title: '關於暫緩催收之函',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: '本人{{client.name}}已委託債務諮詢顧問{{counsellor.name}}協助處理本人全部債務，包括於貴公司之借款（帳戶：{{debt.accountRef}}）。' },
        { kind: 'paragraph', text: '目前顧問正全面評估本人之收支狀況，預計於一個月內向貴公司提出還款方案。評估期間，懇請貴公司暫緩催收，暫停計收罰息，並以書面方式與本人聯絡。' },
        { kind: 'paragraph', text: '感謝貴公司之體諒與配合。' },
      ],
      enclosures: [],
    },
  },
  chase: {
    name: '催覆函',
    title: '關於儘速答覆還款方案之函',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: '本人{{client.name}}先前已就借款（帳戶：{{debt.accountRef}}）向貴公司提出還款方案，每月還款{{proposal.monthly}}元，共{{proposal.months}}期，迄今尚未收到貴公司答覆。' },
        { kind: 'paragraph', text: '為儘早開始還款，懇請貴公司於收到本函之日起十四日內以書面答覆。等待答覆期間，本人仍將盡力依還款方案的金額還款，以示誠意。' },
      ],
      enclosures: ['先前提出之還款方案'],
    },
  },
  reconsider: {
    name: '復議申請',
    title: '關於重新考量還款方案之申請',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: '本人{{client.name}}就借款（帳戶：{{debt.accountRef}}）提出之還款方案未獲貴公司同意。本人理解貴公司之顧慮，謹補充說明如下，懇請貴公司重新考量：' },
        { kind: 'list', ordered: false, items: ['本人之收支情況均已如實提供，每月可還金額已達能力上限；', '方案係依全部債權人之欠款比例公平分配，貴公司並未受到不利對待；', '若方案無法達成，各債權人可回收之金額均將減少。'] },
        { kind: 'paragraph', text: '本人仍願意每月還款{{proposal.monthly}}元，共{{proposal.months}}期。如貴公司有調整意見，敬請以書面告知，本人願意繼續協商。' },
      ],
      enclosures: ['家庭收支明細表', '全部債務清單'],
    },
  },
  revised_offer: {
    name: '調整後之還款方案',
    title: '關於調整還款方案之函',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: '本人{{client.name}}先前已就於貴公司之借款（帳戶：{{debt.accountRef}}）提出還款方案。因本人之收支或債務情況有所變化，原方案已不再適用，謹依最新情況重新計算，提出調整後之方案。' },
        { kind: 'paragraph', text: '該筆債務目前尚欠{{debt.outstanding}}元，明細如下：' },
        amounts,
        { kind: 'paragraph', text: '調整後之還款方案如下：' },
        { kind: 'list', ordered: true, items: ['每月還款{{proposal.monthly}}元，共{{proposal.months}}期；', '首期還款日為{{proposal.startDate}}，此後每月同日還款；', '還款總額為{{proposal.total}}元。'] },
        { kind: 'paragraph', text: '上述金額仍依本人全部債權人之欠款比例公平分配，詳見隨附之最新收支表及債務清單。本方案取代先前之方案，懇請貴公司同意並以書面確認。' },
      ],
      enclosures: ['家庭收支明細表（最新）', '全部債務清單'],
    },
  },
  variation_lower: {
    name: '降低月還款額申請',
    title: '關於降低每月還款額之申請',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: '本人{{client.name}}已與貴公司就借款（帳戶：{{debt.accountRef}}）達成還款協議，並一直依約履行。近期本人之情況有所變化，依協議每月還款{{proposal.monthly}}元已超出本人目前之還款能力。' },
        { kind: 'paragraph', text: '為繼續履約、避免違約，本人申請自{{variation.fromDate}}起將每月還款額調整為{{variation.monthly}}元，其餘約定不變，直至清償剩餘欠款。' },
        { kind: 'paragraph', text: '本人仍有誠意履行還款義務，隨函附上最新之收支情況，懇請貴公司予以同意並以書面確認。' },
      ],
      enclosures: ['家庭收支明細表（最新）', '情況變化之證明文件'],
    },
  },
  variation_hold: {
    name: '暫停還款申請',
    title: '關於暫停還款之申請',
    body: {
      salutation: to,
      blocks: [
        { kind: 'paragraph', text: '本人{{client.name}}已與貴公司就借款（帳戶：{{debt.accountRef}}）達成還款協議，並一直依約履行。近期本人之情況有所變化，暫時無法依協議每月還款{{proposal.monthly}}元。' },
        { kind: 'paragraph', text: '本人申請自{{variation.fromDate}}起暫停還款{{variation.holdMonths}}個月，暫停期間不計收罰息及違約金；期滿後依協議恢復還款，或屆時依本人之情況另行協商。' },
        { kind: 'paragraph', text: '隨函附上相關證明文件，懇請貴公司予以同意並以書面確認。' },
      ],
      enclosures: ['家庭收支明細表（最新）', '情況變化之證明文件'],
    },
  },
};
