import { expect, spaced, test } from './fixtures';
import { daysAgo, newClient, pickDate } from './steps';

// A counsellor types fast and presses Enter out of habit: Enter in a date, a list or a
// text field never saves a half-filled form; Ctrl+Enter or the button does. A drawer
// closed by a stray Esc or click asks before dropping what was typed.

test.describe('forms that do not misfire', () => {
  test('Enter in a date, a list or a text field does not save a new client; Ctrl+Enter does', async ({ page, harness }) => {
    await page.goto(harness.url);
    await page.getByRole('menuitem', { name: '客户' }).click();
    await page.getByRole('button', { name: '新建客户' }).click();
    await page.getByRole('textbox', { name: '姓名' }).fill('宋雨桐');
    await page.getByRole('textbox', { name: '姓名' }).press('Enter');
    await pickDate(page, '同意日期', daysAgo(3));
    const employment = page.getByRole('combobox', { name: '就业状况' });
    await employment.focus();
    await employment.press('Enter');
    await employment.press('ArrowDown');
    await employment.press('Enter');
    await expect(page.getByRole('heading', { name: '新建客户' })).toBeVisible();

    // Nothing was saved: the list is still empty.
    const stored = await page.evaluate(async () => {
      const res = await window.parley.invoke('clients.list', {});
      return res.ok ? (res.data as { total: number }).total : -1;
    });
    expect(stored).toBe(0);

    await page.getByLabel('联系地址').press('Control+Enter');
    await expect(page.getByRole('heading', { name: '宋雨桐' })).toBeVisible();
  });

  test('a drawer closed by mistake keeps what was typed until the counsellor agrees to drop it', async ({ page, harness }) => {
    await page.goto(harness.url);
    await newClient(page, '郝明远');
    await page.getByRole('tab', { name: '债务' }).click();
    await page.getByRole('button', { name: '添加债务' }).click();
    const drawer = page.getByRole('dialog', { name: '添加债务' });
    await drawer.getByLabel('借款金额（合同金额）').fill('8000');
    await drawer.getByLabel('借款金额（合同金额）').press('Enter');
    await expect(drawer).toBeVisible();

    await page.keyboard.press('Escape');
    const ask = page.getByRole('dialog', { name: '放弃未保存的修改？' });
    await expect(ask).toBeVisible();
    await ask.getByRole('button', { name: '继续编辑' }).click();
    await expect(ask).toBeHidden();
    await expect(drawer.getByLabel('借款金额（合同金额）')).toHaveValue(/^8,?000/);

    await drawer.getByRole('button', { name: spaced('取消') }).click();
    await page.getByRole('dialog', { name: '放弃未保存的修改？' }).getByRole('button', { name: '放弃修改' }).click();
    await expect(drawer).toBeHidden();

    // An untouched drawer closes at once.
    await page.getByRole('button', { name: '添加债务' }).click();
    await expect(drawer).toBeVisible();
    await drawer.getByRole('button', { name: spaced('取消') }).click();
    await expect(drawer).toBeHidden();
    await expect(page.getByRole('dialog', { name: '放弃未保存的修改？' })).toHaveCount(0);
  });
});
