import { beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../../../shared/contract';
import { catalogs } from '../../../../../shared/i18n';
import type { LenderSummary } from '../../../../../shared/schemas/lenders';
import { auditLog, dbContentHash, TEST_KEY, type TestCore } from '../../../helpers/core';
import { openCorePerTest } from '../../../helpers/case';
import { openDatabase } from '../../../../../electron/main/db/connection';
import { openFromStoredAmounts } from '../../../../../electron/main/db/debts';

interface ListResult {
  items: LenderSummary[];
  total: number;
  page: number;
  pageSize: number;
}
interface DebtRow {
  id: number;
  client_id: number;
  lender_id: number;
  collector_id: number | null;
  outstanding_fen: number;
  rev: number;
}

const zh = catalogs['zh-CN'];

let core: TestCore;
openCorePerTest((c) => (core = c));

const create = (input: ChannelInput<'lenders.create'>) => core.call('lenders.create', input);
const get = (id: number) => core.call('lenders.get', { id });
const list = (input: Record<string, unknown> = {}) => core.call('lenders.list', input);
const suggest = (q: string, limit?: number) => core.call('lenders.suggest', limit ? { q, limit } : { q });
const names = (r: ListResult) => r.items.map((l) => l.name);
const auditRows = (entity = 'lender') => auditLog(core.db, entity);
const hash = () => dbContentHash(core.db);

async function client(name: string): Promise<number> {
  return (await core.call('clients.create', { name })).id;
}

/** Debts go in by SQL, so these tests depend on the lender handlers only. */
function addDebt(clientId: number, lenderId: number, principalFen: number, collectorId: number | null = null, interestFen = 0): number {
  const at = '2025-03-01T00:00:00.000Z';
  const info = core.db
    .prepare(
      `INSERT INTO debts (client_id, lender_id, collector_id, product_type, principal_fen, interest_fen, created_at, updated_at)
       VALUES (?, ?, ?, 'online_loan', ?, ?, ?, ?)`,
    )
    .run(clientId, lenderId, collectorId, principalFen, interestFen, at, at);
  // Its balance lives in its ledger: the stored amounts become the opening entry, as the app writes it.
  openFromStoredAmounts(core.db, Number(info.lastInsertRowid), new Date(at));
  return Number(info.lastInsertRowid);
}
const debts = () => core.db.prepare('SELECT id, client_id, lender_id, collector_id, outstanding_fen, rev FROM debts ORDER BY id').all() as DebtRow[];
const lenderNames = (id: number) =>
  core.db.prepare('SELECT name, pinyin, initials FROM lender_names WHERE lender_id = ? ORDER BY name').all(id) as { name: string; pinyin: string; initials: string }[];
const indexTokens = (id: number) =>
  (core.db.prepare(`SELECT tokens FROM search_index WHERE kind = 'lender' AND ref_id = ?`).get(id) as { tokens: string } | undefined)?.tokens;

describe('create and get', () => {
  it('creates a lender with tidy aliases and phones, its names keyed by pinyin, indexed and audited', async () => {
    const l = await create({
      name: ' 招商银行信用卡中心 ',
      aliases: ['招行', '掌上生活', '招行 ', '招商银行信用卡中心', 'zhang shang sheng huo', 'ZHANGSHANG SHENGHUO'],
      type: 'bank',
      phones: ['95555', '955 55', '400-820-5555'],
      email: ' card@example.com ',
      address: '',
      complaintChannel: '95555 转投诉',
      notes: '只接受书面协商申请',
    });
    expect(l).toEqual({
      id: 1,
      name: '招商银行信用卡中心',
      aliases: ['招行', '掌上生活', 'zhang shang sheng huo'],
      type: 'bank',
      phones: ['95555', '400-820-5555'],
      email: 'card@example.com',
      address: null,
      complaintChannel: '95555 转投诉',
      notes: '只接受书面协商申请',
      caseCount: 0,
      debtCount: 0,
      outstanding: [],
      isDemo: false,
      rev: 1,
      createdAt: expect.stringMatching(/^2025-03-15T/),
      updatedAt: l.createdAt,
      cases: [],
    });
    expect(await get(l.id)).toEqual(l);
    // Institutions read as words (银行 is yinhang, so the initials start zsyh), and a bank's 行 is hang.
    expect(lenderNames(l.id)).toEqual([
      { name: 'zhang shang sheng huo', pinyin: 'zhangshangshenghuo', initials: 'zhangshangshenghuo' },
      { name: '招商银行信用卡中心', pinyin: 'zhaoshangyinhangxinyongkazhongxin', initials: 'zsyhxykzx' },
      { name: '招行', pinyin: 'zhaohang', initials: 'zh' },
      { name: '掌上生活', pinyin: 'zhangshangshenghuo', initials: 'zssh' },
    ]);
    expect(indexTokens(l.id)).toContain('招行');
    const audit = auditRows();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entity: 'lender', entity_id: String(l.id), action: 'create', before_json: null });
    expect(JSON.parse(audit[0]!.after_json!)).toMatchObject({ name: '招商银行信用卡中心', aliases: ['招行', '掌上生活', 'zhang shang sheng huo'] });
  });

  it('defaults the type to other and reads a private lender’s name as a person’s', async () => {
    const a = await create({ name: '某网贷' });
    expect(a.type).toBe('other');
    const p = await create({ name: '曾先生', type: 'private' });
    expect(lenderNames(p.id)[0]).toMatchObject({ pinyin: 'zengxiansheng', initials: 'zxs' });
  });

  it('answers NOT_FOUND for a missing lender', async () => {
    expect(await core.fail('lenders.get', { id: 42 })).toEqual({ code: 'NOT_FOUND', message: zh.errors.NOT_FOUND });
  });

  it('refuses bad input field by field, writing nothing', async () => {
    const before = hash();
    const err = await core.failRaw('lenders.create', { name: '  ', phones: ['call me'], email: 'nope', type: 'loan_shark' });
    expect(err.code).toBe('VALIDATION');
    expect(Object.keys(err.fields ?? {}).sort()).toEqual(['email', 'name', 'phones.0', 'type']);
    expect(hash()).toBe(before);
  });
});

