import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect as baseExpect, spaced, test } from './fixtures';
import { addLender, choose, daysAgo, invoke, newClient, pickDate, shot } from './steps';

// A counsellor's day with the calendar, on a 1280×720 laptop:
//  – the client brings a court summons: the hearing date is recorded on the debt;
//  – the bank accepts the instalment plan sent this morning;
//  – the calendar shows the hearing and the first instalment on their days, and the
//    follow-up to ring the client is dragged two days later;
//  – the coming weeks go to the counsellor's phone as an .ics file, with case references
//    and no client names.

// The machine is shared by several people running builds and tests: be patient with re-renders.
const expect = baseExpect.configure({ timeout: 30_000 });
const daysAhead = (days: number) => daysAgo(-days);

/** Moves the calendar forward until `date` is among the days shown. */
async function showDay(page: Page, date: string): Promise<void> {
  const period = page.getByTestId('calendar-period');
  for (let i = 0; i < 3; i++) {
    const [from, to] = [await period.getAttribute('data-from'), await period.getAttribute('data-to')];
    if (from! <= date && date <= to!) return;
    await page.getByRole('button', { name: '下一页' }).click();
    await expect(period).not.toHaveAttribute('data-from', from!);
  }
  throw new Error(`${date} is not within three pages`);
}

/** The month / week switch: its radio input is hidden under the visible label, which takes the click. */
async function chooseView(page: Page, name: '月' | '周'): Promise<void> {
  const radio = page.getByRole('radio', { name });
  await radio.locator('xpath=..').click();
  await expect(radio).toBeChecked();
}

test('the calendar shows a court date and an instalment, moves a follow-up by dragging and exports .ics', async ({ page, harness }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(harness.url);

  const bank = await addLender(page, '招商信用卡中心', 'bank');
  const app = await addLender(page, '好借App', 'online_platform');
  await newClient(page, '林晓月');
  const clientId = Number(/#\/clients\/(\d+)/.exec(page.url())![1]);
  const { caseRef } = await invoke(page, 'clients.get', { id: clientId });
  const bankDebt = await invoke(page, 'debts.create', { clientId, lenderId: bank, accountRef: 'CMB-6225', principalFen: 1_200_000 });
  await invoke(page, 'debts.create', { clientId, lenderId: app, accountRef: 'HJ-0815', principalFen: 600_000, firstMissedDate: daysAgo(200) });
  // The plan went to the bank this morning: 12 instalments from the 9th day ahead.
  const firstDue = daysAhead(9);
  const offer = await invoke(page, 'offers.create', { debtId: bankDebt.id, params: { remedy: 'instalments', months: 12, withInterest: false }, startDate: firstDue });
  await invoke(page, 'offers.transition', { id: offer.id, rev: offer.rev, to: 'sent', onDate: daysAgo(0) });
  // The follow-up to ring the client: next Tuesday (always ahead, in the week after this one).
  const today = daysAgo(0);
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  const tuesday = daysAhead(8 - weekday);
  const thursday = daysAhead(10 - weekday);
  const ring = await invoke(page, 'followups.create', { clientId, dueDate: tuesday, note: '电话确认收入变化' });
  await page.reload();

  // 1. The summons: a hearing twelve days ahead, recorded from the debt's drawer.
  const hearingDay = daysAhead(12);
  await page.getByRole('tab', { name: '债务' }).click();
  await page.getByRole('button', { name: '编辑债务 好借App' }).click();
  const drawer = page.getByRole('dialog', { name: /编辑债务 · 好借App/ });
  await drawer.getByRole('button', { name: '记录一步' }).click();
  const step = page.getByRole('dialog', { name: '记录诉讼/执行步骤' });
  await choose(page, step.getByRole('combobox', { name: '步骤' }), '开庭');
  await pickDate(page, '日期', hearingDay);
  await step.getByLabel('法院').fill('北京市朝阳区人民法院');
  await step.getByRole('button', { name: spaced('保存') }).click();
  await expect(step).toBeHidden();
  await drawer.getByRole('button', { name: spaced('取消') }).click();
  await expect(drawer).toBeHidden();

  // 2. The bank rings to accept the plan.
  await page.getByRole('tab', { name: '协商与协议' }).click();
  const group = page.getByTestId('offer-lender-group').filter({ hasText: '招商信用卡中心' });
  await group.getByTestId('offer-action-accepted').click();
  const accept = page.getByRole('dialog', { name: /接受/ });
  await accept.getByTestId('transition-note').fill('电话确认同意 12 期');
  await accept.getByRole('button', { name: spaced('保存') }).click();
  await expect(accept).toBeHidden();
  await expect(group.getByTestId('offer-status')).toHaveText('已接受');
  // The plan brings its first case review, six months on.
  await expect(page.getByTestId('review-panel')).toContainText('复查日期');

  // 3. The calendar: the hearing and the first instalment, each on its day.
  await page.getByRole('menuitem', { name: '日历' }).click();
  await expect(page.getByRole('heading', { name: '日历' })).toBeVisible();
  await showDay(page, firstDue);
  await expect(page.getByTestId(`calendar-day-${firstDue}`).locator('[data-kind=instalment]')).toContainText('第 1 期还款 ¥1,000.00 · 招商信用卡中心');
  await showDay(page, hearingDay);
  const hearing = page.getByTestId(`calendar-day-${hearingDay}`).locator('[data-kind=court]');
  await expect(hearing).toContainText('林晓月 开庭 · 好借App');
  await shot(page, 'calendar-month-1280.zh-CN');
  // A court date cannot be dragged; hovering says why.
  await expect(hearing).toHaveAttribute('draggable', 'false');
  await hearing.hover();
  await expect(page.getByRole('tooltip')).toContainText('开庭等日期由法院确定');
  // Opening it (the keyboard's Enter) leads to its case.
  await hearing.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: '开庭 · 好借App' });
  await expect(dialog).toContainText('北京市朝阳区人民法院');
  await dialog.getByRole('button', { name: '打开个案' }).click();
  await expect(page).toHaveURL(new RegExp(`#/clients/${clientId}/debts$`));
  await page.goBack();

  // 4. Next week: the follow-up is dragged from Tuesday to Thursday.
  await expect(page.getByRole('heading', { name: '日历' })).toBeVisible();
  await chooseView(page, '周');
  await showDay(page, tuesday);
  const item = page.getByTestId(`calendar-item-followup:${ring.id}`);
  await expect(page.getByTestId(`calendar-day-${tuesday}`)).toContainText('跟进：手动添加');
  await item.dragTo(page.getByTestId(`calendar-day-${thursday}`));
  await expect(page.getByText(`已改到 ${thursday}`)).toBeVisible();
  await expect(page.getByTestId(`calendar-day-${thursday}`).getByTestId(`calendar-item-followup:${ring.id}`)).toBeVisible();
  await expect(page.getByTestId(`calendar-day-${tuesday}`).getByTestId(`calendar-item-followup:${ring.id}`)).toHaveCount(0);
  const moved = (await invoke(page, 'followups.forClient', { clientId })).find((f) => f.id === ring.id);
  expect(moved).toMatchObject({ id: ring.id, dueDate: thursday, originalDueDate: tuesday });
  await shot(page, 'calendar-week-1280.zh-CN');

  // 5. The month to the phone: case references, no client names unless ticked.
  await chooseView(page, '月');
  await showDay(page, hearingDay);
  await page.getByRole('button', { name: '导出 .ics' }).click();
  const exportDialog = page.getByRole('dialog', { name: '导出到手机日历（.ics）' });
  await expect(exportDialog.getByRole('checkbox', { name: '标题中包含客户姓名' })).not.toBeChecked();
  await exportDialog.getByRole('button', { name: spaced('导出') }).click();
  await expect(page.getByText(/已导出 \d+ 项到/)).toBeVisible();
  const file = fs.readdirSync(harness.platform.outbox).find((f) => f.endsWith('.ics'))!;
  const ics = fs.readFileSync(`${harness.platform.outbox}/${file}`, 'utf8').replace(/\r\n /g, '');
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(ics).toContain(`DTSTART;VALUE=DATE:${hearingDay.replace(/-/g, '')}`);
  expect(ics).toContain(`SUMMARY:开庭 · 好借App · ${caseRef}`);
  expect(ics).not.toContain('林晓月');
});

