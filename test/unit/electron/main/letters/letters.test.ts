import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFile } from '../../../../../electron/main/attachments/store';
import { defaultTemplate } from '../../../../../electron/main/letters/defaults';
import type { ChannelInput } from '../../../../../shared/contract';
import { LETTER_TYPES, type Body, type LetterDetail, type TemplateSummary } from '../../../../../shared/schemas/letters';
import { dbContentHash, type TestCore } from '../../../helpers/core';
import { compact, pdfText } from '../pdf/poppler';
import { eachTestWithLetterCase, type Case } from './case';

let dir: string;
let core: TestCore;
let c: Case;

eachTestWithLetterCase((s) => ({ dir, core, c } = s));

type TemplateQuery = Required<NonNullable<ChannelInput<'templates.list'>>>;

async function template(type: TemplateQuery['type'], locale: TemplateQuery['locale']): Promise<TemplateSummary> {
  const list = await core.call('templates.list', { type, locale });
  expect(list).toHaveLength(1);
  return list[0]!;
}

function text(body: Body): string {
  return body.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.kind === 'list' ? b.items.join('\n') : (b.rows ?? []).map((r) => r.label).join('\n'))).join('\n');
}

describe('the template library', () => {
  it('seeds one default per type and language on first use, version 1, marked default', async () => {
    const list = await core.call('templates.list');
    expect(list).toHaveLength(LETTER_TYPES.length * 3);
    expect(new Set(list.map((t) => `${t.type}/${t.locale}`)).size).toBe(list.length);
    expect(list.every((t) => t.isDefault && t.currentVersion === 1)).toBe(true);
    // Seeding again changes nothing.
    const hash = dbContentHash(core.db);
    await core.call('templates.list');
    expect(dbContentHash(core.db)).toBe(hash);
  });

  it('refuses an unknown field with its name and position, and leaves the database as it was', async () => {
    const t = await core.call('templates.get', { id: (await template('hardship', 'zh-CN')).id });
    const body: Body = { ...t.body, blocks: [{ kind: 'paragraph', text: '第一行\n本人{{client.nmae}}申请' }, ...t.body.blocks] };
    const hash = dbContentHash(core.db);
    const err = await core.fail('templates.save', { id: t.id, rev: t.rev, name: t.name, title: t.title, body });
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toContain('client.nmae');
    expect(err.message).toContain('第 2 行第 3 列');
    expect(err.fields).toMatchObject({ 'blocks.0': expect.stringContaining('client.nmae') });
    const unclosed = await core.fail('templates.save', { id: t.id, rev: t.rev, name: t.name, title: '申请 {{client.name', body: t.body });
    expect(unclosed.message).toContain('title');
    expect(dbContentHash(core.db)).toBe(hash);
  });

  it('keeps every saved text as a version; a letter keeps the version it came from; restore default is a new version', async () => {
    const s = await template('holding', 'zh-CN');
    const before = await core.call('letters.draft', { clientId: c.clientId, debtId: c.debts.b1, type: 'holding', locale: 'zh-CN' });
    const t = await core.call('templates.get', { id: s.id });
    const edited: Body = { ...t.body, blocks: [{ kind: 'paragraph', text: '本人{{client.name}}特此说明：**评估进行中**。' }] };
    const v2 = await core.call('templates.save', { id: t.id, rev: t.rev, name: '我的暂缓函', title: '暂缓催收函（修订）', body: edited });
    expect(v2.currentVersion).toBe(2);
    expect(v2.isDefault).toBe(false);
    expect(v2.versions.map((v) => v.version)).toEqual([2, 1]);

    const after = await core.call('letters.draft', { clientId: c.clientId, debtId: c.debts.b1, type: 'holding', locale: 'zh-CN' });
    expect(after.title).toBe('暂缓催收函（修订）');
    expect(text(after.body)).toContain('本人王堃喆特此说明：**评估进行中**。');
    expect(after.templateVersion).toBe(2);
    const old = await core.call('letters.get', { id: before.id });
    expect(old.templateVersion).toBe(1);
    expect(old.templateVersionId).toBe(t.versionId);
    expect(old.title).toBe(defaultTemplate('holding', 'zh-CN').title);

    // A stale revision is refused.
    expect((await core.fail('templates.save', { id: t.id, rev: t.rev, name: 'x', title: 'x', body: edited })).code).toBe('CONFLICT');

    const v3 = await core.call('templates.restoreDefault', { id: t.id, rev: v2.rev });
    expect(v3.currentVersion).toBe(3);
    expect(v3.isDefault).toBe(true);
    expect(v3.title).toBe(defaultTemplate('holding', 'zh-CN').title);
    expect(v3.body).toEqual(defaultTemplate('holding', 'zh-CN').body);
    const v2again = await core.call('templates.get', { id: t.id, version: 2 });
    expect(v2again.body).toEqual(edited);
  });

  it('lists the merge-field catalogue', async () => {
    const fields = await core.call('templates.fields');
    expect(fields.map((f) => f.path)).toEqual(expect.arrayContaining(['client.name', 'client.idMasked', 'debt.outstanding', 'proposal.monthly', 'counsellor.name', 'today']));
  });
});