describe('names are unique across the directory', () => {
  it('refuses a name another lender has, ignoring case, width and spaces', async () => {
    await create({ name: 'ABC Bank', type: 'bank' });
    await create({ name: '招商银行' });
    const before = hash();
    for (const name of ['abc bank', 'ABCBANK', 'ＡＢＣ Ｂａｎｋ', '招商 银行']) {
      const err = await core.fail('lenders.create', { name });
      const text = zh.lenders.errors.nameTaken.replace('{{lender}}', name.startsWith('招') ? '招商银行' : 'ABC Bank');
      expect(err).toEqual({ code: 'CONFLICT', message: text, fields: { name: text } });
    }
    expect(hash()).toBe(before);
  });

  it('refuses a name that is another lender’s alias', async () => {
    await create({ name: '蚂蚁消费金融', aliases: ['花呗'] });
    const before = hash();
    const err = await core.fail('lenders.create', { name: '花呗' });
    expect(err.code).toBe('CONFLICT');
    expect(err.fields).toEqual({ name: '“花呗”已是债权人“蚂蚁消费金融”的别名' });
    expect(hash()).toBe(before);
  });

  it('refuses an alias that is another lender’s name or alias, on create and on update', async () => {
    await create({ name: '蚂蚁消费金融', aliases: ['花呗', '借呗'] });
    const other = await create({ name: '分期乐' });
    const before = hash();
    const onCreate = await core.fail('lenders.create', { name: '新平台', aliases: ['好借', '借 呗'] });
    expect(onCreate.code).toBe('CONFLICT');
    expect(onCreate.fields).toEqual({ aliases: '别名“借 呗”已属于债权人“蚂蚁消费金融”' });
    const onUpdate = await core.fail('lenders.update', { id: other.id, rev: other.rev, patch: { aliases: ['蚂蚁消费金融'] } });
    expect(onUpdate.code).toBe('CONFLICT');
    expect(Object.keys(onUpdate.fields ?? {})).toEqual(['aliases']);
    expect(hash()).toBe(before);
  });
});

