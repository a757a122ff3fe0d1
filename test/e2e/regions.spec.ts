import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, spaced, test } from './fixtures';
import { addLender, choose, chooseByLabel, daysAgo, invoke } from './steps';

// Counsellors in Taiwan and Hong Kong. One sets the installation to Taiwan in Settings and
// opens a case for a client with a Taiwan ID and mobile, with debts to Taiwan banks in NT$;
// another, on a mainland installation, opens a Hong Kong case by choosing its region on the
// form (HKID, an eight-digit number). Each ends with a negotiation packet, read back: its
// amounts are NT$ / HK$, never ¥ or 元, and it is in Traditional Chinese. The Taiwan counsellor
// meets Taiwan's lender types first, is not offered the mainland's 停息挂账 letter, and her
// letters name Taiwan's route (前置協商) and its credit bureau (聯徵中心), never the mainland's.

/** The packet's text as pdftotext reads it, whitespace removed. */
function packetText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

async function savePacket(page: Page, harness: { platform: { nextSavePath(p: string): void } }, file: string, lender: string): Promise<void> {
  await page.getByRole('tab', { name: '概况' }).click();
  const panel = page.getByTestId('packets-panel');
  const row = panel.getByRole('row', { name: new RegExp(lender) });
  await expect(row).toBeVisible();
  harness.platform.nextSavePath(file);
  await row.getByRole('button', { name: spaced('保存 PDF') }).click();
  await expect(page.getByText(`已保存：${file}`)).toBeVisible();
}

