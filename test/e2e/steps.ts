import type { Locator, Page } from '@playwright/test';
import { expect, spaced } from './fixtures';

// Steps that several counsellor stories share.

/** A calendar date `days` before today in Shanghai (the harness's default time zone). */
export function daysAgo(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** A lender already in the shared directory, as earlier cases would have left it. */
export async function addLender(page: Page, name: string, type: string): Promise<number> {
  return page.evaluate(
    async ([n, t]) => {
      const res = await window.parley.invoke('lenders.create', { name: n, type: t });
      if (!res.ok) throw new Error(JSON.stringify(res.error));
      return (res.data as { id: number }).id;
    },
    [name, type] as const,
  );
}

/** Opens a new case with just a name, from the client list. */
export async function newClient(page: Page, name: string): Promise<void> {
  await page.getByRole('menuitem', { name: '客户' }).click();
  await page.getByRole('button', { name: '新建客户' }).click();
  await page.getByRole('textbox', { name: '姓名' }).fill(name);
  await page.getByRole('button', { name: spaced('保存') }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
}

/** A choice in the open dropdown (antd also keeps a hidden listbox for screen readers, with the same names). */
export const pickerOption = (page: Page, text: string) => page.locator('.ant-select-item-option').filter({ hasText: text });

export async function pickDate(page: Page, label: string, date: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Enter');
  await expect(input).toHaveValue(date);
}

/**
 * Types into a lender picker and chooses a suggestion. The suggestions refresh as the
 * search settles, so a click can land on a list being replaced: choose until the picker
 * shows the choice.
 */
export async function chooseLender(page: Page, scope: Locator, typed: string, name: string): Promise<void> {
  const picker = scope.getByRole('combobox', { name: '债权人' });
  await picker.fill(typed);
  await expect(async () => {
    if (!(await pickerOption(page, name).first().isVisible())) await picker.fill(typed);
    await pickerOption(page, name).first().click({ timeout: 2000 });
    await expect(scope.getByText(name, { exact: true }).filter({ visible: true }).first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
}
