import type { Locator, Page } from '@playwright/test';
import { expect as baseExpect, spaced, test } from './fixtures';
import { addLender, choose, daysAgo, invoke, newClient, pickDate } from './steps';

// A counsellor's morning with the court papers a client brings:
//  – an old case with 好借App: sued in spring, judged, the lender applied for enforcement,
//    the bank account was frozen and the client is now listed as a dishonest debtor. Each
//    step is recorded on the day it happened, from the debt's drawer.
//  – a new first-instance judgment from 速贷金融, served ten days ago: Parley makes the
//    follow-up for the last day to appeal (15 days from service).
//  Then the debts table shows each debt's stage and since when, and the client's timeline
//  tells the whole story in date order, with the appeal deadline among the open follow-ups.

// The machine is shared by several people running builds and tests: be patient with re-renders.
const expect = baseExpect.configure({ timeout: 30_000 });

const COURT = '北京市朝阳区人民法院';

/** Records one court step in the debt drawer's list, through its dialog. */
async function recordStep(
  page: Page,
  drawer: Locator,
  step: { kind: string; date: string; court?: string; caseNumber?: string; amount?: string; served?: string; measure?: string },
): Promise<void> {
  await drawer.getByRole('button', { name: '记录一步' }).click();
  const dialog = page.getByRole('dialog', { name: '记录诉讼/执行步骤' });
  await expect(dialog).toBeVisible();
  await choose(page, dialog.getByRole('combobox', { name: '步骤' }), step.kind);
  await pickDate(page, '日期', step.date);
  if (step.court) await dialog.getByLabel('法院').fill(step.court);
  if (step.caseNumber) await dialog.getByLabel('案号').fill(step.caseNumber);
  if (step.measure) await choose(page, dialog.getByRole('combobox', { name: '措施' }), step.measure);
  if (step.amount) await dialog.getByRole('textbox', { name: /金额/ }).fill(step.amount);
  if (step.served) await pickDate(page, '送达日期', step.served);
  await dialog.getByRole('button', { name: spaced('保存') }).click();
  await expect(dialog).toBeHidden();
}

/** A calendar date `days` after today in Shanghai. */
function daysAhead(days: number): string {
  return daysAgo(-days);
}

