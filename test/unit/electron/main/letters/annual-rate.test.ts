// The letters' merge field for the APR by the IRR method: the figure the debts table and the
// schedule of debts show, printed with its label; missing (so blocking "final") where the
// debt has no schedule.
import { describe, expect, it } from 'vitest';
import { readFile } from '../../../../../electron/main/attachments/store';
import { rate } from '../../../../../shared/domain/cost';
import type { Body } from '../../../../../shared/schemas/letters';
import { type TestCore } from '../../../helpers/core';
import { compact, pdfText } from '../pdf/poppler';
import { eachTestWithLetterCase, type Case } from './case';

let core: TestCore;
let c: Case;

eachTestWithLetterCase((s) => ({ core, c } = s));

/** 10,000 in hand on 15 January 2024, twelve payments of 993 on the 15th: RATE(12, −993, 10000) × 12 = 33.67%. */
async function giveSchedule(debtId: number): Promise<number> {
  const schedule = Array.from({ length: 12 }, (_, k) => ({ date: `${k < 11 ? 2024 : 2025}-${String(((k + 1) % 12) + 1).padStart(2, '0')}-15`, amountFen: 993_00 }));
  const d = (await core.call('debts.list', { clientId: c.clientId })).items.find((x) => x.id === debtId)!;
  const u = await core.call('debts.update', { id: d.id, rev: d.rev, patch: { loanDate: '2024-01-15', receivedFen: 10_000_00, schedule } });
  return u.cost.primary!;
}

const sentence = (field: string): Body['blocks'] => [{ kind: 'paragraph', text: `该笔借款的${field}，高于24%参考线。` }];

describe('{{debt.annualRate}} in a letter', () => {
  it('prints the APR by the IRR method with its label, in the preview and the final PDF, in each language', async () => {
    const primary = await giveSchedule(c.debts.a1);
    expect(primary).toBeCloseTo(rate(12, -993, 10_000)! * 12, 12);
    const l = await core.call('letters.draft', { clientId: c.clientId, debtId: c.debts.a1, type: 'waiver', locale: 'zh-CN' });
    const u = await core.call('letters.update', { id: l.id, rev: l.rev, title: l.title, body: { ...l.body, blocks: [...sentence('{{debt.annualRate}}'), ...l.body.blocks] } });
    const p = await core.call('letters.preview', { id: u.id });
    const first = p.blocks[0]!;
    expect(first.kind === 'paragraph' && first.spans.map((s) => s.text).join('')).toBe('该笔借款的年化利率（IRR法）33.67%，高于24%参考线。');
    const f = await core.call('letters.finalise', { id: u.id, rev: u.rev });
    expect(compact(pdfText(readFile(core.ctx, f.pdfFileId!)))).toContain('年化利率（IRR法）33.67%');

    const en = await core.call('letters.draft', { clientId: c.clientId, debtId: c.debts.a1, type: 'waiver', locale: 'en' });
    const enBody: Body = { ...en.body, blocks: [{ kind: 'paragraph', text: 'The loan carries {{debt.annualRate}}.' }, ...en.body.blocks] };
    const eu = await core.call('letters.update', { id: en.id, rev: en.rev, title: en.title, body: enBody });
    const ep = await core.call('letters.preview', { id: eu.id });
    const e0 = ep.blocks[0]!;
    expect(e0.kind === 'paragraph' && e0.spans.map((s) => s.text).join('')).toBe('The loan carries an APR (IRR method) of 33.67%.');
  });

  it('is missing - so the letter cannot be final - for a debt without a schedule, or a lender whose debts are not all known', async () => {
    const l = await core.call('letters.draft', { clientId: c.clientId, debtId: c.debts.b1, type: 'waiver', locale: 'zh-CN' });
    const u = await core.call('letters.update', { id: l.id, rev: l.rev, title: l.title, body: { ...l.body, blocks: [...sentence('{{debt.annualRate}}'), ...l.body.blocks] } });
    const p = await core.call('letters.preview', { id: u.id });
    const first = p.blocks[0]!;
    expect(first.kind === 'paragraph' && first.spans.some((s) => s.missing && s.text.includes('年化利率（IRR法）'))).toBe(true);
    expect((await core.fail('letters.finalise', { id: u.id, rev: u.rev })).message).toContain('年化利率（IRR法）');

    // Lender a has two debts: one known is not enough to speak for both.
    await giveSchedule(c.debts.a1);
    const byLender = await core.call('letters.draft', { clientId: c.clientId, lenderId: c.lenders.a, type: 'waiver', locale: 'zh-CN' });
    const bu = await core.call('letters.update', { id: byLender.id, rev: byLender.rev, title: byLender.title, body: { ...byLender.body, blocks: sentence('{{debt.annualRate}}') } });
    const bp = (await core.call('letters.preview', { id: bu.id })).blocks[0]!;
    expect(bp.kind === 'paragraph' && bp.spans.some((s) => s.missing)).toBe(true);
    await giveSchedule(c.debts.a2);
    const both = (await core.call('letters.preview', { id: bu.id })).blocks[0]!;
    expect(both.kind === 'paragraph' && both.spans.map((s) => s.text).join('')).toBe('该笔借款的年化利率（IRR法）33.67%、33.67%，高于24%参考线。');
  });
});
