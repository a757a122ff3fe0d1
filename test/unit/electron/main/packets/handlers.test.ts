// Negotiation packets, for one lender and as a batch for all: read back with poppler; the
// batch's progress, its cancellation and its errors.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BatchStatus } from '../../../../../shared/schemas/documents';
import { compact, pageCount, pdfText } from '../pdf/poppler';
import { seedAttachments, seedCase, seedProposal } from '../documents/fixture';
import { ascending, core, expectNoBlankPage, f, indexes, out, saved } from '../documents/world';

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

  it('counts the case’s contacts with each lender, and no other case’s', async () => {
    const contact = (clientId: number, lenderId: number) =>
      core.call('contacts.create', { clientId, lenderId, occurredAt: '2025-03-01T02:00:00.000Z', channel: 'phone', direction: 'out', summary: '电话沟通还款安排' });
    const other = await core.call('clients.create', { name: '旁人', phone: '13800000000' });
    await contact(f.clientId, f.lenders[0]!.id);
    await contact(f.clientId, f.lenders[0]!.id);
    await contact(f.clientId, f.lenders[2]!.id);
    await contact(other.id, f.lenders[0]!.id);
    const counts = (await core.call('packets.lenders', { clientId: f.clientId })).items.map((l) => [l.lenderName, l.contacts]);
    expect(counts).toEqual([
      ['喆华示例银行', 2],
      ['燚达消费金融', 0],
      ['堃元网络小贷', 1],
    ]);
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