describe('update', () => {
  it('changes fields, re-keys its names, bumps rev and audits before and after', async () => {
    const l = await create({ name: '星河借款', aliases: ['星河App'], type: 'online_platform' });
    const u = await core.call('lenders.update', { id: l.id, rev: 1, patch: { name: '星河分期', aliases: ['星河借款', '星河App'], phones: ['400-000-1111'] } });
    expect(u).toMatchObject({ name: '星河分期', aliases: ['星河借款', '星河App'], phones: ['400-000-1111'], type: 'online_platform', rev: 2 });
    expect(lenderNames(l.id).map((n) => n.name)).toEqual(['星河App', '星河借款', '星河分期']);
    expect((await suggest('xhfq'))[0]).toMatchObject({ id: l.id, matchedAlias: null });
    const audit = auditRows().at(-1)!;
    expect(audit.action).toBe('update');
    expect(JSON.parse(audit.before_json!)).toMatchObject({ name: '星河借款', phones: [] });
    expect(JSON.parse(audit.after_json!)).toMatchObject({ name: '星河分期', phones: ['400-000-1111'] });
  });

  it('may keep its own name and aliases, and never keeps an alias equal to its name', async () => {
    const l = await create({ name: '安达消费金融', aliases: ['安达'] });
    const u = await core.call('lenders.update', { id: l.id, rev: 1, patch: { name: '安达消费金融', aliases: ['安达', '安达消费 金融'] } });
    expect(u.aliases).toEqual(['安达']);
  });

  it('refuses a stale rev and a missing lender, writing nothing', async () => {
    const l = await create({ name: '恒信小额贷款' });
    await core.call('lenders.update', { id: l.id, rev: 1, patch: { notes: 'first' } });
    const before = hash();
    expect(await core.fail('lenders.update', { id: l.id, rev: 1, patch: { notes: 'second' } })).toEqual({ code: 'CONFLICT', message: zh.lenders.errors.conflict });
    expect((await core.fail('lenders.update', { id: 99, rev: 1, patch: { notes: 'x' } })).code).toBe('NOT_FOUND');
    expect(hash()).toBe(before);
    expect((await get(l.id)).notes).toBe('first');
  });
});

describe('delete', () => {
  it('deletes an unused lender with its names and index entry, and audits it', async () => {
    const l = await create({ name: '闪电借款', aliases: ['闪电'] });
    expect(await core.call('lenders.delete', { id: l.id })).toEqual({ deleted: true });
    expect((await core.fail('lenders.get', { id: l.id })).code).toBe('NOT_FOUND');
    expect(lenderNames(l.id)).toEqual([]);
    expect(indexTokens(l.id)).toBeUndefined();
    const audit = auditRows().at(-1)!;
    expect(audit).toMatchObject({ action: 'delete', entity_id: String(l.id), after_json: null });
    expect(JSON.parse(audit.before_json!)).toMatchObject({ name: '闪电借款', aliases: ['闪电'] });
    // The name is free again.
    await create({ name: '闪电借款' });
  });

  it('refuses while any debt names it as lender or as collector, writing nothing', async () => {
    const lender = await create({ name: '速借借款' });
    const agency = await create({ name: '鼎盛资产管理', type: 'collection_agency' });
    const c = await client('王小明');
    addDebt(c, lender.id, 100_00, agency.id);
    const before = hash();
    for (const id of [lender.id, agency.id]) {
      expect(await core.fail('lenders.delete', { id })).toEqual({ code: 'CONFLICT', message: zh.validation.inUse });
    }
    expect((await core.fail('lenders.delete', { id: 999 })).code).toBe('NOT_FOUND');
    expect(hash()).toBe(before);
  });

  it('refuses to delete a lender that only the contact log still names', async () => {
    const lender = await create({ name: '来电催收公司', type: 'collection_agency' });
    const c = await client('赵六');
    await core.call('contacts.create', { clientId: c, lenderId: lender.id, occurredAt: '2025-03-10T02:00:00.000Z', channel: 'phone', direction: 'in', summary: '催收来电' });
    const before = hash();
    expect((await core.fail('lenders.delete', { id: lender.id })).code).toBe('CONFLICT');
    expect(hash()).toBe(before);
  });
});

