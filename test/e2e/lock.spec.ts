import { expect, spaced, test } from './fixtures';
import { newClient } from './steps';

// A counsellor steps away from the laptop: the case files must not be on screen.

test.describe('the app lock', () => {
  test('turns on a passcode, locks, survives a reload, and auto-locks when idle', async ({ page, harness }) => {
    test.setTimeout(120_000);
    await page.clock.install();
    await page.goto(harness.url);
    await newClient(page, '林晓燕');
    await expect(page.getByRole('heading', { name: '林晓燕' })).toBeVisible();

    await page.getByRole('menuitem', { name: '设置' }).click();
    const card = page.getByTestId('lock-card');
    await card.getByRole('button', { name: '开启应用锁' }).click();
    await card.getByLabel('新密码', { exact: true }).fill('2468-家');
    await card.getByLabel('再次输入新密码').fill('2468-家');
    await card.getByRole('button', { name: spaced('保存') }).click();
    await expect(card.getByText('已开启：闲置 10 分钟后自动锁定')).toBeVisible();

    // Back on the client, then lock by hand.
    await page.goto(`${harness.url}#/clients`);
    await expect(page.getByRole('row', { name: /林晓燕/ })).toBeVisible();
    await page.getByRole('button', { name: '锁定' }).click();
    await expect(page.getByRole('heading', { name: 'Parley 已锁定' })).toBeVisible();
    expect(await page.content()).not.toContain('林晓燕');

    // A reload does not get past it, and neither does a direct call from the page.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Parley 已锁定' })).toBeVisible();
    expect(await page.content()).not.toContain('林晓燕');
    const direct = await page.evaluate(() => window.parley.invoke('clients.list', {}));
    expect(direct).toMatchObject({ ok: false, error: { code: 'LOCKED' } });

    await page.getByLabel('密码').fill('1357');
    await page.getByRole('button', { name: spaced('解锁') }).click();
    await expect(page.getByText('密码不正确')).toBeVisible();
    await page.getByLabel('密码').fill('2468-家');
    await page.getByRole('button', { name: spaced('解锁') }).click();
    await expect(page.getByRole('row', { name: /林晓燕/ })).toBeVisible();

    // Ten idle minutes later the lock comes back by itself.
    await page.clock.fastForward('10:30');
    await expect(page.getByRole('heading', { name: 'Parley 已锁定' })).toBeVisible();
    expect(await page.content()).not.toContain('林晓燕');
  });
});
