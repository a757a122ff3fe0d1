import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compact, pdfText } from '../unit/electron/main/pdf/poppler';
import { expect as baseExpect, spaced, test } from './fixtures';
import { addLender, daysAgo, invoke, shot } from './steps';

// Issue 13 acceptance: a counsellor's day with a five-lender case. She saves a 24-month and
// then a 36-month scenario (the one she will send), compares them, drafts a letter to every
// lender and types the card's account number into the bank's letter, then makes the packets
// for all lenders into a folder. Each packet, read back with pdftotext, says for its lender
// exactly what the proposals tab showed: monthly payment, number of payments, total and
// waiver; no scenario name is printed; the account number prints as typed.

const expect = baseExpect.configure({ timeout: 30_000 });
const SENT = '方案A：36期（不留应急储备）';
const OTHER = '方案B：24期';
const CARD = '6225 **** **** 8841';
const LENDERS: [string, 'bank' | 'online_platform' | 'consumer_finance', Record<string, unknown>][] = [
  ['花易借', 'online_platform', { principalFen: 420_000, interestFen: 90_000, penaltyFen: 30_000, lateFeesFen: 20_000, accountRef: 'HYJ-2024-0042' }],
  ['招商银行信用卡中心', 'bank', { productType: 'credit_card', principalFen: 3_800_000, interestFen: 231_000, penaltyFen: 60_000, lateFeesFen: 40_000, accountRef: CARD }],
  ['燚达消费金融', 'consumer_finance', { productType: 'consumer_loan', principalFen: 1_200_000, interestFen: 150_000, accountRef: 'YD-778812' }],
  ['堃元网络小贷', 'online_platform', { principalFen: 85_000, interestFen: 3_000, accountRef: 'KY2024-0001' }],
  ['喆华银行', 'bank', { productType: 'bank_loan', principalFen: 2_600_000, interestFen: 120_000, penaltyFen: 45_000, accountRef: 'ZH-LN-5521' }],
];

interface Shown {
  monthly: string;
  payments: string;
  total: string;
  waiver: string;
}