describe('merge', () => {
  it('takes the contact log, follow-ups and offers of the source along to the target', async () => {
    const source = await create({ name: '闪电借款', type: 'online_platform' });
    const target = await create({ name: '闪电借款平台', type: 'online_platform' });
    const c = await client('钱七');
    const debt = addDebt(c, source.id, 800_00);
    const contact = await core.call('contacts.create', {
      clientId: c,
      debtId: debt,
      occurredAt: '2025-03-10T02:00:00.000Z',
      channel: 'phone',
      direction: 'in',
      summary: '夜间来电威胁',
      isIncident: true,
      incidentTypes: ['threats'],
      followUpDate: '2025-03-20',
    });
    await core.call('lenders.merge', { sourceId: source.id, targetId: target.id });
    const lenderOf = (table: string) => (core.db.prepare(`SELECT DISTINCT lender_id AS id FROM ${table} WHERE client_id = ?`).all(c) as { id: number }[]).map((r) => r.id);
    expect(lenderOf('contacts')).toEqual([target.id]);
    expect(lenderOf('followups')).toEqual([target.id]);
    expect(contact.id).toBeGreaterThan(0);
    expect(await core.call('incidents.byLender', { lenderId: target.id })).toMatchObject({ total: 1 });
  });

  async function setUp() {
    const source = await create({
      name: '招联金融',
      aliases: ['招联好期贷', '招联'],
      type: 'consumer_finance',
      phones: ['95786', '400-111-2222'],
      email: 'kf@zhaolian.example',
      address: '深圳市南山区',
      complaintChannel: '95786 按 0',
      notes: '周一至周五受理减免申请',
    });
    const target = await create({ name: '招联消费金融', type: 'consumer_finance', phones: ['957 86'], address: '深圳市前海', notes: '已寄出协商函' });
    const agency = await create({ name: '汇丰源商务咨询', type: 'collection_agency' });
    const other = await create({ name: '宏图分期', type: 'online_platform' });
    const [a, b, c] = [await client('张三'), await client('李四'), await client('王五')];
    const ids = {
      aSource: addDebt(a, source.id, 1_000_00, null, 50_00),
      bSource: addDebt(b, source.id, 2_000_00, agency.id),
      bTarget: addDebt(b, target.id, 3_000_00),
      // The source collects for the target: after the merge both are the target, so no separate collector.
      cTargetCollectedBySource: addDebt(c, target.id, 4_000_00, source.id),
      // The source collects for another lender: the target collects it now.
      cOtherCollectedBySource: addDebt(c, other.id, 5_000_00, source.id),
      untouched: addDebt(a, other.id, 6_000_00, agency.id),
    };
    return { source, target, agency, other, clients: { a, b, c }, ids };
  }

  it('moves every debt, keeps every name and contact, deletes the source, and audits both', async () => {
    const { source, target, other, agency, clients, ids } = await setUp();
    const before = debts();
    const totalBefore = before.reduce((n, d) => n + d.outstanding_fen, 0);

    const merged = await core.call('lenders.merge', { sourceId: source.id, targetId: target.id });

    // Every debt is still there with the same amounts; only lender and collector changed.
    const after = debts();
    expect(after.map((d) => [d.id, d.client_id, d.outstanding_fen])).toEqual(before.map((d) => [d.id, d.client_id, d.outstanding_fen]));
    expect(after.reduce((n, d) => n + d.outstanding_fen, 0)).toBe(totalBefore);
    const byId = new Map(after.map((d) => [d.id, d]));
    expect(byId.get(ids.aSource)).toMatchObject({ lender_id: target.id, collector_id: null, rev: 2 });
    expect(byId.get(ids.bSource)).toMatchObject({ lender_id: target.id, collector_id: agency.id, rev: 2 });
    expect(byId.get(ids.bTarget)).toMatchObject({ lender_id: target.id, collector_id: null, rev: 1 });
    expect(byId.get(ids.cTargetCollectedBySource)).toMatchObject({ lender_id: target.id, collector_id: null, rev: 2 });
    expect(byId.get(ids.cOtherCollectedBySource)).toMatchObject({ lender_id: other.id, collector_id: target.id, rev: 2 });
    expect(byId.get(ids.untouched)).toMatchObject({ lender_id: other.id, collector_id: agency.id, rev: 1 });
    expect(after.some((d) => d.lender_id === source.id || d.collector_id === source.id)).toBe(false);

    expect(merged).toMatchObject({
      id: target.id,
      name: '招联消费金融',
      aliases: ['招联金融', '招联好期贷', '招联'],
      phones: ['957 86', '400-111-2222'],
      address: '深圳市前海',
      email: 'kf@zhaolian.example',
      complaintChannel: '95786 按 0',
      notes: '已寄出协商函\n\n（以下备注来自合并前的“招联金融”）\n周一至周五受理减免申请',
      caseCount: 3,
      debtCount: 5,
      outstanding: [{ currency: 'CNY', amountMinor: 1_000_00 + 50_00 + 2_000_00 + 3_000_00 + 4_000_00 + 5_000_00 }],
      rev: 2,
    });
    expect(merged.cases.map((c) => [c.clientId, c.debtCount])).toEqual([
      [clients.b, 2],
      [clients.c, 2],
      [clients.a, 1],
    ]);
    expect(await get(target.id)).toEqual(merged);

    // The source is gone, but every name it went by finds the target.
    expect((await core.fail('lenders.get', { id: source.id })).code).toBe('NOT_FOUND');
    expect(lenderNames(source.id)).toEqual([]);
    expect(indexTokens(source.id)).toBeUndefined();
    expect(indexTokens(target.id)).toContain('好期');
    for (const q of ['招联金融', 'zlhqd', 'zhaolianjin']) expect((await suggest(q))[0]).toMatchObject({ id: target.id });

    const audit = auditRows();
    const [mergeRow, deleteRow] = audit.slice(-2);
    expect(mergeRow).toMatchObject({ entity_id: String(target.id), action: 'merge' });
    expect(JSON.parse(mergeRow!.before_json!)).toMatchObject({ name: '招联消费金融', aliases: [], email: null });
    expect(JSON.parse(mergeRow!.after_json!)).toMatchObject({
      aliases: ['招联金融', '招联好期贷', '招联'],
      mergedFrom: { id: source.id, name: '招联金融' },
      debtsMoved: {
        asLender: [ids.aSource, ids.bSource],
        asCollector: [ids.cTargetCollectedBySource, ids.cOtherCollectedBySource],
        collectorCleared: [ids.cTargetCollectedBySource],
      },
    });
    expect(deleteRow).toMatchObject({ entity_id: String(source.id), action: 'delete' });
    expect(JSON.parse(deleteRow!.before_json!)).toMatchObject({ name: '招联金融', notes: '周一至周五受理减免申请' });
    expect(JSON.parse(deleteRow!.after_json!)).toEqual({ mergedInto: { id: target.id, name: '招联消费金融' } });
  });

  it('keeps a source without notes or contacts from blanking the target', async () => {
    const source = await create({ name: '空白平台' });
    const target = await create({ name: '完整平台', email: 'a@b.example', notes: '原备注' });
    const merged = await core.call('lenders.merge', { sourceId: source.id, targetId: target.id });
    expect(merged).toMatchObject({ email: 'a@b.example', notes: '原备注', aliases: ['空白平台'] });
  });

  it('refuses to merge a lender into itself or into a missing one, writing nothing', async () => {
    const { source } = await setUp();
    const before = hash();
    const self = await core.fail('lenders.merge', { sourceId: source.id, targetId: source.id });
    expect(self).toEqual({ code: 'VALIDATION', message: zh.lenders.errors.mergeSelf, fields: { targetId: zh.lenders.errors.mergeSelf } });
    expect((await core.fail('lenders.merge', { sourceId: source.id, targetId: 999 })).code).toBe('NOT_FOUND');
    expect((await core.fail('lenders.merge', { sourceId: 999, targetId: source.id })).code).toBe('NOT_FOUND');
    expect(hash()).toBe(before);
  });
});

