import fs from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/contract';
import type { Harness } from '../harness/server';
import { expect, spaced } from './fixtures';

// Steps that several counsellor stories share.

/** The input argument: optional where the channel takes nothing (or only optional fields). */
type InputArg<C extends Channel> = undefined extends ChannelInput<C> ? [input?: ChannelInput<C>] : [input: ChannelInput<C>];

/** Calls a channel from the page, as the renderer would (set-up a story does not need to click through); typed from the contract. */
export async function invoke<C extends Channel>(page: Page, channel: C, ...[input]: InputArg<C>): Promise<ChannelOutput<C>> {
  return page.evaluate(
    async ([c, i]) => {
      const res = await window.parley.invoke(c, i);
      if (!res.ok) throw new Error(`${c}: ${JSON.stringify(res.error)}`);
      return res.data;
    },
    [channel as string, input as unknown] as const,
  ) as Promise<ChannelOutput<C>>;
}

/** Calls a channel of an installation no page is open on (a second laptop in a story), through its core; typed from the contract. */
export async function dispatch<C extends Channel>(h: Harness, channel: C, ...[input]: InputArg<C>): Promise<ChannelOutput<C>> {
  const res = await h.core.dispatch(channel, input);
  if (!res.ok) throw new Error(`${channel}: ${JSON.stringify(res.error)}`);
  return res.data as ChannelOutput<C>;
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
 * Chooses an option of a dropdown with the keyboard, as a counsellor can: opens it (unless
 * typing already did), moves the active option to the one named, presses Enter and waits
 * for the dropdown to close. Keys go to the focused field, so a popup that is re-aligned or
 * re-rendered on screen cannot make the choice land elsewhere, as a mouse click on it can
 * on a loaded machine (a layout shift moves the popup between aiming and clicking).
 * A string names the option exactly; a pattern matches its name (an option may carry a tag).
 */
export async function choose(page: Page, combobox: Locator, option: string | RegExp): Promise<void> {
  if ((await combobox.getAttribute('aria-expanded')) !== 'true') await combobox.click();
  await expect(combobox).toHaveAttribute('aria-expanded', 'true');
  const list = page.locator(`[id="${await combobox.getAttribute('aria-controls')}"]`);
  const wanted = list.getByRole('option', typeof option === 'string' ? { name: option, exact: true } : { name: option });
  const target = await wanted.getAttribute('id');
  const indexOf = (id: string | null) => Number(/_(\d+)$/.exec(id ?? '')?.[1] ?? -1);
  // One key press per option at most: the active option moves one step each time.
  const steps = await list.getByRole('option').count();
  for (let i = 0; i <= steps; i++) {
    const active = await combobox.getAttribute('aria-activedescendant');
    if (active === target) {
      await combobox.press('Enter');
      // The list, not the field: a choice may rename the field (the language switch).
      await expect(list).toBeHidden();
      return;
    }
    await combobox.press(indexOf(active) > indexOf(target) ? 'ArrowUp' : 'ArrowDown');
    await expect(combobox).not.toHaveAttribute('aria-activedescendant', active ?? '');
  }
  throw new Error(`the keyboard did not reach the option ${String(option)}`);
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
 * they answer what was typed, so the list does not change while the choice is made.
 */
export async function chooseLender(page: Page, scope: Locator, typed: string, name: string): Promise<void> {
  const picker = scope.getByRole('combobox', { name: '债权人' });
  await picker.fill(typed);
  await choose(page, picker, new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  await expect(scope.getByText(name, { exact: true }).filter({ visible: true }).first()).toBeVisible();
}
