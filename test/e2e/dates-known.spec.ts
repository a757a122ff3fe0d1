import { expect, spaced, test } from './fixtures';
import { chooseByLabel, daysAgo, invoke, newClient } from './steps';

// Dates as a counsellor knows them: a client remembers that the trouble began "last November",
// not on which day – the profile takes the month alone, and the letter says so; a new plan's
// first payment is a month away, not due the day the plan is made.

/** The same day a month from today in the counsellor's zone (clamped to a shorter month). */
function nextMonth(): string {
  const [y, m, d] = daysAgo(0).split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(d, last))).toISOString().slice(0, 10);
}

test('hardship known only to the month, and a new plan that starts next month', async ({ page, harness }) => {
  test.setTimeout(120_000);
  await page.goto(harness.url);
  await newClient(page, '周小梅');
  const { id } = (await invoke(page, 'clients.list', {})).items[0]!;
  const month = daysAgo(400).slice(0, 7);

  await page.goto(`${harness.url}#/clients/${id}/edit`);
  await chooseByLabel(page, '困难原因', '失业');
  await chooseByLabel(page, '精确到', '只知月份');
  const since = page.getByLabel('困难开始时间', { exact: true });
  await since.click();
  await since.fill(month);
  await since.press('Enter');
  await expect(since).toHaveValue(month);
  await page.getByRole('button', { name: spaced('保存') }).click();
  await expect(page.getByRole('heading', { name: '周小梅' })).toBeVisible();
  await expect(page.getByText(`失业 · ${month}`)).toBeVisible();
  expect((await invoke(page, 'clients.get', { id })).hardshipSince).toBe(month);

  // Its letter names the month: 自2025年11月起因失业陷入经济困难.
  const lender = await invoke(page, 'lenders.create', { name: '好借App', type: 'online_platform' });
  await invoke(page, 'debts.create', { clientId: id, lenderId: lender.id, principalFen: 800_000, firstMissedDate: daysAgo(60) });
  const letter = await invoke(page, 'letters.draft', { clientId: id, lenderId: lender.id, type: 'hardship', locale: 'zh-CN' });
  const [y, m] = month.split('-').map(Number);
  expect(JSON.stringify(letter.body)).toContain(`本人自${y}年${m}月起因失业陷入经济困难。`);

  // A new plan: its first payment is next month's same day, not today.
  await invoke(page, 'statements.create', { clientId: id, statementDate: daysAgo(1), lines: [{ kind: 'income', category: 'salary', amountFen: 600_000 }] });
  await page.goto(`${harness.url}#/clients/${id}/proposals`);
  await expect(page.getByLabel('首次还款日', { exact: true })).toHaveValue(nextMonth());
});