describe('suggest', () => {
  beforeEach(async () => {
    await create({ name: '招商银行信用卡中心', aliases: ['招行', '掌上生活'], type: 'bank' });
    await create({ name: '招联消费金融', aliases: ['好期贷'], type: 'consumer_finance' });
    await create({ name: '中国银行', type: 'bank' });
    await create({ name: '星河借款', aliases: ['招财猫借款'], type: 'online_platform' });
  });

  it('finds by pinyin initials and by full pinyin, from the start', async () => {
    expect(await suggest('zsyh')).toEqual([{ id: 1, name: '招商银行信用卡中心', type: 'bank', matchedAlias: null }]);
    expect((await suggest('ZhaoShang')).map((s) => s.name)).toEqual(['招商银行信用卡中心']);
    expect((await suggest('zgyh')).map((s) => s.name)).toEqual(['中国银行']);
    // Initials match from the start only: yh is inside 招商银行's initials, not at their start.
    expect(await suggest('yhxyk')).toEqual([]);
  });

  it('finds by an alias and says which alias matched', async () => {
    expect(await suggest('掌上')).toEqual([{ id: 1, name: '招商银行信用卡中心', type: 'bank', matchedAlias: '掌上生活' }]);
    expect(await suggest('hqd')).toEqual([{ id: 2, name: '招联消费金融', type: 'consumer_finance', matchedAlias: '好期贷' }]);
  });

  it('puts exact and prefix matches before matches inside a name, each lender once', async () => {
    // 招商… and 招联… start with 招; 星河借款 only has it inside its alias 招财猫借款, which also starts with 招.
    const all = await suggest('招');
    expect(all.map((s) => s.name)).toEqual(['招联消费金融', '招商银行信用卡中心', '星河借款']);
    expect(all[2]!.matchedAlias).toBe('招财猫借款');
    // An exact alias beats a name that only contains the text.
    await create({ name: '好借平台' });
    await create({ name: '新好借', aliases: [] });
    expect((await suggest('好借')).map((s) => s.name)).toEqual(['好借平台', '新好借']);
    // A name starting with the text comes before one that only contains it, whatever the pinyin order.
    await create({ name: '安心借款' });
    await create({ name: '借款宝' });
    expect((await suggest('借款')).map((s) => s.name)).toEqual(['借款宝', '安心借款', '星河借款']);
    expect((await suggest('银行')).map((s) => s.name)).toEqual(['招商银行信用卡中心', '中国银行']);
    expect(await suggest('银行', 1)).toHaveLength(1);
  });

  it('offers the first lenders by pinyin when nothing is typed, and nothing for a stranger', async () => {
    expect((await suggest('')).map((s) => s.name)).toEqual(['星河借款', '招联消费金融', '招商银行信用卡中心', '中国银行']);
    expect(await suggest('不存在')).toEqual([]);
    expect(await suggest('%')).toEqual([]);
  });
});