describe('drafts', () => {
  it('fills a draft for a debt from the case, with the amounts table from the debt', async () => {
    const l = await core.call('letters.draft', { clientId: c.clientId, debtId: c.debts.a1, type: 'hardship', locale: 'zh-CN' });
    expect(l.status).toBe('draft');
    expect(l.lenderId).toBe(c.lenders.a);
    expect(l.body.salutation).toBe('尊敬的招商银行信用卡中心：');
    const body = text(l.body);
    expect(body).toContain('本人王堃喆');
    expect(body).toContain('6225-8801-1234');
    expect(body).toContain('2024年11月5日');
    expect(body).toContain('逾期130天'); // 5 Nov 2024 -> 15 Mar 2025
    expect(body).toContain('顾问李燚');
    const amounts = l.body.blocks.find((b) => b.kind === 'amounts');
    expect(amounts).toEqual({ kind: 'amounts', total: true, rows: [
      { label: '本金', amountFen: 1_234_567_89 },
      { label: '利息', amountFen: 120_000 },
      { label: '罚息', amountFen: 45_678 },
      { label: '滞纳金及其他费用', amountFen: 10_000 },
    ] });
    expect(l.missingFields).toEqual([]);
  });

  it('a lender letter sums the lender’s debts; the preview shows the total with separators', async () => {
    const l = await core.call('letters.draft', { clientId: c.clientId, lenderId: c.lenders.a, type: 'waiver', locale: 'en' });
    expect(l.debtId).toBeNull();
    const p = await core.call('letters.preview', { id: l.id });
    const table = p.blocks.find((b) => b.kind === 'amounts');
    expect(table).toMatchObject({ total: '1,241,324.67' });
    expect(p.date).toBe('15 March 2025');
  });

  it('shows a field with no value as a visible placeholder and refuses to finalise, naming it', async () => {
    // A proposal letter before any proposal exists: the terms have no value yet.
    const l = await core.call('letters.draft', { clientId: c.clientId, debtId: c.debts.c1, type: 'instalment', locale: 'zh-CN' });
    expect(l.missingFields).toEqual(expect.arrayContaining(['proposal.monthly', 'proposal.months', 'proposal.total', 'proposal.startDate']));
    expect(text(l.body)).toContain('{{proposal.monthly}}'); // kept as a field, never blank
    const p = await core.call('letters.preview', { id: l.id });
    const spans = p.blocks.flatMap((b) => (b.kind === 'paragraph' ? b.spans : b.kind === 'list' ? b.items.flat() : []));
    expect(spans).toContainEqual({ text: '【缺：每月还款额】', bold: true, missing: true });
    const hash = dbContentHash(core.db);
    const err = await core.fail('letters.finalise', { id: l.id, rev: l.rev });
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toContain('每月还款额');
    expect(err.message).toContain('首期还款日');
    expect(dbContentHash(core.db)).toBe(hash);
  });

  it('edits a draft: unknown fields refused with their position, stale revisions refused, nothing changed on failure', async () => {
    const l = await core.call('letters.draft', { clientId: c.clientId, debtId: c.debts.b1, type: 'holding', locale: 'zh-CN' });
    const hash = dbContentHash(core.db);
    const bad: Body = { ...l.body, blocks: [...l.body.blocks, { kind: 'list', ordered: true, items: ['好', '欠款 {{debt.owed}}'] }] };
    const err = await core.fail('letters.update', { id: l.id, rev: l.rev, title: l.title, body: bad });
    expect(err.message).toContain('debt.owed');
    expect(err.message).toContain(`blocks.${l.body.blocks.length}.items.1`);
    expect(dbContentHash(core.db)).toBe(hash);

    const body: Body = { ...l.body, blocks: [{ kind: 'paragraph', text: '**特别说明**：{{client.name}}的情况正在评估。' }, { kind: 'amounts', rows: [{ label: '本金', amountFen: 12_345_600 }], total: false }] };
    const u = await core.call('letters.update', { id: l.id, rev: l.rev, title: '暂缓函', body });
    expect(u.rev).toBe(l.rev + 1);
    expect(u.body.blocks).toEqual(body.blocks);
    expect((await core.fail('letters.update', { id: l.id, rev: l.rev, title: 'x', body })).code).toBe('CONFLICT');
  });

  it('"draft for all lenders" makes one per lender with debts, skips open drafts unless asked', async () => {
    const first = await core.call('letters.draftAll', { clientId: c.clientId, type: 'hardship', locale: 'zh-CN' });
    expect(first.created.map((l) => l.lenderId).sort()).toEqual([c.lenders.a, c.lenders.b, c.lenders.c].sort());
    // Two debts with lender a: a lender letter; one debt each with b and c: tied to the debt.
    expect(first.created.find((l) => l.lenderId === c.lenders.a)!.debtId).toBeNull();
    expect(first.created.find((l) => l.lenderId === c.lenders.b)!.debtId).toBe(c.debts.b1);
    const again = await core.call('letters.draftAll', { clientId: c.clientId, type: 'hardship', locale: 'zh-CN' });
    expect(again.created).toHaveLength(0);
    expect(again.skipped).toHaveLength(3);
    const forced = await core.call('letters.draftAll', { clientId: c.clientId, type: 'hardship', locale: 'zh-CN', includeExisting: true });
    expect(forced.created).toHaveLength(3);
    const other = await core.call('letters.draftAll', { clientId: c.clientId, type: 'holding', locale: 'en' });
    expect(other.created).toHaveLength(3);
    expect(await core.call('letters.list', { clientId: c.clientId })).toHaveLength(9);
  });

  it('draft for all lenders of a client without debts fails and changes nothing', async () => {
    const empty = await core.call('clients.create', { name: '赵燚' });
    const hash = dbContentHash(core.db);
    expect((await core.fail('letters.draftAll', { clientId: empty.id, type: 'hardship', locale: 'zh-CN' })).code).toBe('VALIDATION');
    expect((await core.fail('letters.draft', { clientId: c.clientId, debtId: 99999, type: 'hardship', locale: 'zh-CN' })).code).toBe('NOT_FOUND');
    expect((await core.fail('letters.draft', { clientId: c.clientId, type: 'hardship', locale: 'zh-CN' })).code).toBe('VALIDATION');
    expect(dbContentHash(core.db)).toBe(hash);
  });
});

