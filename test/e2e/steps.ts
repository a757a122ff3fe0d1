import fs from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/contract';
import { expect, spaced } from './fixtures';

// Steps that several counsellor stories share.

/** Calls a channel from the page, as the renderer would (set-up a story does not need to click through); typed from the contract. */
export async function invoke<C extends Channel>(page: Page, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  return page.evaluate(
    async ([c, i]) => {
      const res = await window.parley.invoke(c, i);
      if (!res.ok) throw new Error(`${c}: ${JSON.stringify(res.error)}`);
      return res.data;
    },
    [channel as string, input as unknown] as const,
  ) as Promise<ChannelOutput<C>>;
}

/** A full-page screenshot for the README, into PARLEY_SHOTS_DIR when that is set. */
export async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env['PARLEY_SHOTS_DIR'];
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

/** A calendar date `days` before today in Shanghai (the harness's default time zone). */
export function daysAgo(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** A lender already in the shared directory, as earlier cases would have left it. */
export async function addLender(page: Page, name: string, type: NonNullable<ChannelInput<'lenders.create'>['type']>): Promise<number> {
  return (await invoke(page, 'lenders.create', { name, type })).id;
}

/** Opens a new case with just a name, from the client list. */
export async function newClient(page: Page, name: string): Promise<void> {
  await page.getByRole('menuitem', { name: '客户' }).click();
  await page.getByRole('button', { name: '新建客户' }).click();
  await page.getByRole('textbox', { name: '姓名' }).fill(name);
  await page.getByRole('button', { name: spaced('保存') }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
}

/**
 * A choice in the dropdown that is open (closed ones stay in the page, hidden, and are not
 * counted). Matches a part of the option's name, as an option may carry a tag or an alias.
 */
export const pickerOption = (page: Page, name: string | RegExp) => page.getByRole('listbox').getByRole('option', { name });

/**
 * Opens a dropdown and chooses the option named exactly `option`, in the list this combobox
 * controls, then waits until the dropdown has closed on the choice.
 */
export async function choose(page: Page, combobox: Locator, option: string): Promise<void> {
  await combobox.click();
  await expect(combobox).toHaveAttribute('aria-expanded', 'true');
  const list = page.locator(`[id="${await combobox.getAttribute('aria-controls')}"]`);
  await list.getByRole('option', { name: option, exact: true }).click();
  await expect(combobox).toHaveAttribute('aria-expanded', 'false');
}

/** choose() on the dropdown with this label. */
export const chooseByLabel = (page: Page, label: string, option: string) => choose(page, page.getByLabel(label, { exact: true }), option);

export async function pickDate(page: Page, label: string, date: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Enter');
  await expect(input).toHaveValue(date);
}

/**
 * Types into a lender picker and chooses a suggestion. The picker lists suggestions only once
 * they answer what was typed, so the option is clicked in a list that no longer changes.
 */
export async function chooseLender(page: Page, scope: Locator, typed: string, name: string): Promise<void> {
  const picker = scope.getByRole('combobox', { name: '债权人' });
  await picker.fill(typed);
  await pickerOption(page, new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)).click();
  await expect(scope.getByText(name, { exact: true }).filter({ visible: true }).first()).toBeVisible();
}
