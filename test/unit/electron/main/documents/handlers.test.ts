// Case documents from a real encrypted database, through the channels, read back with
// poppler: names (rare characters), amounts, dates, page numbers, case reference, pages not
// blank; saving, opening, printing.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compact, pdfText } from '../pdf/poppler';
import { seedContacts, seedProposal } from './fixture';
import { ascending, core, expectNoBlankPage, f, indexes, out, saved } from './world';

describe('case documents', () => {
  it('the financial statement: household, categories, monthly amounts, disposable income, footer', async () => {
    const pdf = await saved('documents.save', { clientId: f.clientId, kind: 'statement', locale: 'zh-CN' });
    const text = compact(pdfText(pdf));
    expect(text).toContain('家庭收支情况表');
    expect(text).toContain('王堃䶮');
    expect(text).toContain('配偶陈喆');
    expect(text).toContain('刘䶮用药');
    expect(text).toContain('失业');
    // income 1,890.00 + 14,520.50 = 16,410.50; fixed 1,800 + 260 = 2,060; variable 1,500; disposable 12,850.50
    expect(indexes(text, ['1,890.00', '14,520.50', '16,410.50'])).toSatisfy(ascending);
    expect(text).toContain('2,060.00');
    expect(text).toContain('12,850.50');
    expect(text).toContain('2025年3月1日');
    expect(text).toContain('制表日期：2025年3月15日');
    expect(text).toContain(`案件编号：${f.caseRef}`);
    expect(text).toContain('第1页共1页');
    expectNoBlankPage(pdf);
  });

  it('the schedule of all debts lists every lender with its parts, days overdue, stage and totals', async () => {
    const pdf = await saved('documents.save', { clientId: f.clientId, kind: 'debtSchedule', lenderId: f.lenders[1]!.id, locale: 'zh-CN' });
    const text = compact(pdfText(pdf));
    // biggest first: 喆华 (1,234,567.89 principal), 燚达, 堃元
    expect(indexes(text, ['喆华示例银行', '燚达消费金融', '堃元网络小贷'])).toSatisfy(ascending);
    expect(text).toContain('1,234,567.89');
    expect(text).toContain('1,235,931.35'); // 1,234,567.89 + 1,234.56 + 78.90 + 50.00
    expect(text).toContain('★燚达消费金融');
    expect(text).toContain('已起诉');
    expect(text).toContain('90'); // 2024-12-15 -> 2025-03-15
    // total outstanding: 1,235,931.35 + 24,819.46 + 11,240.00
    expect(text).toContain('1,271,990.81');
    expect(text).toContain('6225****3391');
    expectNoBlankPage(pdf);
  });

  it('the repayment proposal: pro-rata table for all and the schedule for the addressed lender', async () => {
    seedProposal(core, f);
    const pdf = await saved('documents.save', { clientId: f.clientId, kind: 'proposal', lenderId: f.lenders[0]!.id, locale: 'zh-CN' });
    const text = compact(pdfText(pdf));
    // The scenario's name is the counsellor's own: it never reaches a lender.
    expect(text).not.toContain('三年期方案');
    expect(text).toContain('分期还款');
    expect(text).toContain('13,000.00'); // the shared budget
    // The schedule (after its header) in date order; the last date is also in the terms above it.
    expect(indexes(text.slice(text.indexOf('累计（元）')), ['2025年4月15日', '2025年5月15日', '2025年6月15日'])).toSatisfy(ascending);
    expect(text).toContain('末期还款日：2025年6月15日');
    expect(text).toContain('38,100.00'); // cumulative after three instalments
    expect(text).toContain('★喆华示例银行');
    expectNoBlankPage(pdf);
  });

  it('a proposal saved through the proposals capability prints with its schedule', async () => {
    await core.call('proposals.create', { clientId: f.clientId, name: '两年期方案', months: 24, startDate: '2025-04-15' });
    const pdf = await saved('documents.save', { clientId: f.clientId, kind: 'proposal', lenderId: f.lenders[1]!.id });
    const text = compact(pdfText(pdf));
    expect(text).not.toContain('两年期方案');
    expect(text).toContain('★燚达消费金融');
    expect(text).toContain('2025年4月15日');
    expectNoBlankPage(pdf);
  });

  it('the contact log holds this lender’s contacts only, with dates in the counsellor’s time zone', async () => {
    seedContacts(core, f);
    const pdf = await saved('documents.save', { clientId: f.clientId, kind: 'contactLog', lenderId: f.lenders[0]!.id, locale: 'zh-CN' });
    const text = compact(pdfText(pdf));
    expect(text).toContain('催收员赵先生');
    expect(text).toContain('[不当催收]');
    expect(text).toContain('2025年2月10日');
    expect(text).toContain('2025年2月19日'); // 16:30 UTC is the next morning in Shanghai
    expect(text).not.toContain('另一家的记录');
  });

  it('English documents: dates as D Month YYYY, Page x of y', async () => {
    const pdf = await saved('documents.save', { clientId: f.clientId, kind: 'debtSchedule', locale: 'en' });
    const text = pdfText(pdf);
    expect(text).toContain('Schedule of all debts');
    expect(text).toContain('15 March 2025');
    expect(text).toContain('Page 1 of 1');
    expect(text).toContain(`Case ref.: ${f.caseRef}`);
    expect(text).toContain('Lawsuit filed'.slice(0, 4));
  });

  it('Traditional Chinese documents use the Traditional words', async () => {
    const pdf = await saved('documents.save', { clientId: f.clientId, kind: 'statement', locale: 'zh-TW' });
    const text = compact(pdfText(pdf));
    expect(text).toContain('家庭收支情況表');
    expect(text).toContain('第1頁共1頁');
    expect(text).toContain('王堃䶮');
  });

  it('says so when there is no statement or proposal, and nothing is written', async () => {
    const other = await core.call('clients.create', { name: '张三' });
    const err = await core.fail('documents.save', { clientId: other.id, kind: 'statement' });
    expect(err.code).toBe('NOT_FOUND');
    expect(err.message).toBe('该客户还没有收支情况表。');
    expect((await core.fail('documents.save', { clientId: f.clientId, kind: 'proposal' })).message).toBe('该客户还没有保存的还款方案。');
    expect((await core.fail('documents.save', { clientId: f.clientId, kind: 'contactLog' })).code).toBe('VALIDATION');
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('a cancelled save dialog writes nothing; open and print use a temporary copy', async () => {
    core.platform.nextSavePath(null);
    expect(await core.call('documents.save', { clientId: f.clientId, kind: 'debtSchedule' })).toEqual({ path: null });
    const opened = await core.call('documents.open', { clientId: f.clientId, kind: 'debtSchedule' });
    expect(core.platform.log.opened).toEqual([opened.path]);
    expect(opened.path!.startsWith(core.platform.tempDir())).toBe(true);
    const printed = await core.call('packets.print', { clientId: f.clientId, lenderId: f.lenders[0]!.id });
    expect(core.platform.log.printed).toEqual([printed.path]);
    expect(path.basename(printed.path!)).toBe(`${f.caseRef} 喆华示例银行.pdf`);
  });

  it('an unwritable place gives a clear message and leaves no file', async () => {
    const target = path.join(out, 'missing-folder', 'a.pdf');
    core.platform.nextSavePath(target);
    const err = await core.fail('documents.save', { clientId: f.clientId, kind: 'debtSchedule' });
    expect(err.code).toBe('STORAGE');
    expect(err.message).toContain('无法写入');
    expect(err.message).toContain(target);
  });
});