describe('letter text is data, not markup', () => {
  it('asterisks, underscores and angle brackets print exactly as typed: preview, PDF and the finalised letter', async () => {
    const typed = '卡号 6225 **** **** 8841，文件 a_b_c，标记 <b>粗</b> 与 __x__ 与 *y*。';
    const l = await core.call('letters.draft', { clientId: c.clientId, debtId: c.debts.a1, type: 'holding', locale: 'zh-CN' });
    const body: Body = { ...l.body, blocks: [{ kind: 'paragraph', text: typed }, ...l.body.blocks] };
    const u = await core.call('letters.update', { id: l.id, rev: l.rev, title: l.title, body });
    const p = await core.call('letters.preview', { id: u.id });
    const first = p.blocks[0]!;
    expect(first.kind).toBe('paragraph');
    if (first.kind === 'paragraph') {
      expect(first.spans.map((s) => s.text).join('')).toBe(typed);
      expect(first.spans.some((s) => s.bold)).toBe(false);
    }
    const f = await core.call('letters.finalise', { id: u.id, rev: u.rev });
    expect(f.body.blocks[0]).toEqual({ kind: 'paragraph', text: typed });
    const t = pdfText(readFile(core.ctx, f.pdfFileId!)).replace(/\s+/g, ' ');
    expect(t).toContain('6225 **** **** 8841');
    expect(compact(t)).toContain(compact(typed));
  });
});

