import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../../../shared/contract';
import { catalogs } from '../../../../../shared/i18n';
import type { ClientDetail, ClientSummary } from '../../../../../shared/schemas/clients';
import { LATEST_SCHEMA_VERSION } from '../../../../../electron/main/db/migrations';
import { auditLog, dbContentHash, type TestCore } from '../../../helpers/core';
import { openCorePerTest } from '../../../helpers/case';

interface ListResult {
  items: ClientSummary[];
  total: number;
  page: number;
  pageSize: number;
}

const ID_A = '11010519491231002X';
const ID_B = '110101199003071233';
const ID_C = '32031119770615053X';

let core: TestCore;
const reopen = openCorePerTest((c) => (core = c));

const create = (input: ChannelInput<'clients.create'>) => core.call('clients.create', input);
const list = (input: ChannelInput<'clients.list'> = {}) => core.call('clients.list', input);
const names = (r: ListResult) => r.items.map((c) => c.name);
const auditRows = () => auditLog(core.db);

describe('create and get', () => {
  it('creates a client with a case number and masked ID', async () => {
    const c = await create({ name: ' 张三丰 ', phone: '139-1234-5678', idNumber: '11010519491231002x', gender: 'male', email: 'zsf@example.com' });
    // Spelled out on purpose: the empty fields repeat clients/handlers.ts's defaults, so a
    // changed default fails here instead of being read back from the code under test.
    expect(c).toEqual({
      id: 1,
      caseRef: 'P-2025-00001',
      name: '张三丰',
      phone: '13912345678',
      idNumberMasked: '1101**********002X',
      idType: 'prc_resident',
      region: 'cn',
      status: 'intake',
      archived: false,
      createdAt: expect.stringMatching(/^2025-03-15T09:00:\d\d\.000Z$/),
      updatedAt: c.createdAt,
      gender: 'male',
      email: 'zsf@example.com',
      address: null,
      notes: null,
      rev: 1,
      isDemo: false,
      disposableFen: null,
      householdAdults: null,
      householdDependants: null,
      employmentStatus: null,
      employer: null,
      occupation: null,
      hardshipReason: null,
      hardshipSince: null,
      hardshipDetails: null,
      consentDate: null,
      consentScope: null,
      consentRecordedBy: null,
      closureReason: null,
      assignedCounsellor: null,
    });
    expect(JSON.stringify(c)).not.toContain(ID_A);
    expect(await core.call('clients.get', { id: c.id })).toEqual(c);
  });

  it('numbers cases in order', async () => {
    const a = await create({ name: '甲' });
    const b = await create({ name: '乙' });
    expect([a.caseRef, b.caseRef]).toEqual(['P-2025-00001', 'P-2025-00002']);
  });

  it('keeps rare characters intact', async () => {
    for (const name of ['王堃', '陈喆', '林燚', '刘䶮', '𠮷野家', '买买提·艾力']) {
      const c = await create({ name });
      expect((await core.call('clients.get', { id: c.id })).name).toBe(name);
    }
  });

  it('answers NOT_FOUND for a missing client', async () => {
    expect(await core.fail('clients.get', { id: 999 })).toEqual({ code: 'NOT_FOUND', message: catalogs['zh-CN'].errors.NOT_FOUND });
  });
});

describe('update', () => {
  it('changes the patched fields only and bumps rev and updatedAt', async () => {
    const c = await create({ name: '张三', phone: '13800138000', address: '北京', idNumber: ID_A });
    const u = await core.call('clients.update', { id: c.id, rev: 1, patch: { status: 'negotiating', phone: '', notes: '已联系' } });
    expect(u).toEqual({ ...c, status: 'negotiating', phone: null, notes: '已联系', rev: 2, updatedAt: u.updatedAt });
    expect(u.updatedAt > c.updatedAt).toBe(true);
    expect(await core.call('clients.get', { id: c.id })).toEqual(u);
  });

  it('re-indexes the name for search', async () => {
    const c = await create({ name: '张三' });
    await core.call('clients.update', { id: c.id, rev: 1, patch: { name: '李四' } });
    expect(names(await list({ q: 'ls' }))).toEqual(['李四']);
    expect((await list({ q: 'zs' })).total).toBe(0);
  });

  it('lets a client keep its own ID number', async () => {
    const c = await create({ name: '张三', idNumber: ID_A });
    const u = await core.call('clients.update', { id: c.id, rev: 1, patch: { idNumber: ID_A.toLowerCase() } });
    expect(u.rev).toBe(2);
  });

  it('refuses a stale rev with CONFLICT', async () => {
    const c = await create({ name: '张三' });
    await core.call('clients.update', { id: c.id, rev: 1, patch: { notes: 'first' } });
    const err = await core.fail('clients.update', { id: c.id, rev: 1, patch: { notes: 'second' } });
    expect(err).toEqual({ code: 'CONFLICT', message: catalogs['zh-CN'].clients.conflict });
    expect((await core.call('clients.get', { id: c.id })).notes).toBe('first');
  });
});

