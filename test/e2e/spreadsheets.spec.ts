import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { docxText } from '../unit/helpers/docx-text';
import { residentId, writeXlsx, type Cell } from '../unit/electron/main/imports/sheets';
import { expect, test } from './fixtures';
import { invoke, shot } from './steps';

// A counsellor takes over a caseload kept in Excel: 30 clients with 120 debts. The first
// try shows three wrong rows in the preview; she corrects them in the sheet, chooses the file
// again, says what to do with the one client already here, and imports. Then she sends the
// client list to her supervisor as .xlsx, and saves a letter as a Word document to edit it.

const SURNAMES = [...'王李张刘陈杨黄赵吴周'];
const GIVEN = [...'伟芳娜'];
const HEADER: Cell[] = ['客户姓名', '身份证号', '手机号', '债权人', '产品类型', '合同号', '本金（元）', '利息', '逾期日期'];
const LENDERS = ['招商银行', '招行', '喆华消费金融', '燚达网贷'];

function caseload(fixed: boolean): Cell[][] {
  const rows: Cell[][] = [HEADER];
  for (let c = 0; c < 30; c++) {
    const name = `${SURNAMES[c % 10]}${GIVEN[Math.floor(c / 10)]}`;
    const id = residentId(`3101011985${String(1 + (c % 12)).padStart(2, '0')}15${String(c).padStart(3, '0')}`);
    for (let d = 0; d < 4; d++) {
      rows.push([name, id, `139${String(c).padStart(8, '0')}`, LENDERS[d]!, d === 0 ? '信用卡' : '网络贷款', `HT-${c}-${d}`, 1000 * (c + 1) + d + 0.5, 20, new Date(Date.UTC(2024, d, 10))]);
    }
  }
  if (!fixed) {
    rows[5]![6] = '十万'; // client 2's second debt: an amount in words
    rows[42]![3] = null; // client 11's first debt: no lender
    rows[87]![8] = '2024-02-30'; // client 22's third debt: no such day
  }
  return rows;
}

test('a caseload imported from Excel, the client list exported, a letter saved for Word', async ({ page, harness }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1500, height: 1000 });
  await page.goto(harness.url);
  await invoke(page, 'lenders.create', { name: '招商银行', type: 'bank', aliases: ['招行'] });
  // One of the clients is already here, with the same ID number.
  const firstId = caseload(true)[1]![1] as string;
  const already = await invoke(page, 'clients.create', { name: '王伟', idNumber: firstId });

  const inbox = path.join(harness.dataDir, '..', `${path.basename(harness.dataDir)}-sheets`);
  const wrong = await writeXlsx(path.join(inbox, '个案清单.xlsx'), caseload(false));
  const fixed = await writeXlsx(path.join(inbox, '个案清单-改正.xlsx'), caseload(true));

  // From the client list to the import wizard.
  await page.getByRole('menuitem', { name: '客户' }).click();
  await page.getByRole('button', { name: '从 Excel 导入' }).click();
  harness.platform.nextFiles([wrong]);
  await page.getByRole('button', { name: '选择文件…' }).click();
  await expect(page.getByText('个案清单.xlsx：120 行数据')).toBeVisible();
  // The columns were recognised from the Chinese headers.
  await expect(page.getByRole('combobox', { name: '姓名' }).locator('xpath=ancestor::*[contains(@class,"select")][1]')).toContainText('A · 客户姓名');
  await expect(page.getByRole('row', { name: /本金/ })).toContainText('G · 本金（元）');
  await page.getByRole('button', { name: '下一步' }).click();

  // The preview shows the three wrong rows, each with its reason; nothing can be imported yet.
  await expect(page.getByTestId('import-error-rows')).toHaveAttribute('data-count', '3');
  await expect(page.getByTestId('import-row-6')).toContainText('“十万”不是有效金额');
  await expect(page.getByTestId('import-row-43')).toContainText('这一行有债务信息，但没有债权人。');
  await expect(page.getByTestId('import-row-88')).toContainText('“2024-02-30”不是有效日期');
  await expect(page.getByRole('button', { name: /^导\s*入$/ })).toBeDisabled();
  await shot(page, 'import-preview-errors.zh-CN');

  // Corrected in Excel and chosen again: no errors; the client already here needs an answer.
  harness.platform.nextFiles([fixed]);
  await page.getByRole('button', { name: '重新选择文件…' }).click();
  await expect(page.getByText('没有错误，可以导入。')).toBeVisible();
  await expect(page.getByTestId('import-summary')).toHaveText('30 位客户，120 笔债务，共 120 行');
  await expect(page.getByText('招行 → 招商银行')).toBeVisible();
  await expect(page.getByText('喆华消费金融（将新建）')).toBeVisible();
  const duplicate = page.getByTestId('import-duplicate');
  await expect(duplicate).toContainText(`已有个案 ${already.caseRef}`);
  await expect(page.getByRole('button', { name: /^导\s*入$/ })).toBeDisabled();
  await duplicate.getByRole('radio', { name: '把债务加到已有个案' }).check();
  await shot(page, 'import-preview-ready.zh-CN');
  await page.getByRole('button', { name: /^导\s*入$/ }).click();
  await expect(page.getByText('已导入 29 位客户、120 笔债务')).toBeVisible();
  await expect(page.getByText('新建债权人：喆华消费金融、燚达网贷')).toBeVisible();
  expect((await invoke(page, 'debts.list', { clientId: already.id })).items).toHaveLength(4);

  // The client list, exported for the supervisor and read back.
  await page.getByRole('button', { name: '查看客户列表' }).click();
  await page.getByRole('button', { name: /导出/ }).click();
  await page.getByRole('menuitem', { name: 'Excel 表格（.xlsx）' }).click();
  await expect(page.getByText(/已导出 30 行到/)).toBeVisible();
  const xlsxName = fs.readdirSync(harness.platform.outbox).find((f) => f.endsWith('.xlsx'))!;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(path.join(harness.platform.outbox, xlsxName)) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  expect(ws.rowCount).toBe(31);
  expect(ws.getRow(1).getCell(2).value).toBe('姓名');
  const names = new Set(Array.from({ length: 30 }, (_, i) => ws.getRow(i + 2).getCell(2).value));
  expect(names.has('李娜')).toBe(true);
  expect(names.has('王伟')).toBe(true);
  expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

  // A letter for one of the imported clients, saved as a Word document and read back.
  const li = (await invoke(page, 'clients.list', { q: '李娜' })).items[0]!;
  const debt = (await invoke(page, 'debts.list', { clientId: li.id })).items[0]!;
  const letter = await invoke(page, 'letters.draft', { clientId: li.id, debtId: debt.id, type: 'hardship', locale: 'zh-CN' });
  await page.goto(`${harness.url}#/letters/${letter.id}`);
  await page.getByRole('button', { name: '保存为 Word' }).click();
  await expect(page.getByText(/已保存到 .*\.docx/)).toBeVisible();
  const docxName = fs.readdirSync(harness.platform.outbox).find((f) => f.endsWith('.docx'))!;
  const text = docxText(fs.readFileSync(path.join(harness.platform.outbox, docxName)));
  expect(text).toContain(letter.title);
  expect(text).toContain('李娜');
});
