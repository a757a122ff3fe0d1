import type { Page } from '@playwright/test';
import { expect, spaced, test } from './fixtures';
import { addLender, choose, daysAgo, invoke, newClient, pickDate, shot } from './steps';

// A counsellor's day on the phone: logs a call to one lender from the debt row, logs an
// abusive incoming call from a collector as a conduct incident (threats, calls at
// unreasonable hours), sets follow-ups, works through the follow-ups page (snoozes one,
// completes one, which logs it), and reads the case's timeline for one lender only.

async function addDebt(page: Page, clientId: number, lenderId: number, accountRef: string): Promise<void> {
  await invoke(page, 'debts.create', { clientId, lenderId, accountRef, principalFen: 800_000 });
}

test.describe('a counsellor’s day on the phone', () => {
  test.describe.configure({ timeout: 180_000 });

  test('logs calls and an incident, works the follow-ups page and filters the timeline by lender', async ({ page, harness }) => {
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.goto(harness.url);
    const haojie = await addLender(page, '好借App', 'online_platform');
    const sudai = await addLender(page, '速贷金融', 'online_platform');
    await newClient(page, '林晓燕');
    const clientId = Number(/#\/clients\/(\d+)/.exec(page.url())![1]);
    await addDebt(page, clientId, haojie, 'HJ-2023-0815');
    await addDebt(page, clientId, sudai, 'SD-778120');
    await page.reload();

    // 1. A call to 好借App, logged from its row in the debt list, with a follow-up in three days.
    await page.getByRole('tab', { name: '债务' }).click();
    await page.getByRole('button', { name: '记录联系 好借App' }).click();
    const drawer = page.getByRole('dialog', { name: '记录联系 · 好借App' });
    await expect(drawer.getByText('好借App', { exact: true }).first()).toBeVisible();
    await drawer.getByLabel('对方人员').fill('客服 王先生 工号 0372');
    await drawer.getByLabel('内容摘要').fill('说明客户失业，请求暂停催收并考虑 36 期分期。');
    await drawer.getByLabel('结果').fill('对方同意提交内部审核，三个工作日内答复。');
    await drawer.getByRole('button', { name: '+3 天' }).click();
    await shot(page, 'contact-drawer');
    await drawer.getByRole('button', { name: spaced('保存') }).click();
    await expect(drawer).toBeHidden();

    // 2. Late last night a collector for 速贷金融 rang the client, threatening: an incident.
    await page.getByRole('tab', { name: '往来记录' }).click();
    await expect(page.getByText('说明客户失业，请求暂停催收')).toBeVisible();
    await page.getByRole('button', { name: '记录联系' }).first().click();
    const incident = page.getByRole('dialog', { name: '记录联系' });
    await choose(page, incident.getByRole('combobox', { name: '相关债务' }), /^速贷金融 · SD-778120/);
    await expect(incident.getByText('速贷金融', { exact: true }).first()).toBeVisible();
    await pickDate(page, '日期', daysAgo(1));
    const time = incident.getByLabel('时间', { exact: true });
    await time.click();
    await time.fill('23:40');
    await time.press('Enter');
    await expect(time).toHaveValue('23:40');
    await incident.getByText('来电/来函').click();
    await incident.getByLabel('对方人员').fill('自称“法务部”，号码 170****5521');
    await incident.getByLabel('内容摘要').fill('深夜来电，称不还款就“上门找你家人”。');
    await incident.getByRole('switch', { name: '标记为不当催收' }).click();
    await incident.getByRole('button', { name: spaced('保存') }).click();
    // A kind of misconduct must be named.
    await expect(incident.getByText('请至少选择一种不当催收行为')).toBeVisible();
    await incident.getByRole('checkbox', { name: '威胁恐吓' }).check();
    await incident.getByRole('checkbox', { name: '非合理时间催收' }).check();
    await incident.getByLabel('事件经过').fill('23:40 来电约 6 分钟，多次威胁联系客户父母和单位。客户已录音。');
    await shot(page, 'contact-drawer-incident');
    await incident.getByRole('button', { name: spaced('保存') }).click();
    await expect(incident).toBeHidden();

    const timeline = page.getByTestId('client-timeline');
    const abusive = timeline.locator('[data-testid^="timeline-contact:"]').filter({ hasText: '上门找你家人' });
    await expect(abusive).toContainText('不当催收');
    await expect(abusive).toContainText('威胁恐吓');
    await expect(abusive).toContainText('非合理时间催收');
    await expect(abusive).toContainText(`${daysAgo(1)} 23:40`);

    // 3. A follow-up for today, added by hand from the timeline.
    await page.getByRole('button', { name: '添加跟进' }).click();
    const add = page.getByRole('dialog', { name: '添加跟进' });
    await choose(page, add.getByRole('combobox', { name: '相关债务' }), /^速贷金融 · SD-778120/);
    await pickDate(page, '跟进日期', daysAgo(0));
    await add.getByLabel('备注').fill('提醒客户整理通话录音，准备投诉材料');
    await add.getByRole('button', { name: '添加跟进' }).click();
    await expect(add).toBeHidden();
    await shot(page, 'timeline');

    // 4. The follow-ups page: one due today, one in the next 7 days.
    await page.getByRole('menuitem', { name: '跟进' }).click();
    const today = page.getByTestId('followups-dueToday');
    const week = page.getByTestId('followups-thisWeek');
    await expect(today.getByRole('row', { name: /林晓燕/ })).toContainText('提醒客户整理通话录音');
    await expect(week.getByRole('row', { name: /林晓燕/ })).toContainText('好借App');
    await shot(page, 'followups');

    // Snooze today's by a day: it moves to the next 7 days, remembering its first date.
    await today.getByRole('button', { name: '推迟 林晓燕' }).click();
    await page.getByRole('menuitem', { name: '推迟 1 天' }).click();
    await expect(today.getByText('无')).toBeVisible();
    await expect(week.getByRole('row', { name: /提醒客户整理通话录音/ })).toContainText(`已推迟 1 次（原定 ${daysAgo(0)}）`);

    // Complete the 好借App one: a short note, logged as a contact.
    const haojieRow = week.getByRole('row', { name: /好借App/ });
    await haojieRow.getByRole('button', { name: '完成 林晓燕' }).click();
    const done = page.getByRole('dialog', { name: '完成跟进 · 林晓燕' });
    await done.getByLabel('内容摘要').fill('好借App 回电：同意暂停催收 30 天，等待分期方案。');
    await done.getByRole('button', { name: spaced('完成') }).click();
    await expect(done).toBeHidden();
    await expect(week.getByRole('row', { name: /好借App/ })).toHaveCount(0);

    // 5. Back to the case: the timeline for 好借App only.
    await week.getByRole('button', { name: /林晓燕/ }).first().click();
    await expect(page.getByRole('tab', { name: '往来记录', selected: true })).toBeVisible();
    await expect(timeline.getByText('好借App 回电：同意暂停催收 30 天')).toBeVisible();
    await expect(timeline.getByText('上门找你家人')).toBeVisible();
    await choose(page, page.getByRole('combobox', { name: '全部债权人' }), /好借App/);
    await expect(timeline.getByText('上门找你家人')).toHaveCount(0);
    await expect(timeline.getByText('说明客户失业，请求暂停催收')).toBeVisible();
    await expect(timeline.getByText('好借App 回电：同意暂停催收 30 天')).toBeVisible();
    await expect(timeline.locator('[data-testid^="timeline-"]')).toHaveCount(2);

    // 6. The lender page lists the incident under 速贷金融.
    await page.evaluate((id) => void (window.location.hash = `#/lenders/${id}`), sudai);
    const card = page.getByTestId('lender-incidents');
    await expect(card).toContainText('共 1 起，涉及 1 个案件');
    await expect(card.getByRole('link', { name: '林晓燕' })).toBeVisible();
    await expect(card).toContainText('威胁恐吓 · 1');

    // 7. A week later the client mentions "法务部" again: Ctrl+K finds the call by a word of
    // its details, and by the initials of the 好借App agent (wxs: 王先生).
    await page.keyboard.press('Control+k');
    const search = page.getByRole('textbox', { name: '快速搜索' });
    await search.fill('父母');
    const hit = page.getByRole('option', { name: /深夜来电/ });
    await expect(hit).toContainText('联系记录');
    await expect(hit).toContainText(`${daysAgo(1)} · 林晓燕 · 速贷金融`);
    await search.fill('wxs');
    await expect(page.getByRole('option', { name: /说明客户失业/ })).toBeVisible();
    await search.fill('父母');
    await expect(hit).toBeVisible();
    await shot(page, 'quick-search-contacts');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('tab', { name: '往来记录', selected: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: '林晓燕' })).toBeVisible();
  });
});
