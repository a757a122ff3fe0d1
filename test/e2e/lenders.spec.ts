import type { Page } from '@playwright/test';
import { expect, spaced, test } from './fixtures';
import { choose, invoke } from './steps';

// The lender directory, used the way a counsellor does: add lenders as they come up, find
// them again by pinyin initials, and fold a duplicate into the right entry.

async function addLender(page: Page, fields: { name: string; aliases?: string[]; type?: string; phones?: string[] }) {
  await page.getByRole('button', { name: '新建债权人' }).click();
  const drawer = page.getByRole('dialog', { name: '新建债权人' });
  await drawer.getByLabel('名称').fill(fields.name);
  for (const alias of fields.aliases ?? []) {
    await drawer.getByLabel('别名').fill(alias);
    await drawer.getByLabel('别名').press('Enter');
  }
  if (fields.type) {
    await choose(page, drawer.getByLabel('类型'), fields.type);
  }
  for (const phone of fields.phones ?? []) {
    await drawer.getByLabel('电话').fill(phone);
    await drawer.getByLabel('电话').press('Enter');
  }
  await drawer.getByRole('button', { name: spaced('保存') }).click();
}

test.describe('a counsellor and the lender directory', () => {
  test('adds two lenders, finds one by pinyin initials, and merges a duplicate without losing its debt', async ({ page, harness }) => {
    await page.goto(harness.url);
    await page.getByRole('menuitem', { name: '债权人' }).click();
    await expect(page.getByRole('heading', { name: '债权人' })).toBeVisible();
    await expect(page.getByText('还没有债权人')).toBeVisible();

    await addLender(page, { name: '招商银行信用卡中心', aliases: ['招行'], type: '银行', phones: ['95555'] });
    await expect(page.getByRole('heading', { name: '招商银行信用卡中心' })).toBeVisible();
    await expect(page.getByText('95555')).toBeVisible();

    // A name another lender already goes by is refused, under the name field.
    await page.getByRole('button', { name: '债权人' }).first().click();
    await addLender(page, { name: '招行' });
    await expect(page.getByText('“招行”已是债权人“招商银行信用卡中心”的别名')).toBeVisible();
    await page.getByRole('dialog', { name: '新建债权人' }).getByLabel('名称').fill('招商银行');
    await page.getByRole('dialog', { name: '新建债权人' }).getByLabel('别名').fill('掌上生活');
    await page.getByRole('dialog', { name: '新建债权人' }).getByLabel('别名').press('Enter');
    await page.getByRole('dialog', { name: '新建债权人' }).getByRole('button', { name: spaced('保存') }).click();
    await expect(page.getByRole('heading', { name: '招商银行', exact: true })).toBeVisible();

    // The duplicate already carries a client's debt (entered on the client's page).
    const duplicateId = Number(new URL(page.url()).hash.split('/').pop());
    const client = await invoke(page, 'clients.create', { name: '王小明' });
    await invoke(page, 'debts.create', { clientId: client.id, lenderId: duplicateId, productType: 'credit_card', principalFen: 1_234_500 });
    await page.reload();
    await expect(page.getByRole('link', { name: '王小明' })).toBeVisible();
    await expect(page.getByRole('button', { name: spaced('删除') })).toBeDisabled();

    // Pinyin initials find lenders in the directory: zsyh is both, zsyhxyk only the card centre.
    await page.getByRole('button', { name: '债权人' }).first().click();
    // 银行 reads yinhang, not yinxing.
    await page.getByRole('searchbox').fill('zsyx');
    await expect(page.getByText('没有符合条件的债权人。')).toBeVisible();
    await page.getByRole('searchbox').fill('zsyh');
    await expect(page.getByRole('row', { name: /招商银行/ })).toHaveCount(2);
    await page.getByRole('searchbox').fill('zsyhxyk');
    await expect(page.getByRole('row', { name: /招商银行/ })).toHaveCount(1);
    await expect(page.getByRole('row', { name: /招商银行信用卡中心/ })).toBeVisible();

    // Merge the duplicate into the card centre, picked by its initials.
    await page.getByRole('searchbox').fill('');
    await page.getByRole('link', { name: '招商银行', exact: true }).click();
    await page.getByRole('button', { name: spaced('合并') }).click();
    const dialog = page.getByRole('dialog', { name: '合并重复的债权人' });
    await expect(dialog).toContainText('1 笔债务（1 个个案）');
    await expect(dialog).toContainText('然后删除“招商银行”');
    await dialog.getByLabel('合并到').fill('zsyhxyk');
    await choose(page, dialog.getByLabel('合并到'), /^招商银行信用卡中心/);
    await dialog.getByRole('button', { name: '确认合并' }).click();

    await expect(page.getByRole('heading', { name: '招商银行信用卡中心' })).toBeVisible();
    await expect(page.getByText('已合并到 招商银行信用卡中心')).toBeVisible();
    for (const alias of ['招行', '招商银行', '掌上生活']) await expect(page.getByText(alias, { exact: true })).toBeVisible();
    // The debt came along: the client is listed, with its amount.
    const row = page.getByRole('row', { name: /王小明/ });
    await expect(row).toContainText('¥12,345.00');
    await row.getByRole('link', { name: '王小明' }).click();
    await expect(page.getByRole('heading', { name: '王小明' })).toBeVisible();

    // One lender left, still found by the duplicate's alias.
    await page.getByRole('menuitem', { name: '债权人' }).click();
    await expect(page.getByText('共 1 条')).toBeVisible();
    await page.getByRole('searchbox').fill('掌上');
    await expect(page.getByRole('row', { name: /招商银行信用卡中心/ })).toBeVisible();
  });

  test('edits a lender and deletes one that no debt uses', async ({ page, harness }) => {
    await page.goto(`${harness.url}#/lenders`);
    await addLender(page, { name: '星河借款', type: '网贷平台' });
    await expect(page.getByRole('heading', { name: '星河借款' })).toBeVisible();

    await page.getByRole('button', { name: spaced('编辑') }).click();
    const drawer = page.getByRole('dialog', { name: /编辑债权人/ });
    await drawer.getByLabel('投诉渠道').fill('App 内“我的-客服-投诉”');
    await drawer.getByRole('button', { name: spaced('保存') }).click();
    // The drawer still holds the text while it slides away: read the page once it has gone.
    await expect(drawer).toBeHidden();
    await expect(page.getByText('App 内“我的-客服-投诉”')).toBeVisible();

    await page.getByRole('button', { name: spaced('删除') }).click();
    await page.getByRole('tooltip').getByRole('button', { name: spaced('删除') }).click();
    await expect(page.getByText('已删除债权人 星河借款')).toBeVisible();
    await expect(page.getByText('还没有债权人')).toBeVisible();
  });

  test('shows the directory in English', async ({ page, harness }) => {
    await page.goto(`${harness.url}#/lenders`);
    await choose(page, page.getByLabel('语言', { exact: true }), 'English');
    await expect(page.getByRole('heading', { name: 'Lenders' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'New lender' })).toBeVisible();
    await expect(page.getByText('No lenders yet')).toBeVisible();
  });
});
