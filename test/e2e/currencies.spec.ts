import { expect, spaced, test } from './fixtures';
import { addLender, chooseByLabel, daysAgo, invoke, newClient, shot } from './steps';

// A mainland counsellor who also helps a client from Taiwan, on a 1280×720 laptop. Both owe
// the same bank. The overview and the bank's page give what is owed in each currency, side by
// side – ¥ for the mainland case, NT$ for the Taiwan case – and never one sum of the two.

test.describe('a caseload in two currencies', () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  test.describe.configure({ timeout: 180_000 });

  test('the overview and a lender’s page show ¥ and NT$ totals side by side', async ({ page, harness }) => {
    await page.goto(harness.url);
    const bank = await addLender(page, '海峡示范银行', 'bank');

    // Morning: a mainland client, then a Taiwan client, whose region is chosen on the form.
    await newClient(page, '张三');
    await page.getByRole('menuitem', { name: '客户' }).click();
    await page.getByRole('button', { name: '新建客户' }).click();
    await page.getByRole('textbox', { name: '姓名' }).fill('陳美玲');
    await chooseByLabel(page, '地区', '台湾');
    await page.getByRole('textbox', { name: '证件号码' }).fill('A123456789');
    await page.getByRole('button', { name: spaced('保存') }).click();
    await expect(page.getByRole('heading', { name: '陳美玲' })).toBeVisible();
    await expect(page.getByTestId('case-region')).toHaveText('台湾 · NT$');

    // Their debts, as typed from the lenders' statements.
    const clients = (await invoke(page, 'clients.list', {})).items;
    const id = (name: string) => clients.find((c) => c.name === name)!.id;
    await invoke(page, 'debts.create', { clientId: id('张三'), lenderId: bank, principalFen: 12_000_000, firstMissedDate: daysAgo(60) });
    await invoke(page, 'debts.create', { clientId: id('陳美玲'), lenderId: bank, principalFen: 3_000_000, firstMissedDate: daysAgo(30), legalStage: 'enforcement' });
    // Typed in behind the page's back: the page reads them on reload (its overview, read at the
    // start, counts as fresh for 5 s and would otherwise be shown as it was – ¥0.00 – when the
    // steps above run faster than that).
    await page.reload();

    // The overview: what is under management, per currency.
    await page.getByRole('menuitem', { name: '概览' }).click();
    const total = page.getByTestId('dashboard-total-outstanding');
    await expect(total).toHaveText('¥120,000.00 · NT$30,000');
    await expect(total.locator('[data-currency="CNY"]')).toHaveText('¥120,000.00');
    await expect(total.locator('[data-currency="TWD"]')).toHaveText('NT$30,000');
    // Never the two added up (¥150,000.00 or 150,000).
    await expect(page.getByText(/150,000/)).toHaveCount(0);
    // The Taiwan debt is in enforcement: that stage's row shows NT$ only.
    await expect(page.getByRole('row', { name: /强制执行/ }).first()).toContainText('NT$30,000');
    await page.screenshot({ path: test.info().outputPath('overview-mixed-1280x720.png') });
    await shot(page, 'overview-mixed-currencies');

    // The bank's page: what it is owed per currency, each case in its own.
    await page.getByRole('menuitem', { name: '债权人' }).click();
    const row = page.getByRole('row', { name: /海峡示范银行/ });
    await expect(row).toContainText('¥120,000.00 · NT$30,000');
    await row.getByRole('link', { name: '海峡示范银行' }).click();
    await expect(page.getByRole('heading', { name: '海峡示范银行' })).toBeVisible();
    await expect(page.getByTestId('lender-outstanding')).toHaveText('¥120,000.00 · NT$30,000');
    await expect(page.getByRole('row', { name: /陳美玲/ })).toContainText('NT$30,000');
    await expect(page.getByRole('row', { name: /张三/ })).toContainText('¥120,000.00');
    await page.screenshot({ path: test.info().outputPath('lender-mixed-1280x720.png') });
    await page.getByRole('row', { name: /陳美玲/ }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath('lender-mixed-cases-1280x720.png') });
    await shot(page, 'lender-mixed-currencies');
  });
});
