import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../../../shared/contract';
import { auditLog, dbContentHash, tickingClock, type TestCore } from '../../../helpers/core';
import { openCorePerTest } from '../../../helpers/case';

// The test clock reads 2025-03-15 09:00 UTC (17:00 in Shanghai, the default time zone).


let core: TestCore;
const reopen = openCorePerTest((c) => (core = c));

type LineIn = ChannelInput<'statements.create'>['lines'][number];
type Category = LineIn['category'];
type Frequency = NonNullable<LineIn['frequency']>;

const income = (amountFen: number, frequency: Frequency = 'monthly', category: Category = 'salary'): LineIn => ({ kind: 'income', category, amountFen, frequency });
const expense = (category: Category, amountFen: number, frequency: Frequency = 'monthly'): LineIn => ({ kind: 'expense', category, amountFen, frequency });
const asset = (category: Category, amountFen: number): LineIn => ({ kind: 'asset', category, amountFen });

async function newClient(name = '李四'): Promise<number> {
  return (await core.call('clients.create', { name })).id;
}

const create = (clientId: number, statementDate: string, lines: LineIn[], extra: Partial<ChannelInput<'statements.create'>> = {}) =>
  core.call('statements.create', { clientId, statementDate, lines, ...extra });
const latest = (clientId: number) => core.call('statements.latest', { clientId });
const list = (clientId: number) => core.call('statements.list', { clientId });
const disposableOf = async (clientId: number) => (await core.call('clients.get', { id: clientId })).disposableFen;
const auditRows = () => auditLog(core.db, 'statement');
const rowCount = (table: string) => (core.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('create', () => {
  it('stores the lines with their monthly amounts and the totals, and returns them', async () => {
    const id = await newClient();
    const s = await create(
      id,
      '2025-03-10',
      [
        { ...income(120_000, 'weekly'), label: '快递站', note: '近三个月工资条' },
        expense('rent_mortgage', 180_000),
        expense('insurance', 240_000, 'yearly'),
        expense('food', 30_000, 'weekly'),
        asset('savings', 500_000),
      ],
      { notes: '客户提供了工资条' },
    );
    expect(s).toMatchObject({
      clientId: id,
      statementDate: '2025-03-10',
      notes: '客户提供了工资条',
      rev: 1,
      totals: {
        incomeMonthlyFen: 520_000,
        fixedMonthlyFen: 200_000,
        variableMonthlyFen: 130_000,
        expenseMonthlyFen: 330_000,
        disposableMonthlyFen: 190_000,
        assetsFen: 500_000,
      },
    });
    expect(s.lines.map((l) => [l.category, l.group, l.amountFen, l.frequency, l.monthlyFen, l.label, l.note, l.outOfRange])).toEqual([
      ['salary', null, 120_000, 'weekly', 520_000, '快递站', '近三个月工资条', null],
      ['rent_mortgage', 'fixed', 180_000, 'monthly', 180_000, null, null, null],
      ['insurance', 'fixed', 240_000, 'yearly', 20_000, null, null, null],
      ['food', 'variable', 30_000, 'weekly', 130_000, null, null, null],
      ['savings', null, 500_000, 'monthly', 500_000, null, null, null],
    ]);
    const stored = core.db.prepare('SELECT position, category, monthly_fen FROM statement_lines WHERE statement_id = ? ORDER BY position').all(s.id);
    expect(stored).toEqual([
      { position: 0, category: 'salary', monthly_fen: 520_000 },
      { position: 1, category: 'rent_mortgage', monthly_fen: 180_000 },
      { position: 2, category: 'insurance', monthly_fen: 20_000 },
      { position: 3, category: 'food', monthly_fen: 130_000 },
      { position: 4, category: 'savings', monthly_fen: 500_000 },
    ]);
    expect(core.db.prepare('SELECT income_monthly_fen, fixed_monthly_fen, variable_monthly_fen, disposable_monthly_fen, assets_fen FROM statements').get()).toEqual({
      income_monthly_fen: 520_000,
      fixed_monthly_fen: 200_000,
      variable_monthly_fen: 130_000,
      disposable_monthly_fen: 190_000,
      assets_fen: 500_000,
    });
    expect(await core.call('statements.get', { id: s.id })).toEqual(s);
    expect(await disposableOf(id)).toBe(190_000);
  });

  it('keeps the older statements: a new one is added, never written over', async () => {
    const id = await newClient();
    const first = await create(id, '2025-01-05', [income(300_000), expense('rent_mortgage', 100_000)]);
    const second = await create(id, '2025-03-01', [income(250_000), expense('rent_mortgage', 100_000)]);
    expect(second.id).not.toBe(first.id);
    expect(await core.call('statements.get', { id: first.id })).toEqual(first);
    expect((await list(id)).map((s) => [s.id, s.statementDate, s.totals.disposableMonthlyFen])).toEqual([
      [second.id, '2025-03-01', 150_000],
      [first.id, '2025-01-05', 200_000],
    ]);
    expect(rowCount('statements')).toBe(2);
  });

  it('accepts a statement dated today in the counsellor’s time zone, and an empty one', async () => {
    const id = await newClient();
    const s = await create(id, '2025-03-15', []);
    expect(s.totals.disposableMonthlyFen).toBe(0);
    expect(await disposableOf(id)).toBe(0);
  });
});

describe('latest and the client’s disposable income', () => {
  it('has no statement and no disposable income before the first', async () => {
    const id = await newClient();
    expect(await latest(id)).toBeNull();
    expect(await list(id)).toEqual([]);
    expect(await disposableOf(id)).toBeNull();
  });

  it('uses the statement with the latest date, not the one entered last', async () => {
    const id = await newClient();
    const march = await create(id, '2025-03-01', [income(400_000)]);
    await create(id, '2025-02-01', [income(100_000)]); // entered later, dated earlier
    expect((await latest(id))?.id).toBe(march.id);
    expect(await disposableOf(id)).toBe(400_000);
  });

  it('on the same date, uses the one entered last', async () => {
    const id = await newClient();
    await create(id, '2025-03-01', [income(400_000)]);
    const again = await create(id, '2025-03-01', [income(350_000)]);
    expect((await latest(id))?.id).toBe(again.id);
    expect(await disposableOf(id)).toBe(350_000);
    expect((await list(id))[0]!.id).toBe(again.id);
  });

  it('follows the latest when an older statement is corrected, and when a correction changes which is latest', async () => {
    const id = await newClient();
    const jan = await create(id, '2025-01-10', [income(200_000)]);
    const feb = await create(id, '2025-02-10', [income(300_000)]);
    expect(await disposableOf(id)).toBe(300_000);

    // Correcting January does not change what the case uses…
    await core.call('statements.update', { id: jan.id, rev: 1, statementDate: '2025-01-10', lines: [income(210_000)] });
    expect(await disposableOf(id)).toBe(300_000);

    // …until its new date makes it the latest.
    await core.call('statements.update', { id: jan.id, rev: 2, statementDate: '2025-03-01', lines: [income(210_000), expense('food', 10_000)] });
    expect((await latest(id))?.id).toBe(jan.id);
    expect(await disposableOf(id)).toBe(200_000);

    // And moving it back hands the place to February again.
    await core.call('statements.update', { id: jan.id, rev: 3, statementDate: '2025-01-10', lines: [income(210_000)] });
    expect((await latest(id))?.id).toBe(feb.id);
    expect(await disposableOf(id)).toBe(300_000);
  });

  it('does not touch other clients, nor the client’s own revision', async () => {
    const a = await newClient('甲');
    const b = await newClient('乙');
    await create(b, '2025-03-01', [income(1_000)]);
    await create(a, '2025-03-01', [expense('rent_mortgage', 50_000)]);
    expect(await disposableOf(a)).toBe(-50_000);
    expect(await disposableOf(b)).toBe(1_000);
    expect((await core.call('clients.get', { id: a })).rev).toBe(1);
  });

  it('answers NOT_FOUND for a client that does not exist', async () => {
    expect((await core.fail('statements.latest', { clientId: 999 })).code).toBe('NOT_FOUND');
    expect((await core.fail('statements.list', { clientId: 999 })).code).toBe('NOT_FOUND');
    expect((await core.fail('statements.get', { id: 999 })).code).toBe('NOT_FOUND');
  });
});

describe('update', () => {
  it('replaces the lines, recomputes the totals and bumps the revision', async () => {
    const id = await newClient();
    const s = await create(id, '2025-03-01', [income(300_000), expense('food', 50_000), expense('leisure', 20_000)]);
    const u = await core.call('statements.update', {
      id: s.id,
      rev: 1,
      statementDate: '2025-03-02',
      notes: '更正',
      lines: [income(300_000), expense('food', 12_000, 'weekly')],
    });
    expect(u).toMatchObject({ id: s.id, rev: 2, statementDate: '2025-03-02', notes: '更正', totals: { variableMonthlyFen: 52_000, disposableMonthlyFen: 248_000 } });
    expect(u.lines.map((l) => l.category)).toEqual(['salary', 'food']);
    expect(rowCount('statement_lines')).toBe(2);
    expect(await disposableOf(id)).toBe(248_000);
  });

  it('refuses a stale revision with CONFLICT and changes nothing', async () => {
    const id = await newClient();
    const s = await create(id, '2025-03-01', [income(300_000)]);
    await core.call('statements.update', { id: s.id, rev: 1, statementDate: '2025-03-01', lines: [income(310_000)] });
    const before = dbContentHash(core.db);
    const err = await core.fail('statements.update', { id: s.id, rev: 1, statementDate: '2025-03-01', lines: [income(1)] });
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toBe('这份收支表已被修改，请取消后重新打开再保存。');
    expect(dbContentHash(core.db)).toBe(before);
  });

  it('answers NOT_FOUND for a statement that does not exist', async () => {
    expect((await core.fail('statements.update', { id: 42, rev: 1, statementDate: '2025-03-01', lines: [] })).code).toBe('NOT_FOUND');
  });
});

describe('validation', () => {
  it('refuses a category that does not belong to the line’s kind, at that line', async () => {
    const id = await newClient();
    const err = await core.fail('statements.create', {
      clientId: id,
      statementDate: '2025-03-01',
      lines: [income(100_000), { kind: 'expense', category: 'salary', amountFen: 1 }, expense('food', 1), { kind: 'income', category: 'vehicle', amountFen: 1 }],
    });
    expect(err.code).toBe('VALIDATION');
    expect(err.fields).toEqual({ 'lines.1.category': '该类别不属于这一部分', 'lines.3.category': '该类别不属于这一部分' });
  });

  it('refuses a date after today in the counsellor’s time zone', async () => {
    const id = await newClient();
    const err = await core.fail('statements.create', { clientId: id, statementDate: '2025-03-16', lines: [] });
    expect(err.code).toBe('VALIDATION');
    expect(err.fields).toEqual({ statementDate: '日期不能晚于今天' });
  });

  it('counts today in the counsellor’s time zone, not in UTC', async () => {
    // 2025-03-15 17:00 UTC is already 2025-03-16 01:00 in Shanghai.
    reopen({ now: tickingClock('2025-03-15T17:00:00.000Z') });
    const id = await newClient();
    expect((await create(id, '2025-03-16', [])).statementDate).toBe('2025-03-16');
    await core.call('settings.update', { timeZone: 'UTC' });
    expect((await core.fail('statements.create', { clientId: id, statementDate: '2025-03-16', lines: [] })).fields).toEqual({ statementDate: '日期不能晚于今天' });
  });

  it('reports schema errors at the line and field', async () => {
    const id = await newClient();
    const err = await core.failRaw('statements.create', {
      clientId: id,
      statementDate: '2025-03-01',
      lines: [income(100_000), { kind: 'expense', category: 'food', amountFen: 12.5 }, { kind: 'expense', category: 'food', amountFen: -1, frequency: 'daily' }],
    });
    expect(err.code).toBe('VALIDATION');
    expect(Object.keys(err.fields ?? {}).sort()).toEqual(['lines.1.amountFen', 'lines.2.amountFen', 'lines.2.frequency']);
  });

  it('refuses amounts whose monthly figure would leave exact integers, at that line', async () => {
    const id = await newClient();
    const err = await core.fail('statements.create', {
      clientId: id,
      statementDate: '2025-03-01',
      lines: [income(100), expense('food', Number.MAX_SAFE_INTEGER, 'weekly')],
    });
    expect(err.code).toBe('VALIDATION');
    expect(err.fields).toEqual({ 'lines.1.amountFen': '金额过大' });
  });

  it('answers NOT_FOUND for a client that does not exist', async () => {
    expect((await core.fail('statements.create', { clientId: 77, statementDate: '2025-03-01', lines: [] })).code).toBe('NOT_FOUND');
  });

  it('leaves the database exactly as it was after any refused call', async () => {
    const id = await newClient();
    const s = await create(id, '2025-03-01', [income(300_000), expense('rent_mortgage', 100_000)]);
    const before = dbContentHash(core.db);
    const refused: [string, unknown][] = [
      ['statements.create', { clientId: id, statementDate: '2025-03-20', lines: [income(1)] }],
      ['statements.create', { clientId: id, statementDate: '2025-03-01', lines: [{ kind: 'asset', category: 'food', amountFen: 1 }] }],
      ['statements.create', { clientId: 999, statementDate: '2025-03-01', lines: [income(1)] }],
      ['statements.create', { clientId: id, statementDate: '2025-02-30', lines: [] }],
      ['statements.create', { clientId: id, statementDate: '2025-03-01', lines: [expense('food', Number.MAX_SAFE_INTEGER, 'weekly')] }],
      ['statements.update', { id: s.id, rev: 1, statementDate: '2025-03-01', lines: [{ kind: 'income', category: 'rent_mortgage', amountFen: 1 }] }],
      ['statements.update', { id: s.id, rev: 1, statementDate: '2026-01-01', lines: [] }],
      ['statements.update', { id: s.id, rev: 9, statementDate: '2025-03-01', lines: [] }],
    ];
    for (const [channel, input] of refused) {
      await core.failRaw(channel, input);
      expect(dbContentHash(core.db), `${channel} ${JSON.stringify(input)}`).toBe(before);
    }
  });
});

describe('reference ranges', () => {
  it('marks costs against the ranges as they are when read, so a changed range changes the marks', async () => {
    const id = await newClient();
    const s = await create(id, '2025-03-01', [income(500_000), expense('food', 40_000, 'weekly'), expense('leisure', 1_000), expense('rent_mortgage', 150_000)]);
    expect(s.lines.map((l) => l.outOfRange)).toEqual([null, null, null, null]);

    // food: ¥400 a week is ¥1,733.33 a month.
    await core.call('settings.update', { expenseRanges: { food: { minFen: 80_000, maxFen: 150_000 }, leisure: { minFen: 5_000, maxFen: null } } });
    expect((await latest(id))!.lines.map((l) => l.outOfRange)).toEqual([null, 'above', 'below', null]);

    await core.call('settings.update', { expenseRanges: { food: { minFen: null, maxFen: 200_000 } } });
    const again = await core.call('statements.get', { id: s.id });
    expect(again.lines.map((l) => l.outOfRange)).toEqual([null, null, null, null]);
    // The stored figures do not move with the ranges.
    expect(again.totals).toEqual(s.totals);
  });

  it('never marks income or assets', async () => {
    await core.call('settings.update', { expenseRanges: { food: { minFen: 0, maxFen: 1 } } });
    const id = await newClient();
    const s = await create(id, '2025-03-01', [income(500_000), asset('savings', 500_000), expense('food', 2)]);
    expect(s.lines.map((l) => l.outOfRange)).toEqual([null, null, 'above']);
  });
});

describe('audit', () => {
  it('writes one row per change, with the statement before and after', async () => {
    const id = await newClient();
    const s = await create(id, '2025-03-01', [income(300_000)]);
    await core.call('statements.update', { id: s.id, rev: 1, statementDate: '2025-03-01', lines: [income(320_000)] });
    await core.call('statements.get', { id: s.id });
    await core.call('statements.latest', { clientId: id });
    await core.fail('statements.update', { id: s.id, rev: 1, statementDate: '2025-03-01', lines: [] });

    const rows = auditRows();
    expect(rows.map((r) => [r.entity, r.entity_id, r.action])).toEqual([
      ['statement', String(s.id), 'create'],
      ['statement', String(s.id), 'update'],
    ]);
    const created = JSON.parse(rows[0]!.after_json!);
    expect(created).toMatchObject({ clientId: id, statementDate: '2025-03-01', totals: { incomeMonthlyFen: 300_000 } });
    expect(created.lines).toEqual([{ kind: 'income', category: 'salary', label: null, amountFen: 300_000, frequency: 'monthly', monthlyFen: 300_000, note: null }]);
    expect(rows[0]!.before_json).toBeNull();
    expect(JSON.parse(rows[1]!.before_json!).totals.incomeMonthlyFen).toBe(300_000);
    expect(JSON.parse(rows[1]!.after_json!).totals.incomeMonthlyFen).toBe(320_000);
  });
});