describe('duplicate ID numbers', () => {
  it('refuses a second client with the same ID number, naming the first case', async () => {
    const first = await create({ name: '张三', idNumber: ID_A });
    await core.call('settings.update', { language: 'en' });
    const err = await core.fail('clients.create', { name: '张三三', idNumber: ID_A.toLowerCase() });
    const text = catalogs.en.validation.idNumberTaken.replace('{{caseRef}}', first.caseRef);
    expect(text).toContain('P-2025-00001');
    expect(err).toEqual({ code: 'CONFLICT', message: text, fields: { idNumber: text } });
  });

  it('refuses an update to an ID number another client has', async () => {
    const first = await create({ name: '张三', idNumber: ID_A });
    const second = await create({ name: '李四', idNumber: ID_B });
    const err = await core.fail('clients.update', { id: second.id, rev: 1, patch: { idNumber: ID_A } });
    expect(err.code).toBe('CONFLICT');
    expect(Object.keys(err.fields ?? {})).toEqual(['idNumber']);
    expect(err.fields!.idNumber).toContain(first.caseRef);
  });

  it('allows many clients without an ID number', async () => {
    await create({ name: '甲' });
    await create({ name: '乙', idNumber: '' });
    expect((await list()).total).toBe(2);
  });
});

describe('archive, unarchive and reveal', () => {
  it('archives and unarchives', async () => {
    const c = await create({ name: '张三' });
    const a = await core.call('clients.archive', { id: c.id });
    expect(a).toMatchObject({ archived: true, rev: 2 });
    const u = await core.call('clients.unarchive', { id: c.id });
    expect(u).toMatchObject({ archived: false, rev: 3 });
  });

  it('archiving twice changes nothing the second time', async () => {
    const c = await create({ name: '张三' });
    const a = await core.call('clients.archive', { id: c.id });
    const before = dbContentHash(core.db);
    expect(await core.call('clients.archive', { id: c.id })).toEqual(a);
    expect(dbContentHash(core.db)).toBe(before);
  });

  it('reveals the full ID number', async () => {
    const c = await create({ name: '张三', idNumber: '11010519491231002x' });
    expect(await core.call('clients.revealIdNumber', { id: c.id })).toEqual({ idNumber: ID_A });
    const none = await create({ name: '李四' });
    expect(await core.call('clients.revealIdNumber', { id: none.id })).toEqual({ idNumber: null });
  });
});