test('two missed instalments bring the case review forward; the review walks through what changed and leads into re-planning', async ({ page, harness }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(harness.url);

  const bank = await addLender(page, '招商信用卡中心', 'bank');
  await newClient(page, '马文博');
  const clientId = Number(/#\/clients\/(\d+)/.exec(page.url())![1]);
  const debt = await invoke(page, 'debts.create', { clientId, lenderId: bank, principalFen: 600_000 });
  await invoke(page, 'statements.create', { clientId, statementDate: daysAgo(0), lines: [{ kind: 'income', category: 'salary', amountFen: 500_000, frequency: 'monthly' }] });
  const offer = await invoke(page, 'offers.create', { debtId: debt.id, params: { remedy: 'instalments', months: 6, withInterest: false }, startDate: daysAhead(1) });
  const sent = await invoke(page, 'offers.transition', { id: offer.id, rev: offer.rev, to: 'sent', onDate: daysAgo(0) });
  const { agreement } = await invoke(page, 'offers.transition', { id: sent.offer.id, rev: sent.offer.rev, to: 'accepted', onDate: daysAgo(0) });
  // The client rings: they lost their job and cannot pay the first two instalments.
  for (const inst of agreement!.instalments.slice(0, 2)) await invoke(page, 'instalments.markMissed', { id: inst.id, missed: true });

  // The follow-ups page lists the case as due for review now.
  await page.getByRole('menuitem', { name: '跟进' }).click();
  const due = page.getByTestId('followups-reviews');
  await expect(due).toContainText('已有两期未还，需要立即复查');
  await due.getByRole('button', { name: /马文博/ }).click();

  // The review opens on the case's plans tab, with what changed since the plan.
  const review = page.getByRole('dialog', { name: '个案复查 · 马文博' });
  await expect(review).toContainText(`自 ${daysAgo(0)}（方案或上次复查）以来的变化`);
  await expect(review).toContainText(`招商信用卡中心 第 1 期（${daysAhead(1)}）¥1,000.00`);
  await expect(review).toContainText('招商信用卡中心 第 2 期');
  await shot(page, 'case-review-1280.zh-CN');
  await review.getByRole('radio', { name: '需要重新制定方案' }).check();
  await review.getByRole('textbox', { name: '记录' }).fill('失业，收入中断，需按新的预算重新分配');
  await review.getByRole('button', { name: '完成复查' }).click();
  await expect(review).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`#/clients/${clientId}/proposals\\?revise=latest$`));
  const { open, done } = await invoke(page, 'reviews.forClient', { clientId });
  expect(done).toMatchObject([{ outcome: 'replan', notes: '失业，收入中断，需按新的预算重新分配', completedDate: daysAgo(0) }]);
  expect(open).toMatchObject({ reason: 'scheduled', sinceDate: daysAgo(0) });
  await page.getByRole('tab', { name: '协商与协议' }).click();
  await expect(page.getByTestId('review-panel')).toContainText(`复查日期：${open!.dueDate}`);
  await expect(page.getByTestId('review-panel')).toContainText(`${daysAgo(0)}：需要重新制定方案`);
});