test.describe('court and enforcement steps, dated', () => {
  test('a lawsuit → judgment → enforcement → listing story on its real dates, and the appeal deadline of a new judgment', async ({ page, harness }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(harness.url);

    const haojie = await addLender(page, '好借App', 'online_platform');
    const sudai = await addLender(page, '速贷金融', 'online_platform');
    await newClient(page, '周静怡');
    const clientId = Number(/#\/clients\/(\d+)/.exec(page.url())![1]);
    // The debts were taken at intake.
    await invoke(page, 'debts.create', { clientId, lenderId: haojie, principalFen: 1_200_000, firstMissedDate: daysAgo(400) });
    await invoke(page, 'debts.create', { clientId, lenderId: sudai, principalFen: 560_000, firstMissedDate: daysAgo(200) });
    await page.reload();
    await page.getByRole('tab', { name: '债务' }).click();

    // The old case with 好借App, step by step from the papers.
    await page.getByRole('button', { name: '编辑债务 好借App' }).click();
    const drawer = page.getByRole('dialog', { name: /编辑债务 · 好借App/ });
    await expect(drawer.getByTestId('legal-events')).toContainText('还没有诉讼或执行记录');
    await recordStep(page, drawer, { kind: '起诉立案', date: daysAgo(240), court: COURT, caseNumber: '(2025)京0105民初1234号' });
    await recordStep(page, drawer, { kind: '判决/裁定', date: daysAgo(150), court: COURT, caseNumber: '(2025)京0105民初1234号', amount: '12,345.00', served: daysAgo(148) });
    await recordStep(page, drawer, { kind: '申请强制执行', date: daysAgo(100), court: COURT, caseNumber: '(2025)京0105执567号' });
    await recordStep(page, drawer, { kind: '执行措施', date: daysAgo(60), measure: '冻结', amount: '3,000.00', caseNumber: '(2025)京0105执567号' });
    await recordStep(page, drawer, { kind: '列入失信被执行人名单', date: daysAgo(30), caseNumber: '(2025)京0105执567号' });
    const events = drawer.getByTestId('legal-events');
    await expect(events.getByTestId('legal-stage')).toHaveText('失信被执行人');
    await expect(events).toContainText(`自 ${daysAgo(30)}`);
    // Oldest first, each on its own date; the judgment's appeal period ended long ago.
    await expect(events.getByRole('row')).toHaveCount(6);
    await expect(events.getByRole('row').nth(1)).toContainText(daysAgo(240));
    await expect(events.getByRole('row').nth(2)).toContainText('一审 · 判决 · 金额 ¥12,345.00');
    await expect(events.getByRole('row').nth(4)).toContainText('冻结 · 金额 ¥3,000.00');
    await drawer.getByRole('button', { name: spaced('取消') }).click();
    await expect(drawer).toBeHidden();

    // The new judgment from 速贷金融, served ten days ago: five days are left to appeal.
    await page.getByRole('button', { name: '编辑债务 速贷金融' }).click();
    const second = page.getByRole('dialog', { name: /编辑债务 · 速贷金融/ });
    await recordStep(page, second, { kind: '判决/裁定', date: daysAgo(12), court: '杭州互联网法院', caseNumber: '(2025)浙0192民初88号', amount: '5,600.00', served: daysAgo(10) });
    await expect(second.getByTestId('legal-events')).toContainText(`上诉期限至 ${daysAhead(5)}`);
    await second.getByRole('button', { name: spaced('取消') }).click();
    await expect(second).toBeHidden();

    // The debts table: each debt's stage and since when.
    await expect(page.getByRole('row', { name: /好借App/ }).first()).toContainText(`失信被执行人自 ${daysAgo(30)}`);
    await expect(page.getByRole('row', { name: /速贷金融/ }).first()).toContainText(`已判决自 ${daysAgo(12)}`);

    // The timeline tells the story in date order, in the screen's words.
    await page.getByRole('tab', { name: '往来记录' }).click();
    // The type filter takes several types: pick one and close the list.
    const types = page.getByRole('combobox', { name: '全部类型' });
    await types.click();
    await page.getByRole('option', { name: '诉讼与执行', exact: true }).click();
    await types.press('Escape');
    const timeline = page.getByTestId('client-timeline');
    const steps = timeline.getByTestId(/^timeline-legal:/);
    await expect(steps).toHaveCount(6);
    await expect(steps.nth(0)).toContainText(daysAgo(12));
    await expect(steps.nth(0)).toContainText('判决/裁定');
    await expect(steps.nth(0)).toContainText('速贷金融');
    await expect(steps.nth(1)).toContainText('列入失信被执行人名单');
    await expect(steps.nth(2)).toContainText('执行措施');
    await expect(steps.nth(2)).toContainText('冻结');
    await expect(steps.nth(3)).toContainText('申请强制执行');
    await expect(steps.nth(4)).toContainText(`送达 ${daysAgo(148)}`);
    await expect(steps.nth(5)).toContainText(`${daysAgo(240)}`);
    await expect(steps.nth(5)).toContainText('起诉立案');
    await expect(steps.nth(5)).toContainText('案号 (2025)京0105民初1234号');

    // The appeal deadline waits among the open follow-ups, and on the follow-ups page.
    const followups = page.getByTestId(/^client-followup-/);
    await expect(followups).toHaveCount(1);
    await expect(followups.first()).toContainText(daysAhead(5));
    await expect(followups.first()).toContainText('上诉期限届满');
    await expect(followups.first()).toContainText('速贷金融');
    await page.getByRole('menuitem', { name: '跟进' }).click();
    await expect(page.getByTestId('followups-thisWeek')).toContainText('上诉期限届满');
  });
});
