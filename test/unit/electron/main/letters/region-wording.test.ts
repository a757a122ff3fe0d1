// Letters that fit the case's region: a Taiwan case's negotiation letter names Taiwan's route
// (前置協商 through the largest creditor bank, 消費者債務清理條例), a Hong Kong case's its
// debt relief plan and the IVA under the Bankruptcy Ordinance, a mainland case's neither; a
// complaint names the region's regulator (12378 only on the mainland). Drafted through the
// channels on a real database and read back from the PDF with pdftotext.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Region } from '../../../../../shared/domain/region';
import type { Locale } from '../../../../../shared/schemas/common';
import type { TestCore } from '../../../helpers/core';
import { openCorePerTest } from '../../../helpers/case';
import { compact, pdfText } from '../pdf/poppler';

let core: TestCore;
openCorePerTest((c) => (core = c));

const CASES: Record<Region, { name: string; idType: 'prc_resident' | 'tw_national' | 'hk_identity' | 'mo_resident'; lender: string; type: 'bank' | 'money_lender' }> = {
  cn: { name: '张三', idType: 'prc_resident', lender: '招商银行信用卡中心', type: 'bank' },
  tw: { name: '陳美玲', idType: 'tw_national', lender: '台新國際商業銀行', type: 'bank' },
  hk: { name: '陳大文', idType: 'hk_identity', lender: '富達財務有限公司', type: 'money_lender' },
  mo: { name: '何嘉欣', idType: 'mo_resident', lender: '大豐銀行', type: 'bank' },
};

async function letterText(region: Region, type: 'hardship' | 'complaint', locale: Locale): Promise<{ body: string; pdf: string }> {
  await core.call('settings.update', { counsellorName: '李燚' });
  const c = CASES[region];
  const client = await core.call('clients.create', { name: c.name, region, idType: c.idType });
  const lender = await core.call('lenders.create', { name: `${c.lender}${Math.random()}`, type: c.type });
  await core.call('debts.create', { clientId: client.id, lenderId: lender.id, productType: 'credit_card', accountRef: 'AC-1', principalFen: 9_000_000, firstMissedDate: '2024-11-05' });
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