describe('list', () => {
  async function setUp() {
    const bank = await create({ name: '中国银行', type: 'bank', phones: ['95566'] });
    const cf = await create({ name: '安达消费金融', aliases: ['安达App'], type: 'consumer_finance' });
    const agency = await create({ name: '鼎盛资产管理', type: 'collection_agency', phones: ['400-123-4567'] });
    const idle = await create({ name: '白云借款', type: 'online_platform' });
    const [a, b] = [await client('甲'), await client('乙')];
    addDebt(a, bank.id, 100_00);
    addDebt(a, bank.id, 200_00, agency.id);
    addDebt(b, cf.id, 1_000_00, agency.id, 1_00);
    // Lender and collector the same: counted once.
    addDebt(b, agency.id, 5_00, agency.id);
    return { bank, cf, agency, idle };
  }

  it('sorts by pinyin and figures the cases, debts and outstanding of each lender, as lender or collector', async () => {
    const { agency } = await setUp();
    const r = await list();
    expect(r).toMatchObject({ total: 4, page: 1, pageSize: 50 });
    expect(names(r)).toEqual(['安达消费金融', '白云借款', '鼎盛资产管理', '中国银行']);
    expect(r.items.map((l) => [l.caseCount, l.debtCount, l.outstanding])).toEqual([
      [1, 1, [{ currency: 'CNY', amountMinor: 1_001_00 }]],
      [0, 0, []],
      [2, 3, [{ currency: 'CNY', amountMinor: 200_00 + 1_001_00 + 5_00 }]],
      [1, 2, [{ currency: 'CNY', amountMinor: 300_00 }]],
    ]);
    expect(r.items[2]).toMatchObject({ id: agency.id, aliases: [], phones: ['400-123-4567'], type: 'collection_agency', isDemo: false });
    expect(names(await list({ order: 'desc' }))).toEqual(['中国银行', '鼎盛资产管理', '白云借款', '安达消费金融']);
  });

  it('sorts by case count and by outstanding, and pages', async () => {
    await setUp();
    expect(names(await list({ sort: 'outstanding', order: 'desc' }))).toEqual(['鼎盛资产管理', '安达消费金融', '中国银行', '白云借款']);
    expect(names(await list({ sort: 'caseCount', order: 'desc' }))).toEqual(['鼎盛资产管理', '安达消费金融', '中国银行', '白云借款']);
    expect(names(await list({ sort: 'caseCount', order: 'asc' }))).toEqual(['白云借款', '安达消费金融', '中国银行', '鼎盛资产管理']);
    const page2 = await list({ sort: 'outstanding', order: 'desc', page: 2, pageSize: 3 });
    expect([page2.total, names(page2)]).toEqual([4, ['白云借款']]);
    const byName2 = await list({ page: 2, pageSize: 3 });
    expect([byName2.total, names(byName2)]).toEqual([4, ['中国银行']]);
  });

  it('shows new debts at once in a list sorted by figures', async () => {
    const { idle } = await setUp();
    expect(names(await list({ sort: 'outstanding', order: 'desc' }))[0]).toBe('鼎盛资产管理');
    expect((await list()).items.find((l) => l.id === idle.id)?.outstanding).toEqual([]);
    addDebt(await client('丙'), idle.id, 9_000_00);
    expect(names(await list({ sort: 'outstanding', order: 'desc' }))[0]).toBe('白云借款');
    expect((await list()).items.find((l) => l.id === idle.id)?.outstanding).toEqual([{ currency: 'CNY', amountMinor: 9_000_00 }]);
    addDebt(await client('丁'), idle.id, 1_00);
    expect((await list()).items.find((l) => l.id === idle.id)?.outstanding).toEqual([{ currency: 'CNY', amountMinor: 9_001_00 }]);
  });

  it('shows debts another connection committed (a job worker’s import) in a list sorted by figures', async () => {
    const { idle } = await setUp();
    const clientId = await client('戊');
    // Read (and kept) after this connection's last write: only the other connection changes the data now.
    expect(names(await list({ sort: 'outstanding', order: 'desc' }))[0]).toBe('鼎盛资产管理');
    const other = openDatabase(core.file, TEST_KEY);
    try {
      const at = '2025-03-01T00:00:00.000Z';
      const info = other
        .prepare(`INSERT INTO debts (client_id, lender_id, product_type, principal_fen, created_at, updated_at) VALUES (?, ?, 'online_loan', 900000, ?, ?)`)
        .run(clientId, idle.id, at, at);
      openFromStoredAmounts(other, Number(info.lastInsertRowid), new Date(at));
    } finally {
      other.close();
    }
    expect(names(await list({ sort: 'outstanding', order: 'desc' }))[0]).toBe('白云借款');
  });

  it('searches names, aliases, pinyin, initials and phone digits, and filters by type', async () => {
    await setUp();
    expect(names(await list({ q: '银行' }))).toEqual(['中国银行']);
    expect(names(await list({ q: 'app' }))).toEqual(['安达消费金融']);
    expect(names(await list({ q: 'dszc' }))).toEqual(['鼎盛资产管理']);
    expect(names(await list({ q: 'anda' }))).toEqual(['安达消费金融']);
    expect(names(await list({ q: '1234' }))).toEqual(['鼎盛资产管理']);
    expect(names(await list({ q: '95566' }))).toEqual(['中国银行']);
    expect(names(await list({ type: 'bank' }))).toEqual(['中国银行']);
    expect(names(await list({ q: 'a', type: 'consumer_finance' }))).toEqual(['安达消费金融']);
    expect(names(await list({ q: 'a', type: 'consumer_finance', sort: 'outstanding' }))).toEqual(['安达消费金融']);
    const none = await list({ q: '不存在' });
    expect([none.total, none.items]).toEqual([0, []]);
  });
});
