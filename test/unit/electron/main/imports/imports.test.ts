// Importing clients and debts from spreadsheets, end to end through the channels on a real
// encrypted database: mapping, preview with every row's errors, duplicates asked about,
// lenders matched by name, alias and pinyin, one transaction or nothing, hostile files refused.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { translate } from '../../../../../shared/i18n';
import { dbContentHash, type TestCore } from '../../../helpers/core';
import { openCorePerTest } from '../../../helpers/case';
import { csvText, gb18030, residentId, writeXlsx, zipBomb, type Cell } from './sheets';

let dir: string;
let core: TestCore;
openCorePerTest(
  (c, d) => ((core = c), (dir = d)),
  () => ({ now: () => new Date('2025-03-15T09:00:00.000Z') }),
);

const file = (name: string) => path.join(dir, 'in', name);
const HEADER: Cell[] = ['客户姓名', '身份证号', '手机号', '债权人', '产品类型', '合同号', '本金（元）', '利息', '逾期日期'];
const ID_A = residentId('11010519800101123');
const ID_B = residentId('31010119900202234');

async function pick(filePath: string) {
  core.platform.nextFiles([filePath]);
  const picked = await core.call('imports.pick');
  expect(picked).not.toBeNull();
  return picked!;
}

async function pickFails(filePath: string) {
  core.platform.nextFiles([filePath]);
  return core.fail('imports.pick');
}

