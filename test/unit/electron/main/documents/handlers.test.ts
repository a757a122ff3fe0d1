// Case documents and packets from a real encrypted database, through the channels, read
// back with poppler: names (rare characters), amounts, dates, page numbers, case reference,
// pages not blank; saving, opening, printing; the batch for all lenders, its cancellation
// and its errors; the letterhead.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../../../shared/contract';
import { closeDocumentPool } from '../../../../../electron/main/documents/output';
import { SAMPLE_LOGO_DATA_URL } from '../../../../../electron/main/pdf/samples';
import type { BatchStatus } from '../../../../../shared/schemas/documents';
import { makeTempDir, openTestCore, removeDir, type TestCore } from '../../../helpers/core';
import { compact, inkedPixels, pageCount, pdfText, rasterize } from '../pdf/poppler';
import { seedAttachments, seedCase, seedContacts, seedProposal, type CaseFixture } from './fixture';

let core: TestCore;
let f: CaseFixture;
let out: string;

beforeEach(async () => {
  core = openTestCore();
  f = await seedCase(core);
  out = makeTempDir('parley-docs-out-');
});

afterEach(() => {
  core.close();
  removeDir(core.dir);
  removeDir(out);
});

afterAll(async () => {
  await closeDocumentPool();
});

async function saved<C extends 'documents.save' | 'packets.save'>(channel: C, input: ChannelInput<C>): Promise<Buffer> {
  const file = path.join(out, `${channel}-${Math.random().toString(36).slice(2)}.pdf`);
  core.platform.nextSavePath(file);
  const res = (await core.call(channel, ...([input] as [ChannelInput<C>]))) as { path: string | null };
  expect(res.path).toBe(file);
  return fs.readFileSync(file);
}

function expectNoBlankPage(pdf: Buffer): void {
  const pages = pageCount(pdf);
  for (let p = 1; p <= pages; p++) expect(inkedPixels(rasterize(pdf, p, 30)), `page ${p}`).toBeGreaterThan(400);
}

function indexes(text: string, words: string[]): number[] {
  return words.map((w) => {
    const i = text.indexOf(w);
    expect(i, w).toBeGreaterThanOrEqual(0);
    return i;
  });
}