describe('list', () => {
  async function seed() {
    const made: ClientDetail[] = [];
    for (const input of [
      { name: '张三', phone: '13800138000', idNumber: ID_A },
      { name: '白雪', phone: '13912345678', status: 'assessment' },
      { name: '安娜', phone: '+852 9123 4567', status: 'assessment' },
      { name: '张三丰', phone: '010-6552 9988' },
      { name: 'Mary Smith', status: 'closed', closureReason: 'settled' },
      { name: '李四', idNumber: ID_B },
      { name: '欧阳娜娜', phone: '15012345678', idNumber: ID_C, status: 'negotiating' },
    ] satisfies ChannelInput<'clients.create'>[]) {
      made.push(await create(input));
    }
    return made;
  }

  it('pages through all clients with the total on every page', async () => {
    const made = await seed();
    const pages = [1, 2, 3].map((page) => list({ page, pageSize: 3 }));
    const [p1, p2, p3] = await Promise.all(pages);
    expect([p1!.items.length, p2!.items.length, p3!.items.length]).toEqual([3, 3, 1]);
    for (const p of [p1!, p2!, p3!]) expect(p).toMatchObject({ total: 7, pageSize: 3 });
    expect([p1!.page, p2!.page, p3!.page]).toEqual([1, 2, 3]);
    const ids = [p1!, p2!, p3!].flatMap((p) => p.items.map((c) => c.id));
    expect(ids.sort((a, b) => a - b)).toEqual(made.map((c) => c.id));
    expect(await list({ page: 4, pageSize: 3 })).toEqual({ items: [], total: 7, page: 4, pageSize: 3 });
    expect((await list({ pageSize: 200 })).items).toHaveLength(7);
  });

  it('shows masked ID numbers only', async () => {
    await seed();
    const text = JSON.stringify(await list());
    for (const id of [ID_A, ID_B, ID_C]) expect(text).not.toContain(id);
    expect(text).toContain('1101**********002X');
  });

  it('sorts by name in pinyin order', async () => {
    await seed();
    const asc = names(await list({ sort: 'name', order: 'asc' }));
    expect(asc).toEqual(['安娜', '白雪', '李四', 'Mary Smith', '欧阳娜娜', '张三', '张三丰']);
    expect(names(await list({ sort: 'name', order: 'desc' }))).toEqual([...asc].reverse());
  });

  it('sorts by case number and creation time', async () => {
    const made = await seed();
    expect((await list({ sort: 'caseRef', order: 'asc' })).items.map((c) => c.id)).toEqual(made.map((c) => c.id));
    expect((await list({ sort: 'createdAt', order: 'desc' })).items.map((c) => c.id)).toEqual(made.map((c) => c.id).reverse());
  });

  it('sorts by status in the order a case moves through, not alphabetically', async () => {
    await seed();
    const statuses = (await list({ sort: 'status', order: 'asc', pageSize: 200 })).items.map((c) => c.status);
    expect([...new Set(statuses)]).toEqual(['intake', 'assessment', 'negotiating', 'closed']);
    const desc = (await list({ sort: 'status', order: 'desc', pageSize: 200 })).items.map((c) => c.status);
    expect([...new Set(desc)]).toEqual(['closed', 'negotiating', 'assessment', 'intake']);
  });

  it('puts the most recently changed first by default', async () => {
    const made = await seed();
    await core.call('clients.update', { id: made[0]!.id, rev: 1, patch: { notes: 'called' } });
    expect((await list()).items[0]!.id).toBe(made[0]!.id);
  });

  it('filters by status', async () => {
    await seed();
    const r = await list({ status: 'assessment', sort: 'name', order: 'asc' });
    expect(names(r)).toEqual(['安娜', '白雪']);
    expect(r.total).toBe(2);
    expect((await list({ status: 'plan_active' })).total).toBe(0);
  });

  it('keeps archived clients apart', async () => {
    const made = await seed();
    await core.call('clients.archive', { id: made[1]!.id });
    const active = await list();
    expect(active.total).toBe(6);
    expect(names(active)).not.toContain('白雪');
    const archived = await list({ archived: true });
    expect(names(archived)).toEqual(['白雪']);
    expect(archived.items[0]!.archived).toBe(true);
    expect(names(await list({ q: '白' }))).toEqual([]);
    expect(names(await list({ q: '白', archived: true }))).toEqual(['白雪']);
  });

  it.each([
    ['a Chinese fragment', '三丰', ['张三丰']],
    ['a surname', '张', ['张三', '张三丰']],
    ['a compound surname', '欧阳', ['欧阳娜娜']],
    ['pinyin initials', 'zs', ['张三', '张三丰']],
    ['longer initials', 'zsf', ['张三丰']],
    ['initials in capitals', 'ZS', ['张三', '张三丰']],
    ['full pinyin', 'zhangsan', ['张三', '张三丰']],
    ['full pinyin with spaces', 'zhang san feng', ['张三丰']],
    ['a pinyin prefix', 'ouyang', ['欧阳娜娜']],
    ['a Latin name in any case', 'mary', ['Mary Smith']],
    ['a phone fragment', '0013', ['张三']],
    ['a phone fragment with a space', '139 1234', ['白雪']],
    ['a Hong Kong number with its code', '+852 9123', ['安娜']],
    ['a landline fragment', '6552-9988', ['张三丰']],
    ['a full case number', 'P-2025-00006', ['李四']],
    ['a lower-case case number', 'p-2025-00002', ['白雪']],
    ['nothing', 'xyz', []],
    ['a LIKE wildcard %', '%', []],
    ['a LIKE wildcard _', '_', []],
  ])('searches by %s', async (_, q, expected) => {
    await seed();
    const r = await list({ q, sort: 'name', order: 'asc' });
    expect(names(r)).toEqual(expected);
    expect(r.total).toBe(expected.length);
  });

  it('finds names with ü and with surname readings by their usual pinyin', async () => {
    await create({ name: '吕布' });
    await create({ name: '曾志伟' });
    await create({ name: '单雄信' });
    await create({ name: 'José Núñez' });
    expect(names(await list({ q: 'lvbu' }))).toEqual(['吕布']);
    expect(names(await list({ q: 'zzw' }))).toEqual(['曾志伟']);
    expect(names(await list({ q: 'zeng' }))).toEqual(['曾志伟']);
    expect(names(await list({ q: 'shanxiong' }))).toEqual(['单雄信']);
    expect(names(await list({ q: 'jose' }))).toEqual(['José Núñez']);
    expect(names(await list({ sort: 'name', order: 'asc' }))).toEqual(['José Núñez', '吕布', '单雄信', '曾志伟']);
  });

  it('does not search by the ID number', async () => {
    await seed();
    expect((await list({ q: ID_A.slice(6, 14) })).total).toBe(0);
  });

  it('treats a blank search as no search', async () => {
    await seed();
    expect((await list({ q: '   ' })).total).toBe(7);
  });

  it('combines search, status and paging', async () => {
    await seed();
    const r = await list({ q: 'zs', status: 'intake', sort: 'name', order: 'asc', pageSize: 1, page: 2 });
    expect(r).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(names(r)).toEqual(['张三丰']);
  });

  it('refuses a page size over 200', async () => {
    expect(await core.fail('clients.list', { pageSize: 201 })).toMatchObject({ code: 'VALIDATION', fields: { pageSize: expect.any(String) } });
  });
});