test.describe('Taiwan and Hong Kong cases', () => {
  test.describe.configure({ timeout: 300_000 });

  test('a Taiwan installation: Taiwan ID, 09xx mobile, NT$ debts to Taiwan banks, a packet in NT$', async ({ page, harness }) => {
    await page.goto(harness.url);
    const banks = [await addLender(page, '臺灣示範商業銀行', 'bank'), await addLender(page, '寶島示範信用卡', 'bank')];

    await page.getByRole('menuitem', { name: '设置' }).click();
    await chooseByLabel(page, '地区', '台湾');
    await page.getByRole('button', { name: spaced('保存') }).first().click();
    await expect(page.getByText('设置已保存')).toBeVisible();

    // Intake: the form starts in Taiwan with the Taiwan ID; a mistyped check digit is refused at the field.
    await page.getByRole('menuitem', { name: '客户' }).click();
    await page.getByRole('button', { name: '新建客户' }).click();
    await expect(page.getByText('台湾身份证')).toBeVisible();
    await page.getByRole('textbox', { name: '姓名' }).fill('陳美玲');
    await page.getByRole('textbox', { name: '手机/电话' }).fill('0912 345 678');
    await page.getByRole('textbox', { name: '证件号码' }).fill('A123456788');
    await page.getByRole('button', { name: spaced('保存') }).click();
    await expect(page.getByText('台湾身份证号检查码不正确，请核对')).toBeVisible();
    await page.getByRole('textbox', { name: '证件号码' }).fill('a123456789');
    await page.getByRole('button', { name: spaced('保存') }).click();
    await expect(page.getByRole('heading', { name: '陳美玲' })).toBeVisible();
    await expect(page.getByTestId('case-region')).toHaveText('台湾 · NT$');
    await expect(page.getByText('0912-345-678')).toBeVisible();
    await expect(page.getByTestId('id-number')).toHaveText('A1******89');

    const { id: clientId, caseRef } = (await invoke(page, 'clients.list', {})).items[0]!;
    await invoke(page, 'debts.create', { clientId, lenderId: banks[0]!, principalFen: 30_000_000, interestFen: 1_250_000, firstMissedDate: daysAgo(90) });
    await invoke(page, 'debts.create', { clientId, lenderId: banks[1]!, principalFen: 8_600_000, firstMissedDate: daysAgo(45) });
    await invoke(page, 'statements.create', {
      clientId,
      statementDate: daysAgo(2),
      lines: [
        { kind: 'income', category: 'salary', amountFen: 4_200_000 },
        { kind: 'expense', category: 'rent_mortgage', amountFen: 1_500_000 },
      ],
    });
    await page.reload();
    await page.getByRole('tab', { name: '债务' }).click();
    await expect(page.getByText('NT$398,500').first()).toBeVisible();
    await expect(page.getByText(/¥/)).toHaveCount(0);
    await page.screenshot({ path: test.info().outputPath('taiwan-debts.png'), fullPage: true });

    // A financing company she adds: Taiwan's usual types come first (banks, card issuers,
    // financing / leasing companies, pawnshops), the mainland's online platforms only after.
    await page.getByRole('menuitem', { name: '债权人' }).click();
    await page.getByRole('button', { name: '新建债权人' }).click();
    const lenderForm = page.getByRole('dialog', { name: '新建债权人' });
    await lenderForm.getByLabel('名称').fill('北辰示範融資');
    const typeField = lenderForm.getByLabel('类型', { exact: true });
    await typeField.click();
    await expect(page.getByText('台湾常见')).toBeVisible();
    const top = async (title: string) => (await page.getByTitle(title, { exact: true }).boundingBox())!.y;
    const order = [await top('银行'), await top('信用卡发卡机构'), await top('融资/租赁公司'), await top('典当行'), await top('网贷平台')];
    expect(order).toEqual([...order].sort((a, b) => a - b));
    await choose(page, typeField, '融资/租赁公司');
    await lenderForm.getByRole('button', { name: spaced('保存') }).click();
    await expect(page.getByRole('heading', { name: '北辰示範融資' })).toBeVisible();
    await expect(page.getByText('融资/租赁公司').first()).toBeVisible();

    // Letters: 停息挂账 is a mainland practice – not offered, and the dialog says why.
    await page.goto(`${harness.url}#/clients/${clientId}/letters`);
    await page.getByRole('button', { name: '新建信函' }).click();
    const letterDialog = page.getByRole('dialog', { name: '新建信函' });
    await expect(letterDialog.getByTestId('letter-types-not-offered')).toContainText('停息挂账申请只用于中国大陆的个案');
    const letterType = letterDialog.getByLabel('信函类型', { exact: true });
    await letterType.click();
    await expect(page.getByTitle('征信异议申请', { exact: true })).toBeVisible();
    await expect(page.getByTitle('停息挂账申请', { exact: true })).toHaveCount(0);
    await choose(page, letterType, '协商还款申请');
    await page.screenshot({ path: test.info().outputPath('taiwan-new-letter.png') });
    await letterDialog.getByRole('button', { name: spaced('起草') }).click();
    await expect(page.getByText('前置協商').first()).toBeVisible();

    // A credit-report dispute, saved as a PDF: it names Taiwan's JCIC, not the mainland's centre.
    const dispute = await invoke(page, 'letters.draft', { clientId, lenderId: banks[1]!, type: 'credit_dispute', locale: 'zh-TW' });
    await page.goto(`${harness.url}#/letters/${dispute.id}`);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-e2e-tw-'));
    try {
      const disputeFile = path.join(out, 'dispute.pdf');
      harness.platform.nextSavePath(disputeFile);
      await page.getByRole('button', { name: '保存 PDF' }).click();
      await expect(page.getByText(`已保存到 ${disputeFile}`)).toBeVisible();
      const disputeText = packetText(disputeFile);
      expect(disputeText).toContain('財團法人金融聯合徵信中心（聯徵中心）');
      expect(disputeText).not.toMatch(/人民币|人民幣|征信中心|中國人民銀行|12378/);
      execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', disputeFile, test.info().outputPath('taiwan-dispute')]);

      const file = path.join(out, `${caseRef}.pdf`);
      await page.goto(`${harness.url}#/clients/${clientId}`);
      await savePacket(page, harness, file, '臺灣示範商業銀行');
      const text = packetText(file);
      // The packet carries the negotiation letter, with Taiwan's route.
      expect(text).toContain('前置協商');
      expect(text).toContain('消費者債務清理條例');
      expect(text).not.toMatch(/人民币|人民幣|征信中心|12378/);
      expect(text).toContain('致：臺灣示範商業銀行');
      expect(text).toContain('NT$300,000');
      expect(text).toContain('NT$312,500');
      expect(text).toContain('新臺幣');
      expect(text).not.toMatch(/[¥￥元]/);
      expect(text).not.toContain('CN');
      execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '3', file, test.info().outputPath('taiwan-packet')]);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  test('a Hong Kong case on a mainland installation: HKID, eight-digit phone, HK$ debts, a packet in HK$', async ({ page, harness }) => {
    await page.goto(harness.url);
    const lender = await addLender(page, '香港示範財務有限公司', 'consumer_finance');

    await page.getByRole('menuitem', { name: '客户' }).click();
    await page.getByRole('button', { name: '新建客户' }).click();
    await page.getByRole('textbox', { name: '姓名' }).fill('陳大文');
    // The installation is mainland China: this case is Hong Kong's, and its document follows.
    await chooseByLabel(page, '地区', '香港');
    await expect(page.getByText('香港身份证', { exact: true })).toBeVisible();
    await page.getByRole('textbox', { name: '手机/电话' }).fill('9123 4567');
    await page.getByRole('textbox', { name: '证件号码' }).fill('A123456(3)');
    await page.getByRole('button', { name: spaced('保存') }).click();
    await expect(page.getByRole('heading', { name: '陳大文' })).toBeVisible();
    await expect(page.getByTestId('case-region')).toHaveText('香港 · HK$');
    await expect(page.getByText('9123 4567')).toBeVisible();
    await expect(page.getByTestId('id-number')).toHaveText('A******(3)');
    await page.getByRole('button', { name: spaced('显示') }).first().click();
    await expect(page.getByTestId('id-number')).toHaveText('A123456(3)');

    const { id: clientId, caseRef } = (await invoke(page, 'clients.list', {})).items[0]!;
    await invoke(page, 'debts.create', { clientId, lenderId: lender, principalFen: 12_345_650, firstMissedDate: daysAgo(30) });
    await page.reload();
    await page.getByRole('tab', { name: '债务' }).click();
    await expect(page.getByText('HK$123,456.50').first()).toBeVisible();

    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-e2e-hk-'));
    try {
      const file = path.join(out, `${caseRef}.pdf`);
      await savePacket(page, harness, file, '香港示範財務有限公司');
      const text = packetText(file);
      expect(text).toContain('HK$123,456.50');
      expect(text).toContain('港幣');
      expect(text).not.toMatch(/[¥￥元]/);
      execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '3', file, test.info().outputPath('hongkong-packet')]);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
