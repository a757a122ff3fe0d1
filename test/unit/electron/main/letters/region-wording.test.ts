// Letters that fit the case's region: a Taiwan case's negotiation letter names Taiwan's route
// (前置協商 through the largest creditor bank, 消費者債務清理條例), a Hong Kong case's its
// debt relief plan and the IVA under the Bankruptcy Ordinance, a mainland case's neither; a
// complaint names the region's regulator (12378 only on the mainland). Drafted through the
// channels on a real database and read back from the PDF with pdftotext.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Region } from '../../../../../shared/domain/region';
import type { Locale } from '../../../../../shared/schemas/common';
import { openTestCore, type TestCore } from '../../../helpers/core';
import { openCorePerTest } from '../../../helpers/case';
import { compact, pdfText } from '../pdf/poppler';

let core: TestCore;
let dir: string;
openCorePerTest((c, d) => {
  core = c;
  dir = d;
});

const CASES: Record<Region, { name: string; idType: 'prc_resident' | 'tw_national' | 'hk_identity' | 'mo_resident'; lender: string; type: 'bank' | 'money_lender' }> = {
  cn: { name: '张三', idType: 'prc_resident', lender: '招商银行信用卡中心', type: 'bank' },
  tw: { name: '陳美玲', idType: 'tw_national', lender: '台新國際商業銀行', type: 'bank' },
  hk: { name: '陳大文', idType: 'hk_identity', lender: '富達財務有限公司', type: 'money_lender' },
  mo: { name: '何嘉欣', idType: 'mo_resident', lender: '大豐銀行', type: 'bank' },
};

/** A client of the region with one credit-card debt at one lender. */
async function caseOf(region: Region): Promise<{ clientId: number; lenderId: number }> {
  await core.call('settings.update', { counsellorName: '李燚' });
  const c = CASES[region];
  const client = await core.call('clients.create', { name: c.name, region, idType: c.idType });
  const lender = await core.call('lenders.create', { name: `${c.lender}${Math.random()}`, type: c.type });
  await core.call('debts.create', { clientId: client.id, lenderId: lender.id, productType: 'credit_card', accountRef: 'AC-1', principalFen: 9_000_000, firstMissedDate: '2024-11-05' });
  return { clientId: client.id, lenderId: lender.id };
}

async function letterText(region: Region, type: 'hardship' | 'complaint' | 'credit_dispute' | 'card_instalment', locale: Locale): Promise<{ body: string; pdf: string }> {
  const { clientId, lenderId } = await caseOf(region);
  const client = { id: clientId };
  const lender = { id: lenderId };
  const { id } = await core.call('letters.draft', { clientId: client.id, lenderId: lender.id, type, locale });
  const letter = await core.call('letters.get', { id });
  const body = letter.body.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.kind === 'list' ? b.items.join('') : '[amounts]')).join('\n');
  const saved = await core.call('letters.savePdf', { id });
  return { body, pdf: compact(pdfText(fs.readFileSync(saved.path!))) };
}