describe('audit log', () => {
  it('writes exactly one row per change, with actor, entity, action, before and after', async () => {
    const rows = () => auditRows();
    const last = () => rows().at(-1)!;
    const parse = (s: string | null) => (s === null ? null : JSON.parse(s));

    let n = rows().length;
    const expectOneMore = () => {
      expect(rows().length).toBe(n + 1);
      n += 1;
      return last();
    };

    await core.call('settings.update', { counsellorName: '王社工' });
    const s = expectOneMore();
    expect(s).toMatchObject({ actor: 'counsellor', entity: 'settings', entity_id: null, action: 'settings' });
    expect(parse(s.after_json)).toMatchObject({ counsellorName: '王社工' });

    const c = await create({ name: '张三', phone: '13800138000', idNumber: ID_A });
    const r1 = expectOneMore();
    expect(r1).toMatchObject({ actor: '王社工', entity: 'client', entity_id: String(c.id), action: 'create', before_json: null });
    expect(parse(r1.after_json)).toMatchObject({ name: '张三', phone: '13800138000', status: 'intake' });

    await core.call('clients.update', { id: c.id, rev: 1, patch: { status: 'assessment', idNumber: ID_B } });
    const r2 = expectOneMore();
    expect(r2).toMatchObject({ actor: '王社工', entity: 'client', entity_id: String(c.id), action: 'update' });
    expect(parse(r2.before_json)).toMatchObject({ status: 'intake', name: '张三' });
    expect(parse(r2.after_json)).toMatchObject({ status: 'assessment', name: '张三' });
    expect(parse(r2.before_json).idNumber).not.toBe(parse(r2.after_json).idNumber);

    await core.call('clients.archive', { id: c.id });
    expect(expectOneMore()).toMatchObject({ entity: 'client', entity_id: String(c.id), action: 'archive' });

    await core.call('clients.unarchive', { id: c.id });
    expect(expectOneMore()).toMatchObject({ entity: 'client', entity_id: String(c.id), action: 'unarchive' });

    await core.call('clients.revealIdNumber', { id: c.id });
    expect(expectOneMore()).toMatchObject({ actor: '王社工', entity: 'client', entity_id: String(c.id), action: 'reveal' });

    // Reads leave no trace.
    await core.call('clients.get', { id: c.id });
    await list({ q: 'zs' });
    await core.call('settings.get');
    await core.call('app.info');
    expect(rows().length).toBe(n);

    for (const r of rows()) expect(r.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('never holds a full ID number', async () => {
    const c = await create({ name: '张三', idNumber: ID_A });
    await core.call('clients.update', { id: c.id, rev: 1, patch: { idNumber: ID_B } });
    await core.call('clients.update', { id: c.id, rev: 2, patch: { idNumber: null } });
    await core.call('clients.update', { id: c.id, rev: 3, patch: { idNumber: ID_C } });
    await core.call('clients.revealIdNumber', { id: c.id });
    const text = JSON.stringify(auditRows());
    expect(auditRows()).toHaveLength(5);
    for (const id of [ID_A, ID_B, ID_C]) {
      expect(text).not.toContain(id);
      expect(text).not.toContain(id.slice(0, 17));
      expect(text).not.toContain(id.slice(6, 14)); // the birth date
    }
  });
});

describe('rejected calls change nothing', () => {
  it.each([
    ['an invalid create', 'clients.create', () => ({ name: '王五', phone: '123' }), 'VALIDATION'],
    ['a create with an unknown key', 'clients.create', () => ({ name: '王五', rev: 3 }), 'VALIDATION'],
    ['an invalid update', 'clients.update', (ids: number[]) => ({ id: ids[0], rev: 1, patch: { idNumber: '110105194912310021' } }), 'VALIDATION'],
    ['an update with a stale rev', 'clients.update', (ids: number[]) => ({ id: ids[0], rev: 7, patch: { notes: 'x' } }), 'CONFLICT'],
    ['a create with a taken ID number', 'clients.create', () => ({ name: '王五', idNumber: ID_A }), 'CONFLICT'],
    ['an update to a taken ID number', 'clients.update', (ids: number[]) => ({ id: ids[1], rev: 1, patch: { name: '改名', idNumber: ID_A } }), 'CONFLICT'],
    ['an update of a missing client', 'clients.update', () => ({ id: 999, rev: 1, patch: { notes: 'x' } }), 'NOT_FOUND'],
    ['archiving a missing client', 'clients.archive', () => ({ id: 999 }), 'NOT_FOUND'],
    ['unarchiving a missing client', 'clients.unarchive', () => ({ id: 999 }), 'NOT_FOUND'],
    ['revealing a missing client', 'clients.revealIdNumber', () => ({ id: 999 }), 'NOT_FOUND'],
    ['an invalid settings update', 'settings.update', () => ({ language: 'fr' }), 'VALIDATION'],
    ['an unknown channel', 'clients.delete', (ids: number[]) => ({ id: ids[0] }), 'UNKNOWN_CHANNEL'],
  ] as const)('%s', async (_, channel, input, code) => {
    const a = await create({ name: '张三', idNumber: ID_A, phone: '13800138000' });
    const b = await create({ name: '李四', idNumber: ID_B });
    const before = dbContentHash(core.db);
    const auditBefore = auditRows().length;
    const err = await core.failRaw(channel, input([a.id, b.id]));
    expect(err.code).toBe(code);
    expect(dbContentHash(core.db)).toBe(before);
    expect(auditRows().length).toBe(auditBefore);
  });

  it('the content hash does see a change', async () => {
    const c = await create({ name: '张三' });
    const before = dbContentHash(core.db);
    await core.call('clients.update', { id: c.id, rev: 1, patch: { notes: 'x' } });
    expect(dbContentHash(core.db)).not.toBe(before);
  });
});

describe('persistence', () => {
  it('keeps everything across closing and reopening', async () => {
    const a = await create({ name: '张三', phone: '13800138000', idNumber: ID_A });
    const b = await create({ name: '李四' });
    await core.call('clients.update', { id: a.id, rev: 1, patch: { status: 'plan_active', notes: '分期' } });
    await core.call('clients.archive', { id: b.id });
    await core.call('settings.update', { language: 'en', counsellorName: '王社工' });
    const detailA = await core.call('clients.get', { id: a.id });
    const hash = dbContentHash(core.db);
    reopen();
    expect(core.migration).toEqual({ from: LATEST_SCHEMA_VERSION, to: LATEST_SCHEMA_VERSION, backupFile: null });
    expect(dbContentHash(core.db)).toBe(hash);
    expect(await core.call('clients.get', { id: a.id })).toEqual(detailA);
    expect(await core.call('clients.revealIdNumber', { id: a.id })).toEqual({ idNumber: ID_A });
    expect(names(await list({ archived: true }))).toEqual(['李四']);
    expect(await core.call('settings.get')).toMatchObject({ language: 'en', counsellorName: '王社工' });
    expect((await core.fail('clients.get', { id: 999 })).message).toBe(catalogs.en.errors.NOT_FOUND);
    // Case numbers continue after the last one.
    expect((await create({ name: '王五' })).caseRef).toBe('P-2025-00003');
  });
});
