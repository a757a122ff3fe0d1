import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { daysAgo, invoke } from './steps';

// A counsellor who works without the mouse (a broken trackpad, a wrist that hurts, or simply
// fast hands): opens a new case, adds a debt to a lender that is not in the directory yet and
// logs the collector's call – with Tab, arrows, Enter and Space, Escape and Ctrl+Enter only.
// Nothing is clicked and nothing is filled in: every key goes to whatever has the focus, so a
// control that cannot be reached, or a drawer that drops the focus, stops the story.

/** What has the focus, for a failure message. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'nothing (the page itself)';
    const name = el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().slice(0, 30);
    return `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''} "${name}"`;
  });
}

const hasFocus = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user moves through a
 * screen; fails when it is not reached within `most` presses (unreachable, or a focus trap).
 */
async function tabTo(page: Page, target: Locator, { back = false, most = 40 } = {}): Promise<void> {
  // Attached, not necessarily visible: a button-style radio's own input is drawn transparent.
  await expect(target).toBeAttached();
  const passed: string[] = [];
  for (let i = 0; i < most; i++) {
    if (await hasFocus(target)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    passed.push(await focused(page));
  }
  if (await hasFocus(target)) return;
  throw new Error(`${most} presses of ${back ? 'Shift+Tab' : 'Tab'} did not reach ${String(target)}; passed: ${passed.join(' → ')}`);
}

/** Presses an arrow key until `target` has the focus (a menu, a tab list, a radio group). */
async function arrowTo(page: Page, target: Locator, key: 'ArrowDown' | 'ArrowUp' | 'ArrowLeft' | 'ArrowRight', most = 10): Promise<void> {
  for (let i = 0; i < most; i++) {
    if (await hasFocus(target)) return;
    await page.keyboard.press(key);
  }
  if (!(await hasFocus(target))) throw new Error(`${key} did not reach ${String(target)}; the focus is on ${await focused(page)}`);
}

// A page opened (its code and data loaded) on a machine that may be busy.
const LOADED = { timeout: 30_000 };

test.describe('keyboard only', () => {
  test.describe.configure({ timeout: 180_000 });

  test('a new case, a debt to a new lender and the collector’s call, without the mouse', async ({ page, harness }) => {
    await page.goto(harness.url);
    // The first start of the renderer on a loaded machine can take a while.
    await expect(page.getByRole('main')).toBeVisible(LOADED);

    // 1. From the menu to the client list: Tab into the menu, arrows to 客户, Enter.
    const menu = page.getByRole('navigation').getByRole('menu');
    await tabTo(page, menu);
    await arrowTo(page, menu.getByRole('menuitem', { name: '客户' }), 'ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: '新建客户' })).toBeVisible(LOADED);

    // 2. A new client: the name field has the focus as the form opens.
    // Space presses a button as Enter does.
    await tabTo(page, page.getByRole('button', { name: '新建客户' }));
    await page.keyboard.press('Space');
    await expect(page.getByRole('textbox', { name: '姓名' })).toBeFocused(LOADED);
    await page.keyboard.type('易思敏');
    await tabTo(page, page.getByRole('textbox', { name: '手机/电话' }));
    await page.keyboard.type('13912345678');
    // A list by its arrows; Enter chooses, it does not save.
    await tabTo(page, page.getByRole('combobox', { name: '就业状况' }));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    // A date typed in; Enter confirms it, it does not save.
    const consent = page.getByRole('textbox', { name: '同意日期' });
    await tabTo(page, consent);
    await page.keyboard.type(daysAgo(1));
    await page.keyboard.press('Enter');
    await expect(consent).toHaveValue(daysAgo(1));
    await expect(page.getByRole('heading', { name: '新建客户' })).toBeVisible();
    await page.keyboard.press('Control+Enter');
    await expect(page.getByRole('heading', { name: '易思敏' })).toBeVisible(LOADED);
    const clientId = Number(/#\/clients\/(\d+)/.exec(page.url())![1]);

    // 3. To the debts tab: Tab to the tab list, arrows along it, Enter.
    const tabs = page.getByRole('tablist');
    await tabTo(page, tabs.getByRole('tab', { selected: true }));
    await arrowTo(page, tabs.getByRole('tab', { name: '债务' }), 'ArrowRight');
    await page.keyboard.press('Enter');
    await expect(tabs.getByRole('tab', { name: '债务' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('button', { name: '添加债务' })).toBeVisible(LOADED);

    // 4. A debt to 花易借, which the directory does not know yet: created from the picker.
    const addDebt = page.getByRole('button', { name: '添加债务' });
    await tabTo(page, addDebt);
    await page.keyboard.press('Enter');
    const drawer = page.getByRole('dialog', { name: '添加债务' });
    await expect(drawer).toBeVisible();
    const lender = drawer.getByRole('combobox', { name: '债权人' });
    await tabTo(page, lender);
    await page.keyboard.type('花易借');
    const create = page.getByRole('option', { name: /花易借/ });
    await expect(create).toBeVisible();
    await page.keyboard.press('Enter');
    const newLender = page.getByRole('dialog', { name: '新建债权人' });
    await expect(newLender.getByRole('textbox', { name: '名称' })).toBeFocused();
    await expect(newLender.getByRole('textbox', { name: '名称' })).toHaveValue('花易借');
    await page.keyboard.press('Enter');
    await expect(newLender).toBeHidden();
    await expect(drawer.getByText('花易借', { exact: true }).filter({ visible: true }).first()).toBeVisible();
    // The focus comes back to the picker, not to the top of the page.
    await expect(lender).toBeFocused();
    await tabTo(page, drawer.getByRole('textbox', { name: '借款金额（合同金额）' }));
    await page.keyboard.type('8000');
    await tabTo(page, drawer.getByRole('textbox', { name: '首次逾期日期' }));
    await page.keyboard.type(daysAgo(40));
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Enter');
    await expect(drawer).toBeHidden();
    // Back where the counsellor was.
    await expect(addDebt).toBeFocused();
    await expect(page.getByRole('button', { name: '记录联系 花易借' })).toBeVisible();

    // 5. The collector rang last night: logged from the debt's row.
    const logCall = page.getByRole('button', { name: '记录联系 花易借' });
    await tabTo(page, logCall);
    await page.keyboard.press('Enter');
    const contact = page.getByRole('dialog', { name: '记录联系 · 花易借' });
    await expect(contact).toBeVisible();
    // Yesterday at 21:40: date and time typed over the ones the drawer proposes (now).
    const date = contact.getByLabel('日期', { exact: true });
    await tabTo(page, date);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(daysAgo(1));
    await page.keyboard.press('Enter');
    await expect(date).toHaveValue(daysAgo(1));
    const time = contact.getByLabel('时间', { exact: true });
    await tabTo(page, time);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('21:40');
    await page.keyboard.press('Enter');
    await expect(time).toHaveValue('21:40');
    // They rang us: the direction's radio group moves by its arrows.
    await tabTo(page, contact.getByRole('radio', { name: '去电/去函' }));
    await page.keyboard.press('ArrowLeft');
    await expect(contact.getByRole('radio', { name: '来电/来函' })).toBeChecked();
    await tabTo(page, contact.getByRole('textbox', { name: '对方人员' }));
    await page.keyboard.type('李经理');
    await tabTo(page, contact.getByRole('textbox', { name: '内容摘要' }));
    await page.keyboard.type('催收员来电，要求本周内还清');
    // Enter in the summary is a new line, not a save.
    await page.keyboard.press('Enter');
    await page.keyboard.type('客户已说明失业情况');
    await expect(contact).toBeVisible();
    await page.keyboard.press('Control+Enter');
    await expect(contact).toBeHidden();
    await expect(logCall).toBeFocused();

    // 6. Escape closes an untouched drawer and gives the focus back.
    await page.keyboard.press('Enter');
    await expect(contact).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(contact).toBeHidden();
    await expect(logCall).toBeFocused();

    // What was stored is what was typed.
    const client = await invoke(page, 'clients.get', { id: clientId });
    expect(client.name).toBe('易思敏');
    expect(client.consentDate).toBe(daysAgo(1));
    const debts = await invoke(page, 'debts.list', { clientId });
    expect(debts.items).toHaveLength(1);
    expect(debts.items[0]!.lenderName).toBe('花易借');
    const timeline = await invoke(page, 'timeline.list', { clientId, limit: 50 });
    const calls = timeline.items.flatMap((item) => ('contact' in item ? [item.contact] : []));
    expect(calls).toHaveLength(1);
    expect(timeline.items.find((item) => 'contact' in item)!.at).toBe(`${daysAgo(1)}T13:40:00.000Z`); // 21:40 in Shanghai
    expect(calls[0]).toMatchObject({ direction: 'in', person: '李经理', summary: '催收员来电，要求本周内还清\n客户已说明失业情况' });
  });
});