test.describe('packets agree with the proposals tab', () => {
  test.describe.configure({ timeout: 300_000 });

  test('five lenders: every packet prints the figures the tab shows, no scenario name, the account number as typed', async ({ page, harness }) => {
    await page.setViewportSize({ width: 1500, height: 1000 });
    await page.goto(harness.url);
    await invoke(page, 'settings.update', { counsellorName: '李燚' });
    const ids: number[] = [];
    for (const [name, type] of LENDERS) ids.push(await addLender(page, name, type));
    // The case as intake left it: the hardship is the client's own.
    const clientId = (
      await invoke(page, 'clients.create', { name: '张燚', hardshipReason: 'job_loss', hardshipSince: daysAgo(300), hardshipDetails: '所在工厂关闭后失业，至今未找到稳定工作' })
    ).id;
    for (const [i, [, , debt]] of LENDERS.entries()) await invoke(page, 'debts.create', { clientId, lenderId: ids[i]!, firstMissedDate: daysAgo(120), ...debt });
    await invoke(page, 'statements.create', {
      clientId,
      statementDate: daysAgo(5),
      lines: [
        { kind: 'income', category: 'benefits', amountFen: 190_000, label: '失业保险金' },
        { kind: 'income', category: 'salary', amountFen: 380_000, label: '配偶工资' },
        { kind: 'expense', category: 'rent_mortgage', amountFen: 180_000 },
        { kind: 'expense', category: 'food', amountFen: 150_000 },
      ],
    });
    await page.goto(`${harness.url}#/clients/${clientId}`);
    await expect(page.getByRole('heading', { name: '张燚' })).toBeVisible();

    // Two scenarios, no contingency kept back: 24 months first, then the 36 months she sends.
    await page.getByRole('tab', { name: '还款方案' }).click();
    const builder = page.getByTestId('proposal-builder');
    for (const [months, name] of [
      ['24', OTHER],
      ['36', SENT],
    ] as const) {
      if (name === SENT) await page.getByRole('button', { name: '新建方案' }).click();
      await builder.getByText(months, { exact: true }).click();
      await expect(builder.getByTestId('proposal-months')).toHaveValue(months);
      const contingency = builder.getByTestId('budget-contingency');
      await contingency.fill('0');
      await contingency.blur();
      await builder.getByTestId('proposal-name').fill(name);
      await builder.getByTestId('proposal-save').click();
      await expect(page.getByRole('heading', { name: `正在编辑：${name}` })).toBeVisible();
    }
    // The builder's own line for each lender, as the tab shows it.
    const lines = builder.getByTestId('proposal-lines');
    const inBuilder = new Map<string, { monthly: string; waiver: string }>();
    for (const [name] of LENDERS) {
      const row = lines.getByTestId(/^proposal-line-/).filter({ hasText: name });
      const cells = row.getByRole('cell');
      inBuilder.set(name, { monthly: (await cells.nth(6).innerText()).trim(), waiver: (await row.getByTestId(`waiver-${name}`).innerText()).trim() });
    }

    // Side by side: per lender, monthly / payments / total / waiver asked, in each scenario.
    const saved = page.getByTestId('proposal-saved');
    await saved.getByTestId(`compare-${SENT}`).check();
    await saved.getByTestId(`compare-${OTHER}`).check();
    const compare = page.getByTestId('proposal-compare');
    const headers = (await compare.getByRole('columnheader').allInnerTexts()).map((h) => h.trim());
    const col = headers.indexOf(SENT);
    expect(col).toBeGreaterThan(0);
    const shown = new Map<string, Shown>();
    const other = new Map<string, string>();
    for (const [name] of LENDERS) {
      const row = compare.getByRole('row').filter({ hasText: `${name}：月供` });
      const [monthly, payments, total, waiver] = (await row.getByRole('cell').nth(col).innerText()).split('/').map((s) => s.trim());
      shown.set(name, { monthly: monthly!, payments: payments!, total: total!, waiver: waiver! });
      other.set(name, (await row.getByRole('cell').nth(headers.indexOf(OTHER)).innerText()).replace(/\s+/g, ''));
      // The comparison shows what the builder shows, and the two terms really differ.
      expect(shown.get(name)!.monthly).toBe(inBuilder.get(name)!.monthly);
      expect(shown.get(name)!.waiver).toBe(inBuilder.get(name)!.waiver);
      expect(Number(payments)).toBeLessThanOrEqual(36);
    }
    expect([...LENDERS.map(([n]) => other.get(n))]).not.toEqual(LENDERS.map(([n]) => Object.values(shown.get(n)!).join('/').replace(/\s+/g, '')));
    await shot(page, 'packet-figures-compare');

    // A letter to every lender; the card's account number typed into the bank's letter.
    await page.getByRole('tab', { name: '信函' }).click();
    await page.getByRole('button', { name: '为全部债权人起草' }).click();
    const batch = page.getByRole('dialog', { name: '为全部债权人起草信函' });
    await batch.getByRole('button', { name: spaced('起草') }).click();
    await expect(batch.getByText('已起草 5 封，跳过 0 封')).toBeVisible();
    await batch.getByRole('button', { name: spaced('完成') }).click();
    const letters = page.getByRole('tabpanel', { name: '信函' });
    await letters.getByRole('row', { name: /招商银行信用卡中心/ }).getByRole('link').click();
    const first = page.getByLabel('正文 1', { exact: true });
    await first.fill(`本人名下招商银行信用卡（卡号 ${CARD}）自去年起逾期。`);
    await expect(page.getByTestId('letter-preview')).toContainText(`卡号 ${CARD}`);
    await page.getByRole('button', { name: /保\s*存$/ }).click();
    await expect(page.getByText('有未保存的修改')).toBeHidden();
    await page.goBack();

    // The packets for all lenders, into a folder.
    await page.getByRole('tab', { name: '概况' }).click();
    const panel = page.getByTestId('packets-panel');
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-e2e-figures-'));
    try {
      harness.platform.nextFolder(folder);
      await panel.getByRole('button', { name: '为全部债权人生成材料包' }).click();
      await expect(panel.getByRole('status')).toContainText('已生成 5 份材料包', { timeout: 90_000 });
      const files = fs.readdirSync(folder);
      expect(files).toHaveLength(5);
      for (const [name] of LENDERS) {
        const file = files.find((f) => f.endsWith(` ${name}.pdf`));
        expect(file, name).toBeDefined();
        const pdf = fs.readFileSync(path.join(folder, file!));
        const text = compact(pdfText(pdf, { layout: true }));
        const s = shown.get(name)!;
        const amount = (v: string) => v.replace('¥', '');
        // The lender's own terms, figure for figure as the tab showed them.
        expect(text, name).toContain(`每月还款：${amount(s.monthly)}`);
        expect(text, name).toContain(`还款期数：${s.payments}期`);
        expect(text, name).toContain(`还款总额：${amount(s.total)}`);
        expect(text, name).toContain(`减免金额：${amount(s.waiver)}`);
        // No scenario name reaches a lender.
        expect(text, name).not.toContain(compact(SENT));
        expect(text, name).not.toContain(compact(OTHER));
        expect(text, name).not.toContain('方案A');
        expect(text, name).not.toContain('方案B');
        // The account number exactly as typed, in the bank's letter.
        if (name === '招商银行信用卡中心') expect(pdfText(pdf).replace(/[ \t]+/g, ' ')).toContain(`卡号 ${CARD}`);
      }
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
