// A lender's packet when its debt is before a court: the cover sheet names the court, the
// case number (案号) and the stage with the day it began, and the schedule of debts shows
// each debt's stage with its date. Rendered through packets.save and read back with poppler.
import { describe, expect, it } from 'vitest';
import { compact, pageCount, pdfText, renderPng } from '../pdf/poppler';
import { core, expectNoBlankPage, f, saved } from '../documents/world';

const COURT = '北京市朝阳区人民法院';

async function courtSteps() {
  const debtId = f.debtIds[0]!;
  // The debt came in as "lawsuit filed" (an intake estimate); the papers give the real steps.
  const intake = (await core.call('legal.list', { debtId })).events[0]!;
  await core.call('legal.update', { id: intake.id, rev: intake.rev, kind: 'lawsuit_filed', eventDate: '2024-09-02', court: COURT, caseNumber: '(2024)京0105民初9921号' });
  await core.call('legal.create', { debtId, kind: 'judgment', eventDate: '2024-11-20', serviceDate: '2024-11-25', amountFen: 123_456_789, court: COURT, caseNumber: '(2024)京0105民初9921号' });
  await core.call('legal.create', { debtId, kind: 'enforcement_applied', eventDate: '2025-01-08', court: COURT, caseNumber: '(2025)京0105执1024号' });
}

describe('the packet of a lender whose debt is before a court', () => {
  it('prints the court, the case number and the stage with its date on the cover, and the stage with its date in the schedule of debts', async () => {
    await courtSteps();
    const pdf = await saved('packets.save', { clientId: f.clientId, lenderId: f.lenders[0]!.id, locale: 'zh-CN' });
    const cover = compact(pdfText(pdf, { page: 1 }));
    expect(cover).toContain(`受理法院：${COURT}`);
    expect(cover).toContain('案号：(2025)京0105执1024号');
    expect(cover).toContain('诉讼/执行阶段：强制执行（2025年1月8日）');
    const all = compact(pdfText(pdf));
    expect(all).toContain('强制执行2025年1月8日'); // the schedule of debts: the date under the stage
    expectNoBlankPage(pdf);
    // For people to look at: PARLEY_PNG_DIR=<folder> keeps the cover and the schedule of debts as PNGs.
    const pngDir = process.env['PARLEY_PNG_DIR'];
    if (pngDir) {
      renderPng(pdf, 1, `${pngDir}/court-packet-cover`, 60);
      const schedule = Array.from({ length: pageCount(pdf) }, (_, i) => i + 1).find((p) => p > 1 && compact(pdfText(pdf, { page: p })).includes('全部债务明细表'));
      if (schedule) renderPng(pdf, schedule, `${pngDir}/court-packet-debts`, 70);
    }

    const en = await saved('packets.save', { clientId: f.clientId, lenderId: f.lenders[0]!.id, locale: 'en' });
    const enCover = compact(pdfText(en, { page: 1 }));
    expect(enCover).toContain(`Court:${COURT}`);
    expect(enCover).toContain('Casenumber:(2025)京0105执1024号');
    expect(enCover).toMatch(/Courtstage:Enforcement\(/);
  });

  it('says nothing about a court on the packet of a lender whose debt has no court steps', async () => {
    await courtSteps();
    const pdf = await saved('packets.save', { clientId: f.clientId, lenderId: f.lenders[1]!.id, locale: 'zh-CN' });
    const cover = compact(pdfText(pdf, { page: 1 }));
    expect(cover).toContain('致：');
    expect(cover).not.toContain('受理法院');
    expect(cover).not.toContain('案号');
    expect(pageCount(pdf)).toBeGreaterThan(1);
  });
});