describe('spreadsheet import', () => {
  it('proposes columns from Chinese and English headers', async () => {
    const zh = await pick(await writeXlsx(file('zh.xlsx'), [HEADER, ['张三', ID_A, '13800138000', '招商银行', '信用卡', 'A1', 1000, 10, '2024-11-05']]));
    expect(zh.mapping).toEqual({ name: 0, idNumber: 1, phone: 2, lender: 3, productType: 4, accountRef: 5, principal: 6, interest: 7, firstMissedDate: 8 });
    expect(zh.rowCount).toBe(1);
    fs.writeFileSync(file('en.csv'), csvText([['Client name', 'ID no.', 'Mobile', 'Creditor', 'Principal outstanding', 'Late fees', 'Account number'], ['Li Si', '', '', 'Acme', '12.5', '0', 'X']]));
    const en = await pick(file('en.csv'));
    expect(en.mapping).toEqual({ name: 0, idNumber: 1, phone: 2, lender: 3, principal: 4, lateFees: 5, accountRef: 6 });
  });

  it('imports clients with their debts in one go; lenders matched by name, alias and pinyin, the rest created', async () => {
    const bank = await core.call('lenders.create', { name: '招商银行', type: 'bank', aliases: ['招行信用卡中心'] });
    const online = await core.call('lenders.create', { name: '喆华消费金融', type: 'consumer_finance' });
    const rows: Cell[][] = [
      HEADER,
      ['张三', ID_A, '13800138000', '招商银行', '信用卡', 'C-1', 12345.67, 100, new Date(Date.UTC(2024, 10, 5))],
      ['张三', ID_A, '13800138000', '招行信用卡中心', '信用卡', 'C-2', '2,000.50', '0', '2024/12/1'],
      ['李四', ID_B, '13900139000', 'zhehua xiaofei jinrong', '消费金融贷款', 'Z-9', 800, null, 45627],
      ['王五', null, '13700137000', '燚达网贷', null, null, { formula: 'B2*2', result: 300 }, null, '2025年1月3日'],
    ];
    const picked = await pick(await writeXlsx(file('ok.xlsx'), rows));
    const preview = await core.call('imports.preview', { token: picked.token, mapping: picked.mapping });
    expect(preview).toMatchObject({ totalRows: 4, clients: 3, debts: 4, errorRows: 0, duplicates: [], missingRequired: [] });
    expect(preview.lenders).toEqual([
      { name: '招商银行', matched: '招商银行', matchedOn: 'name' },
      { name: '招行信用卡中心', matched: '招商银行', matchedOn: 'alias' },
      { name: 'zhehua xiaofei jinrong', matched: '喆华消费金融', matchedOn: 'pinyin' },
      { name: '燚达网贷', matched: null, matchedOn: null },
    ]);
    const result = await core.call('imports.commit', { token: picked.token, mapping: picked.mapping });
    expect(result).toMatchObject({ clients: 3, debts: 4, skipped: 0, lendersCreated: ['燚达网贷'] });

    const zhang = await core.call('clients.get', { id: result.clientIds[0]! });
    expect(zhang).toMatchObject({ name: '张三', phone: '13800138000' });
    const debts = (await core.call('debts.list', { clientId: zhang.id })).items;
    expect(debts.map((d) => [d.lenderId, d.accountRef, d.principalFen, d.interestFen, d.firstMissedDate, d.productType])).toEqual([
      [bank.id, 'C-1', 1_234_567, 10_000, '2024-11-05', 'credit_card'],
      [bank.id, 'C-2', 200_050, 0, '2024-12-01', 'credit_card'],
    ]);
    const li = (await core.call('debts.list', { clientId: result.clientIds[1]! })).items;
    expect(li[0]).toMatchObject({ lenderId: online.id, productType: 'consumer_loan', firstMissedDate: '2024-12-01', principalFen: 80_000 });
    const wang = (await core.call('debts.list', { clientId: result.clientIds[2]! })).items;
    // A formula gives its cached result; it is never evaluated.
    expect(wang[0]).toMatchObject({ lenderName: '燚达网贷', principalFen: 30_000, firstMissedDate: '2025-01-03' });
    // Written through the same handlers as the forms: audited, with case numbers.
    const audited = core.db.prepare(`SELECT count(*) AS n FROM audit_log WHERE entity IN ('client', 'debt', 'lender') AND action = 'create'`).get() as { n: number };
    expect(audited.n).toBe(2 + 3 + 4 + 1);
    // The session is gone once imported.
    expect((await core.fail('imports.commit', { token: picked.token, mapping: picked.mapping })).code).toBe('NOT_FOUND');
  });

  it('the preview shows every wrong row with its field and reason; the commit refuses and changes nothing', async () => {
    const rows: Cell[][] = [
      HEADER,
      ['张三', residentId('11010519800101123').slice(0, 17) + '0', '13800138000', '招商银行', '信用卡', 'A', 100, 0, '2024-11-05'],
      ['李四', ID_B, '13900139000', '招商银行', '信用卡', 'B', '十万', 0, '2024-13-45'],
      ['王五', null, '12345', null, '房贷', 'C', 100.123, 0, null],
      ['赵六', Number('110105198001011234'), null, '招商银行', null, null, 100, null, null],
      ['钱七', null, null, '招商银行', null, null, { formula: 'A1+1' }, null, null],
      ['孙八', null, null, '招商银行', null, null, 50, null, null],
    ];
    const picked = await pick(await writeXlsx(file('wrong.xlsx'), rows));
    await core.call('settings.update', { language: 'en' });
    const preview = await core.call('imports.preview', { token: picked.token, mapping: picked.mapping });
    expect(preview.errorRows).toBe(5);
    const errors = Object.fromEntries(preview.rows.map((r) => [r.line, r.errors.map((e) => `${e.field}: ${e.message}`)]));
    expect(errors[2]!.join()).toMatch(/^idNumber: /);
    expect(errors[3]).toEqual([`principal: “十万” is not a valid amount: ${translate('en', 'money.problems.notNumber')}`, 'firstMissedDate: “2024-13-45” is not a valid date (e.g. 2024-03-15).']);
    expect(errors[4]!.some((e) => e.startsWith('phone: '))).toBe(true);
    expect(errors[4]).toContain('lender: This row has debt details but no lender.');
    expect(errors[4]!.some((e) => e.startsWith('productType: “房贷” is not a known product type'))).toBe(true);
    expect(errors[4]).toContain(`principal: “100.123” is not a valid amount: ${translate('en', 'money.problems.decimals')}`);
    expect(errors[5]).toEqual(['idNumber: Excel stored the ID number as a number and lost its last digits. Format the column as text and type it again.']);
    expect(errors[6]![0]).toMatch(/^principal: Cell G6 is a formula without a saved result/);
    expect(errors[7]).toEqual([]);
    // ID numbers are masked in the preview.
    expect(preview.rows.find((r) => r.line === 3)!.values.idNumber).toBe(`${ID_B.slice(0, 4)}**********${ID_B.slice(-4)}`);
    const before = dbContentHash(core.db);
    const err = await core.fail('imports.commit', { token: picked.token, mapping: picked.mapping });
    expect(err).toMatchObject({ code: 'VALIDATION', message: '5 rows still have errors; nothing was imported. Correct them and choose the file again.' });
    expect(dbContentHash(core.db)).toBe(before);
  });

  it('a client already here is asked about, never merged silently', async () => {
    const existing = await core.call('clients.create', { name: '张三', idNumber: ID_A });
    const byPhone = await core.call('clients.create', { name: '李四', phone: '13900139000' });
    const rows: Cell[][] = [HEADER, ['张三', ID_A, null, '招商银行', null, null, 100, null, null], ['李四', null, '139 0013 9000', '招商银行', null, null, 200, null, null]];
    const picked = await pick(await writeXlsx(file('dup.xlsx'), rows));
    const preview = await core.call('imports.preview', { token: picked.token, mapping: picked.mapping });
    expect(preview.duplicates).toEqual([
      { key: 'row2', name: '张三', lines: [2], reason: 'idNumber', existing: { id: existing.id, caseRef: existing.caseRef, name: '张三' }, choices: ['skip', 'addDebts'] },
      { key: 'row3', name: '李四', lines: [3], reason: 'namePhone', existing: { id: byPhone.id, caseRef: byPhone.caseRef, name: '李四' }, choices: ['skip', 'addDebts', 'new'] },
    ]);
    const before = dbContentHash(core.db);
    expect((await core.fail('imports.commit', { token: picked.token, mapping: picked.mapping })).code).toBe('CONFLICT');
    // "new" cannot be chosen for an ID number that belongs to a case already.
    expect((await core.fail('imports.commit', { token: picked.token, mapping: picked.mapping, duplicates: { row2: 'new', row3: 'skip' } })).code).toBe('CONFLICT');
    expect(dbContentHash(core.db)).toBe(before);
    const result = await core.call('imports.commit', { token: picked.token, mapping: picked.mapping, duplicates: { row2: 'addDebts', row3: 'skip' } });
    expect(result).toMatchObject({ clients: 0, debts: 1, skipped: 1 });
    expect((await core.call('debts.list', { clientId: existing.id })).items.map((d) => d.principalFen)).toEqual([10_000]);
    expect((await core.call('debts.list', { clientId: byPhone.id })).items).toEqual([]);
  });

  it('CSV in UTF-8 with a BOM and in GB18030 both read as Chinese', async () => {
    const text = csvText([['姓名', '债权人', '本金'], ['张三', '䶮融消费金融', '1,000.00'], ['买买提·艾力', '招商银行', '200']]);
    fs.mkdirSync(path.join(dir, 'in'), { recursive: true });
    fs.writeFileSync(file('utf8.csv'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    const utf8 = await pick(file('utf8.csv'));
    expect(utf8.sample).toEqual([['张三', '䶮融消费金融', '1,000.00'], ['买买提·艾力', '招商银行', '200']]);
    const gbText = csvText([['姓名', '债权人', '本金'], ['张三', '招商银行', '1,000.00']]);
    fs.writeFileSync(file('gbk.csv'), gb18030(gbText));
    const gb = await pick(file('gbk.csv'));
    expect(gb.headers).toEqual(['姓名', '债权人', '本金']);
    expect(gb.sample).toEqual([['张三', '招商银行', '1,000.00']]);
    const result = await core.call('imports.commit', { token: gb.token, mapping: gb.mapping });
    expect(result).toMatchObject({ clients: 1, debts: 1 });
  });

  it('hostile files get a clear error and change nothing', async () => {
    await core.call('clients.create', { name: '已有客户' });
    const before = dbContentHash(core.db);
    fs.mkdirSync(path.join(dir, 'in'), { recursive: true });

    fs.writeFileSync(file('bomb.xlsx'), zipBomb(200 * 1024 * 1024));
    expect(fs.statSync(file('bomb.xlsx')).size).toBeLessThan(1024 * 1024);
    expect((await pickFails(file('bomb.xlsx'))).message).toBe('这个表格解压后超过 64 MB，可能已损坏或是恶意文件，未导入任何内容。');

    expect((await pickFails(await writeXlsx(file('merged.xlsx'), [HEADER, ['张三', null, null, '招商银行', null, null, 1, null, null], ['李四']], { merge: 'A2:A3' }))).message).toBe(
      '表格中有合并单元格（A2:A3）。请取消合并、让每行都填完整后再导入。',
    );

    fs.writeFileSync(file('old.xls'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]));
    expect((await pickFails(file('old.xls'))).message).toContain('旧版 .xls');

    fs.writeFileSync(file('junk.csv'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x80, 0x81, 0x00, 0x1f]));
    expect((await pickFails(file('junk.csv'))).message).toContain('编码');

    const many = [['姓名'], ...Array.from({ length: 10_001 }, (_, i) => [`客户${i}`])];
    fs.writeFileSync(file('many.csv'), csvText(many));
    expect((await pickFails(file('many.csv'))).message).toBe('行数太多（上限 10000 行）。请拆分后分批导入。');
    expect((await pickFails(await writeXlsx(file('many.xlsx'), many))).message).toBe('行数太多（上限 10000 行）。请拆分后分批导入。');

    fs.writeFileSync(file('big.csv'), Buffer.alloc(21 * 1024 * 1024, 0x41));
    expect((await pickFails(file('big.csv'))).message).toBe('文件太大（上限 20 MB）。请拆分后分批导入。');

    fs.writeFileSync(file('broken.xlsx'), Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 7)]));
    expect((await pickFails(file('broken.xlsx'))).message).toContain('无法读取');

    expect(dbContentHash(core.db)).toBe(before);
  });

  it('takes no path from the renderer, and a cancelled dialog is no error', async () => {
    expect((await core.failRaw('imports.pick', { path: '/etc/passwd' })).code).toBe('VALIDATION');
    expect(await core.call('imports.pick')).toBeNull();
    expect((await core.fail('imports.preview', { token: '00000000-0000-0000-0000-000000000000', mapping: {} })).code).toBe('NOT_FOUND');
  });
});