describe('the negotiation letter follows the case region', () => {
  it('a Taiwan case asks for pre-negotiation through the largest creditor bank under the Consumer Debt Clearance Act', async () => {
    const { body, pdf } = await letterText('tw', 'hardship', 'zh-TW');
    expect(body).toContain('《消費者債務清理條例》');
    expect(body).toContain('最大債權金融機構申請前置協商');
    for (const text of [body, pdf]) {
      expect(text).not.toMatch(/12378|人民幣|破產條例|\{\{/);
    }
    expect(pdf).toContain(compact('向最大債權金融機構申請前置協商'));
    expect(pdf).toContain('NT$90,000');
  });

  it('a Hong Kong case proposes a debt relief plan and names the IVA under the Bankruptcy Ordinance (Cap. 6)', async () => {
    const { body, pdf } = await letterText('hk', 'hardship', 'zh-TW');
    expect(body).toContain('債務舒緩計劃');
    expect(body).toContain('《破產條例》（第6章）申請個人自願安排（IVA）');
    expect(pdf).toContain(compact('個人自願安排（IVA）'));
    expect(pdf).not.toMatch(/消費者債務清理條例|12378|人民幣/);
    const en = await letterText('hk', 'hardship', 'en');
    expect(en.body).toContain('Individual Voluntary Arrangement (IVA) under the Bankruptcy Ordinance (Cap. 6)');
  });

  it('a mainland or Macau case has no route paragraph, and no empty one in its place', async () => {
    for (const region of ['cn', 'mo'] as const) {
      const { body } = await letterText(region, 'hardship', 'zh-CN');
      expect(body).not.toMatch(/前置协商|债务舒缓|破产条例|消费者债务清理条例/);
      expect(body.split('\n').filter((p) => p.trim() === '')).toEqual([]);
    }
    const cn = await core.call('letters.get', { id: 1 });
    expect(cn.body.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'amounts', 'paragraph', 'paragraph', 'list', 'paragraph']);
  });
});

describe('the complaint names the region regulator', () => {
  it.each([
    ['cn', 'zh-CN', '金融监管部门（12378）'],
    ['tw', 'zh-TW', '金融監督管理委員會等主管機關'],
    ['hk', 'zh-TW', '香港金融管理局等監管機構'],
    ['mo', 'en', 'the Monetary Authority of Macao'],
  ] as const)('%s (%s)', async (region, locale, regulator) => {
    const { body } = await letterText(region, 'complaint', locale);
    expect(body).toContain(regulator);
    if (region !== 'cn') expect(body).not.toContain('12378');
  });
});

describe('the credit-report dispute names who keeps the credit record in the case region', () => {
  it.each([
    ['cn', 'zh-CN', '中国人民银行征信中心'],
    ['tw', 'zh-TW', '財團法人金融聯合徵信中心（聯徵中心）'],
    ['hk', 'zh-TW', '信貸資料服務機構（如環聯）'],
    ['mo', 'zh-TW', '澳門信貸資料平台'],
    ['tw', 'en', 'the Joint Credit Information Center (JCIC)'],
    ['hk', 'en', 'the credit reference agency (such as TransUnion)'],
    ['tw', 'zh-CN', '财团法人金融联合征信中心（联征中心）'],
  ] as const)('%s (%s)', async (region, locale, bureau) => {
    const { body, pdf } = await letterText(region, 'credit_dispute', locale);
    // Named twice: where the record was reported, and where the correction goes.
    expect(body.split(bureau).length - 1).toBe(2);
    expect(pdf).toContain(compact(bureau));
    expect(pdf).not.toContain('{{');
    // The mainland's center and its rules only in a mainland case.
    if (region !== 'cn') expect(`${body}${pdf}`).not.toMatch(/中国人民银行|中國人民銀行|People’s Bank|征信业管理|人民币|人民幣/);
  });
});

describe('停息挂账 is a mainland practice: not drafted for a case of another region', () => {
  it('a mainland case drafts it', async () => {
    const { body } = await letterText('cn', 'card_instalment', 'zh-CN');
    expect(body).toContain('个性化分期还款');
  });

  it.each(['tw', 'hk', 'mo'] as const)('a %s case is refused with the reason, and nothing is written', async (region) => {
    const { clientId, lenderId } = await caseOf(region);
    const before = await core.call('letters.list', { clientId });
    const err = await core.fail('letters.draft', { clientId, lenderId, type: 'card_instalment', locale: 'zh-TW' });
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toContain('停息挂账申请只用于中国大陆的个案');
    const all = await core.fail('letters.draftAll', { clientId, type: 'card_instalment', locale: 'en', includeExisting: true });
    expect(all.code).toBe('VALIDATION');
    expect(await core.call('letters.list', { clientId })).toEqual(before);
    // Every other type is still drafted for the case.
    await core.call('letters.draft', { clientId, lenderId, type: 'credit_dispute', locale: 'zh-TW' });
    expect(await core.call('letters.list', { clientId })).toHaveLength(before.length + 1);
  });
});

describe('a database made before the dispute named the credit bureau', () => {
  it('brings its untouched built-in dispute letters up to the shipped text on the next start; a customised one stays', async () => {
    const list = await core.call('templates.list', { type: 'credit_dispute' });
    const byLocale = (l: string) => list.find((t) => t.locale === l)!;
    // The built-in text of an earlier Parley, as that database holds it.
    const old = { salutation: '尊敬的{{lender.name}}：', blocks: [{ kind: 'paragraph', text: '本人{{client.name}}查詢個人信用報告時發現，貴公司報送之下列資訊與事實不符。' }], enclosures: [] };
    core.db.prepare('UPDATE template_versions SET body_json = ? WHERE template_id = ? AND version = 1').run(JSON.stringify(old), byLocale('zh-TW').id);
    // The counsellor's own wording of the Simplified one.
    const mine = { salutation: '{{lender.name}}：', blocks: [{ kind: 'paragraph' as const, text: '我的信用报告有误：{{debt.accountRef}}。' }], enclosures: [] };
    await core.call('templates.save', { id: byLocale('zh-CN').id, rev: byLocale('zh-CN').rev, name: '我的异议信', title: '异议', body: mine });
    await core.close();

    const again = openTestCore(dir);
    try {
      const after = await again.call('templates.list', { type: 'credit_dispute' });
      const tw = after.find((t) => t.locale === 'zh-TW')!;
      expect(tw).toMatchObject({ currentVersion: 2, isDefault: true });
      const body = JSON.stringify((await again.call('templates.get', { id: tw.id })).body);
      expect(body).toContain('{{region.creditBureau}}');
      // The old text is kept as version 1.
      expect(JSON.stringify((await again.call('templates.get', { id: tw.id, version: 1 })).body)).toContain('查詢個人信用報告時發現');
      const cn = after.find((t) => t.locale === 'zh-CN')!;
      expect(cn).toMatchObject({ currentVersion: 2, isDefault: false, name: '我的异议信' });
      expect((await again.call('templates.get', { id: cn.id })).body.blocks).toEqual(mine.blocks);
      // Untouched and already current: no new version.
      expect(after.find((t) => t.locale === 'en')!.currentVersion).toBe(1);
    } finally {
      await again.close();
    }
  });
});
