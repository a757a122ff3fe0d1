import { expect, spaced, test } from './fixtures';
import { choose, daysAgo, pickDate } from './steps';

test.describe('a counsellor and the client list', () => {
  test('opens a new case, fixes a mistyped ID number, and finds the client again after a restart', async ({ page, harness }) => {
    await page.goto(harness.url);
    await page.getByRole('menuitem', { name: '客户' }).click();
    await expect(page.getByRole('heading', { name: '客户' })).toBeVisible();
    await expect(page.getByText('还没有客户')).toBeVisible();

    await page.getByRole('button', { name: '新建客户' }).click();
    await page.getByRole('textbox', { name: '姓名' }).fill('王小明');
    await page.getByLabel('手机/电话').fill('139-1234-5678');
    // The last digit is wrong: the checksum says it should be X.
    await page.getByLabel('身份证号').fill('110105194912310021');
    await page.getByRole('button', { name: spaced('保存') }).click();
    await expect(page.getByText('身份证号校验位不正确，请核对')).toBeVisible();

    await page.getByLabel('身份证号').fill('11010519491231002x');
    await page.getByRole('button', { name: spaced('保存') }).click();
    await expect(page.getByRole('heading', { name: '王小明' })).toBeVisible();
    // Masked unless asked for; asking shows it in full.
    await expect(page.getByTestId('id-number')).toHaveText('1101**********002X');
    await page.getByRole('button', { name: '显示' }).click();
    await expect(page.getByTestId('id-number')).toHaveText('11010519491231002X');

    await harness.restart();
    await page.goto(harness.url);
    await page.getByRole('menuitem', { name: '客户' }).click();
    await page.getByRole('searchbox').fill('wxm');
    const row = page.getByRole('row', { name: /王小明/ });
    await expect(row).toBeVisible();
    await expect(row).toContainText('139 1234 5678');
    await expect(row).toContainText('1101**********002X');
  });

  test('edits a client, archives the case and brings it back', async ({ page, harness }) => {
    await page.goto(harness.url);
    await page.getByRole('menuitem', { name: '客户' }).click();
    await page.getByRole('button', { name: '新建客户' }).click();
    await page.getByRole('textbox', { name: '姓名' }).fill('欧阳燚');
    await page.getByRole('button', { name: spaced('保存') }).click();
    await expect(page.getByRole('heading', { name: '欧阳燚' })).toBeVisible();

    await page.getByRole('button', { name: spaced('编辑') }).click();
    await page.getByLabel('手机/电话').fill('13800138000');
    await choose(page, page.getByLabel('个案状态'), '协商中');
    // Negotiations began two weeks ago; the case is only being entered now.
    await pickDate(page, '状态变更日期', daysAgo(14));
    await page.getByRole('button', { name: spaced('保存') }).click();
    await expect(page.getByText('138 0013 8000')).toBeVisible();
    await expect(page.getByText('协商中').first()).toBeVisible();
    await page.getByRole('tab', { name: '往来记录' }).click();
    await expect(page.getByText(`${daysAgo(14)} 12:00`)).toBeVisible();

    await page.getByRole('button', { name: spaced('归档') }).click();
    await page.getByRole('tooltip').getByRole('button', { name: spaced('归档') }).click();
    await expect(page.getByRole('main').getByRole('alert').filter({ hasText: '已归档' })).toBeVisible();

    await page.getByRole('button', { name: '客户' }).first().click();
    await expect(page.getByText('欧阳燚')).toHaveCount(0);
    await page.getByLabel('显示已归档').click();
    await expect(page.getByRole('row', { name: /欧阳燚/ })).toBeVisible();
    await page.getByRole('link', { name: '欧阳燚' }).click();
    await page.getByRole('button', { name: '取消归档' }).click();
    await expect(page.getByRole('main').getByRole('alert').filter({ hasText: '已归档' })).toHaveCount(0);
  });

  test('switches the interface to English and Traditional Chinese, and remembers the choice', async ({ page, harness }) => {
    await page.goto(harness.url);
    await page.getByRole('menuitem', { name: '客户' }).click();
    await expect(page.getByRole('button', { name: '新建客户' })).toBeVisible();

    await choose(page, page.getByLabel('语言', { exact: true }), 'English');
    await expect(page.getByRole('button', { name: 'New client' })).toBeVisible();
    await expect(page.getByRole('menuitem', { name: 'Lenders' })).toBeVisible();
    // antd's own strings follow too.
    await expect(page.getByText('No clients yet')).toBeVisible();
    await expect(page.getByText('No data', { exact: true })).toHaveCount(1);
    await expect(page.getByText('暂无数据', { exact: true })).toHaveCount(0);

    await page.reload();
    await expect(page.getByRole('button', { name: 'New client' })).toBeVisible();

    // Errors from the main process arrive in the chosen language.
    await page.getByRole('button', { name: 'New client' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Li Lei');
    await page.getByLabel('Mobile / phone').fill('12345');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Not a valid phone number')).toBeVisible();

    await choose(page, page.getByLabel('Language'), '繁體中文');
    await expect(page.getByRole('menuitem', { name: '設定' })).toBeVisible();
  });
});