describe('final and sent', () => {
  async function finalLetter(): Promise<LetterDetail> {
    const l = await core.call('letters.draft', { clientId: c.clientId, debtId: c.debts.a1, type: 'hardship', locale: 'zh-CN' });
    return core.call('letters.finalise', { id: l.id, rev: l.rev });
  }

  it('final freezes the text, stores the PDF encrypted with its SHA-256, and the PDF says the right things', async () => {
    const f = await finalLetter();
    expect(f.status).toBe('final');
    expect(f.body.date).toBe('2025-03-15');
    expect(f.body.signature).toEqual({ name: '王堃喆', idMasked: '1101**********002X', contact: '13800138000' });
    const pdf = readFile(core.ctx, f.pdfFileId!);
    expect(crypto.createHash('sha256').update(pdf).digest('hex')).toBe(f.pdfSha256);
    // Encrypted at rest: the blob on disk is not the PDF.
    const blobs = fs.readdirSync(path.join(dir, 'files'));
    expect(blobs.length).toBeGreaterThan(0);
    for (const b of blobs) expect(fs.readFileSync(path.join(dir, 'files', b)).subarray(0, 4).toString()).not.toBe('%PDF');
    const t = compact(pdfText(pdf));
    expect(t).toContain('协商还款申请书');
    expect(t).toContain('王堃喆');
    expect(t).toContain('1,234,567.89');
    expect(t).toContain('1,236,324.67'); // total
    expect(t).toContain('2025年3月15日');
    expect(t).toContain('1101**********002X');
    expect(t).toContain('此致');
    expect(t).not.toContain('{{');
    // The hardship paragraph is the client's recorded hardship, not a generic sentence.
    expect(t).toContain('本人自2024年10月8日起因失业陷入经济困难。工厂关闭后一直未能找到稳定工作。');
    // The text is frozen: the case changes, the letter does not.
    await core.call('debts.update', { id: c.debts.a1, rev: 1, patch: { principalFen: 1 } });
    const again = await core.call('letters.get', { id: f.id });
    expect(again.body).toEqual(f.body);
    expect((await core.fail('letters.update', { id: f.id, rev: f.rev, title: 'x', body: f.body })).code).toBe('CONFLICT');
    expect((await core.fail('letters.delete', { id: f.id })).code).toBe('CONFLICT');
    expect((await core.fail('letters.finalise', { id: f.id, rev: f.rev })).code).toBe('CONFLICT');
  });

  it('a Traditional Chinese letter to a lender whose name only the Simplified font has (䶮) prints every name', async () => {
    const l = await core.call('letters.draft', { clientId: c.clientId, debtId: c.debts.b1, type: 'waiver', locale: 'zh-TW' });
    const f = await core.call('letters.finalise', { id: l.id, rev: l.rev });
    const t = compact(pdfText(readFile(core.ctx, f.pdfFileId!)));
    expect(t).toContain('敬啟者䶮融消费金融：');
    expect(t).toContain('本人王堃喆');
    expect(t).toContain('30,000.00');
    expect(t).toContain('33,300.50');
    expect(t).toContain('2025年3月15日');
    expect(t).toContain('敬禮');
  });

  it('sent records the date and logs an outgoing letter contact', async () => {
    const f = await finalLetter();
    const s = await core.call('letters.markSent', { id: f.id, rev: f.rev });
    expect(s.status).toBe('sent');
    expect(s.sentAt!.slice(0, 10)).toBe('2025-03-15');
    const contact = core.db.prepare(`SELECT * FROM contacts WHERE id = ?`).get(s.sentContactId) as Record<string, unknown>;
    expect(contact.occurred_at).toBe(s.sentAt);
    expect(contact).toMatchObject({ client_id: c.clientId, lender_id: c.lenders.a, debt_id: c.debts.a1, channel: 'letter', direction: 'out', source: 'letter', summary: '协商还款申请书' });
    const hash = dbContentHash(core.db);
    expect((await core.fail('letters.markSent', { id: f.id, rev: s.rev })).code).toBe('CONFLICT');
    expect(dbContentHash(core.db)).toBe(hash);
  });

  it('the sent date is checked: not before the letter was final, and logged on that day', async () => {
    const l = await core.call('letters.draft', { clientId: c.clientId, debtId: c.debts.b1, type: 'holding', locale: 'zh-CN' });
    const f = await core.call('letters.finalise', { id: l.id, rev: l.rev });
    // Finalised today (15 March): it cannot have been sent before.
    expect((await core.fail('letters.markSent', { id: f.id, rev: f.rev, date: '2025-03-14' })).code).toBe('VALIDATION');
    const s = await core.call('letters.markSent', { id: f.id, rev: f.rev, date: '2025-03-15' });
    expect(s.sentAt!.slice(0, 10)).toBe('2025-03-15');
  });

  it('refuses to mark a draft as sent, or a date in the future, without changing anything', async () => {
    const l = await core.call('letters.draft', { clientId: c.clientId, debtId: c.debts.b1, type: 'holding', locale: 'zh-CN' });
    const hash = dbContentHash(core.db);
    expect((await core.fail('letters.markSent', { id: l.id, rev: l.rev })).code).toBe('CONFLICT');
    const f = await core.call('letters.finalise', { id: l.id, rev: l.rev });
    const hash2 = dbContentHash(core.db);
    expect(hash2).not.toBe(hash);
    expect((await core.fail('letters.markSent', { id: f.id, rev: f.rev, date: '2030-01-01' })).code).toBe('VALIDATION');
    expect(dbContentHash(core.db)).toBe(hash2);
  });

  it('saves, opens and prints the PDF through the platform', async () => {
    const f = await finalLetter();
    const saved = await core.call('letters.savePdf', { id: f.id });
    expect(saved.done).toBe(true);
    expect(saved.path!.startsWith(core.platform.outbox)).toBe(true);
    const bytes = fs.readFileSync(saved.path!);
    expect(crypto.createHash('sha256').update(bytes).digest('hex')).toBe(f.pdfSha256);
    const opened = await core.call('letters.openPdf', { id: f.id });
    expect(core.platform.log.opened).toEqual([opened.path]);
    expect(opened.path!.startsWith(core.platform.tempDir())).toBe(true);
    await core.call('letters.printPdf', { id: f.id });
    expect(core.platform.log.printed).toHaveLength(1);
    core.platform.nextSavePath(null);
    expect(await core.call('letters.savePdf', { id: f.id })).toEqual({ done: false, path: null });
    core.platform.nextSavePath(path.join(dir, 'no-such-folder', 'x.pdf'));
    expect((await core.fail('letters.savePdf', { id: f.id })).code).toBe('STORAGE');
  });

  it('deletes drafts only', async () => {
    const l = await core.call('letters.draft', { clientId: c.clientId, debtId: c.debts.b1, type: 'chase', locale: 'en' });
    await core.call('letters.delete', { id: l.id });
    expect((await core.fail('letters.get', { id: l.id })).code).toBe('NOT_FOUND');
  });
});
