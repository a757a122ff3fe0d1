// The schedule of debts quotes each debt's APR by the IRR method under its label, read back
// from the PDF with poppler: the figure the debts table shows, "—" where no schedule is known.
import { describe, expect, it } from 'vitest';
import { rate } from '../../../../../shared/domain/cost';
import { compact, pdfText } from '../pdf/poppler';
import { core, expectNoBlankPage, f, saved } from './world';

/** 10,000 in hand on 31 January 2025, 12 × 993 on each month's last day: RATE(12, −993, 10000) × 12. */
async function addScheduledDebt(): Promise<number> {
  const ends = ['02-28', '03-31', '04-30', '05-31', '06-30', '07-31', '08-31', '09-30', '10-31', '11-30', '12-31'].map((md) => `2025-${md}`);
  const schedule = [...ends, '2026-01-31'].map((date) => ({ date, amountFen: 993_00 }));
  const d = await core.call('debts.create', { clientId: f.clientId, lenderId: f.lenders[2]!.id, loanDate: '2025-01-31', borrowedFen: 10_000_00, receivedFen: 10_000_00, principalFen: 9_000_000, schedule });
  return d.cost.primary!;
}

describe('the APR (IRR method) in the schedule of debts', () => {
  it('prints the figure under its label, the same as the debts table, in each language', async () => {
    const primary = await addScheduledDebt();
    expect(primary).toBeCloseTo(rate(12, -993, 10_000)! * 12, 12); // 33.67%
    const zh = compact(pdfText(await saved('documents.save', { clientId: f.clientId, kind: 'debtSchedule', locale: 'zh-CN' })));
    expect(zh).toContain('年化利率（IRR法）');
    expect(zh).toContain('33.67%');
    expect(zh).toContain('中国人民银行公告〔2021〕第3号');
    // The three debts without a schedule say so rather than showing a figure.
    expect(zh.match(/—/g)!.length).toBeGreaterThanOrEqual(3);

    const en = pdfText(await saved('documents.save', { clientId: f.clientId, kind: 'debtSchedule', locale: 'en' }));
    expect(en).toMatch(/APR\s*\(IRR\s*method\)/);
    expect(en).toContain('33.67%');
    const tw = compact(pdfText(await saved('documents.save', { clientId: f.clientId, kind: 'debtSchedule', locale: 'zh-TW' })));
    expect(tw).toContain('年化利率（IRR法）');
    expect(tw).toContain('33.67%');
  });

  it('reaches the packet a lender receives, whose schedule of debts is the same part', async () => {
    await addScheduledDebt();
    const pdf = await saved('packets.save', { clientId: f.clientId, lenderId: f.lenders[2]!.id, locale: 'zh-CN' });
    const text = compact(pdfText(pdf));
    expect(text).toContain('年化利率（IRR法）');
    expect(text).toContain('33.67%');
    expectNoBlankPage(pdf);
  });

  it('has no figure at all until a schedule is entered', async () => {
    const text = compact(pdfText(await saved('documents.save', { clientId: f.clientId, kind: 'debtSchedule', locale: 'zh-CN' })));
    expect(text).toContain('年化利率（IRR法）');
    expect(text).not.toMatch(/\d+\.\d\d%/);
  });
});