const ascending = (list: number[]) => list.every((v, i) => i === 0 || v > list[i - 1]!);

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
    expect(text).toContain('三年期方案');
    expect(text).toContain('停息分期');
    expect(text).toContain('13,000.00'); // the shared budget
    expect(indexes(text, ['2025年4月15日', '2025年5月15日', '2025年6月15日'])).toSatisfy(ascending);
    expect(text).toContain('38,100.00'); // cumulative after three instalments
    expect(text).toContain('★喆华示例银行');
    expectNoBlankPage(pdf);
  });

  it('a proposal saved through the proposals capability prints with its schedule', async () => {
    await core.call('proposals.create', { clientId: f.clientId, name: '两年期方案', months: 24, startDate: '2025-04-15' });
    const pdf = await saved('documents.save', { clientId: f.clientId, kind: 'proposal', lenderId: f.lenders[1]!.id });
    const text = compact(pdfText(pdf));
    expect(text).toContain('两年期方案');
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

describe('negotiation packet for one lender', () => {
  it('cover, letter, statement, debts, proposal and the lender’s enclosures, numbered pages', async () => {
    seedProposal(core, f);
    seedAttachments(core, f);
    const now = '2025-03-15T09:00:00.000Z';
    const body = { salutation: '尊敬的喆华示例银行：', blocks: [{ kind: 'paragraph', text: '本人王堃䶮因失业无力按期还款，特申请停息分期。' }], enclosures: ['失业证明'] };
    core.db
      .prepare(`INSERT INTO letters (client_id, lender_id, type, locale, title, body_json, status, created_at, updated_at) VALUES (?, ?, 'negotiation', 'zh-CN', '协商还款申请书', ?, 'draft', ?, ?)`)
      .run(f.clientId, f.lenders[0]!.id, JSON.stringify(body), now, now);
    await core.call('letterhead.update', { organisation: '港湾街债务咨询中心', address: '上海市港湾街88号', phone: '021-5555 0188', email: 'help@example.org' });

    const lenders = await core.call('packets.lenders', { clientId: f.clientId });
    expect(lenders.items.map((l) => l.lenderName)).toEqual(['喆华示例银行', '燚达消费金融', '堃元网络小贷']);
    expect(lenders.items[0]!.letter).toMatchObject({ title: '协商还款申请书', status: 'draft' });
    expect(lenders.items[0]!.enclosures).toBe(2);
    expect(lenders).toMatchObject({ hasStatement: true, hasProposal: true, runningJobId: null });

    const pdf = await saved('packets.save', { clientId: f.clientId, lenderId: f.lenders[0]!.id, locale: 'zh-CN' });
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(6);
    const text = compact(pdfText(pdf));
    // the cover lists the contents; after it, the parts come in this order
    const rest = text.slice(text.indexOf('本人王堃䶮因失业'));
    expect(indexes(rest, ['本人王堃䶮因失业', '家庭收支情况表', '全部债务明细表', '还款方案', '附件清单'])).toSatisfy(ascending);
    const page = (n: number) => compact(pdfText(pdf, { page: n }));
    expect(page(1)).toContain('致：喆华示例银行');
    expect(page(1)).toContain('港湾街债务咨询中心');
    expect(page(1)).toContain('2025年3月15日');
    expect(page(2)).toContain('本人王堃䶮因失业');
    expect(page(pages)).toContain('失业证明.pdf');
    expect(page(pages)).toContain('信用卡账单-2025年2月.pdf');
    expect(page(pages)).not.toContain('燚达借款合同');
    for (let p = 1; p <= pages; p++) {
      expect(page(p)).toContain(`第${p}页共${pages}页`);
      expect(page(p)).toContain(`案件编号：${f.caseRef}`);
    }
    expectNoBlankPage(pdf);
  });

  it('a lender the client owes nothing is refused', async () => {
    const stranger = await core.call('lenders.create', { name: '无关银行', type: 'bank' });
    const err = await core.fail('packets.save', { clientId: f.clientId, lenderId: stranger.id });
    expect(err.message).toBe('该客户在此债权人处没有债务。');
  });
});

describe('packets for all lenders', () => {
  async function until(jobId: string, done: (s: BatchStatus) => boolean): Promise<BatchStatus> {
    for (;;) {
      const s = await core.call('packets.batchStatus', { jobId });
      if (done(s)) return s;
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  it('writes one complete file per lender, named by case and lender, with progress', async () => {
    core.platform.nextFolder(out);
    const started = (await core.call('packets.batchStart', { clientId: f.clientId, locale: 'zh-CN' }))!;
    expect(started.total).toBe(3);
    const end = await until(started.jobId, (s) => s.state !== 'running');
    expect(end).toMatchObject({ state: 'done', done: 3, total: 3, current: null, errors: [] });
    const expected = ['喆华示例银行', '燚达消费金融', '堃元网络小贷'].map((l) => `${f.caseRef} ${l}.pdf`);
    expect(fs.readdirSync(out).sort()).toEqual([...expected].sort());
    expect([...end.files].sort()).toEqual([...expected].sort());
    for (const name of expected) {
      const pdf = fs.readFileSync(path.join(out, name));
      expect(compact(pdfText(pdf, { page: 1 }))).toContain(`致：${name.slice(f.caseRef.length + 1, -4)}`);
    }
    expect(core.platform.log.notifications).toHaveLength(1);
  });

  it('never runs twice for the same client, and cancelling leaves no half-written file', async () => {
    core.platform.nextFolder(out);
    const first = (await core.call('packets.batchStart', { clientId: f.clientId }))!;
    const again = await core.fail('packets.batchStart', { clientId: f.clientId });
    expect(again.code).toBe('CONFLICT');
    expect((await core.call('packets.lenders', { clientId: f.clientId })).runningJobId).toBe(first.jobId);
    const cancelled = await core.call('packets.batchCancel', { jobId: first.jobId });
    expect(cancelled.state).toBe('cancelled');
    expect(cancelled.current).toBeNull();
    const files = fs.readdirSync(out);
    expect(files.sort()).toEqual([...cancelled.files].sort());
    expect(files.filter((n) => n.endsWith('.part') || n.startsWith('.'))).toEqual([]);
    expect(files.length).toBeLessThan(3);
    for (const name of files) expect(pageCount(fs.readFileSync(path.join(out, name)))).toBeGreaterThan(0);
    // once it has stopped, the client may start again
    core.platform.nextFolder(out);
    const second = (await core.call('packets.batchStart', { clientId: f.clientId }))!;
    expect((await until(second.jobId, (s) => s.state !== 'running')).state).toBe('done');
  });

  it('an unwritable folder is a clear error before anything starts; a cancelled folder dialog starts nothing', async () => {
    const missing = path.join(out, 'not-there');
    core.platform.nextFolder(missing);
    const err = await core.fail('packets.batchStart', { clientId: f.clientId, locale: 'en' });
    expect(err.code).toBe('STORAGE');
    expect(err.message).toContain(missing);
    core.platform.nextFolder(null);
    expect(await core.call('packets.batchStart', { clientId: f.clientId })).toBeNull();
  });

  it('several clients at once: one file per lender of each', async () => {
    const g = await seedCase(core, '陈喆', f.lenders);
    core.platform.nextFolder(out);
    const started = (await core.call('packets.batchStart', { clientIds: [f.clientId, g.clientId] }))!;
    expect(started.total).toBe(6);
    const end = await until(started.jobId, (s) => s.state !== 'running');
    expect(end.state).toBe('done');
    expect(fs.readdirSync(out)).toHaveLength(6);
    expect(fs.readdirSync(out).filter((n) => n.startsWith(g.caseRef))).toHaveLength(3);
  });
});

describe('letterhead', () => {
  it('stores the fields and a PNG logo, refuses other files, and prints on documents', async () => {
    expect(await core.call('letterhead.get')).toEqual({ organisation: null, address: null, phone: null, email: null, logoDataUrl: null });
    await core.call('letterhead.update', { organisation: '燚喆咨询中心', phone: '021-5555 0188' });
    const png = path.join(out, 'logo.png');
    fs.writeFileSync(png, Buffer.from(SAMPLE_LOGO_DATA_URL.split(',')[1]!, 'base64'));
    core.platform.nextFiles([png]);
    const withLogo = await core.call('letterhead.pickLogo');
    expect(withLogo.logoDataUrl).toBe(SAMPLE_LOGO_DATA_URL);
    expect(withLogo.organisation).toBe('燚喆咨询中心');

    const txt = path.join(out, 'logo.png.txt');
    fs.writeFileSync(txt, 'not an image');
    core.platform.nextFiles([txt]);
    expect((await core.fail('letterhead.pickLogo')).message).toBe('标志必须是 PNG 或 JPEG 图片。');
    expect((await core.call('letterhead.get')).logoDataUrl).toBe(SAMPLE_LOGO_DATA_URL);

    const pdf = await saved('documents.save', { clientId: f.clientId, kind: 'debtSchedule' });
    const text = compact(pdfText(pdf));
    expect(text).toContain('燚喆咨询中心');
    expect(text).toContain('电话：021-55550188');

    const preview = await core.call('letterhead.preview');
    expect(core.platform.log.opened).toEqual([preview.path]);
    expect(compact(pdfText(fs.readFileSync(preview.path!)))).toContain('燚喆咨询中心');

    const cleared = await core.call('letterhead.update', { logoDataUrl: null, address: '' });
    expect(cleared).toMatchObject({ logoDataUrl: null, address: null, organisation: '燚喆咨询中心' });
    const audit = core.db.prepare(`SELECT after_json FROM audit_log WHERE entity = 'letterhead' ORDER BY id`).all() as { after_json: string }[];
    expect(audit).toHaveLength(3);
    expect(audit.every((a) => !a.after_json.includes('base64'))).toBe(true);
  });
});
