import { describe, expect, it } from 'vitest';
import { waiverOf } from '../../../../../shared/domain/plan-figures';
import type { ProposalView } from '../../../../../shared/schemas/proposals';
import { caseWithDebts, openCorePerTest } from '../../../helpers/case';
import { dbContentHash, type TestCore } from '../../../helpers/core';

// Versioned scenario saves (issue 13 §1): a save never takes another scenario's name, every
// save keeps the version it replaces, a kept version reads back with its own figures and can
// be made current again. Real encrypted SQLite through the handlers.

let core: TestCore;
openCorePerTest((c) => (core = c));

/** Disposable 1,600.00 a month and four lenders, one of whose balances a 24-month share cannot clear. */
async function setUpCase(): Promise<number> {
  const { clientId } = await caseWithDebts(core, [
    ['甲贷', 455_000, { interestFen: 80_000 }],
    ['乙银行', 2_670_000, { productType: 'credit_card' }],
    ['丙金融', 1_100_000, { interestFen: 120_000, lateFeesFen: 30_000 }],
    ['丁消费金融', 1_200_000],
  ]);
  return clientId;
}

/** Per lender: monthly payment, number of payments, total repaid, waiver asked. */
const figures = (p: Pick<ProposalView, 'lines'>) => p.lines.map((l) => [l.lenderName, l.terms.monthlyFen, l.terms.schedule.length, l.terms.totalFen, waiverOf(l)]);

describe('versioned scenario saves', () => {
  it('keeps every earlier version with its own figures, and scenarios of different terms differ', async () => {
    const clientId = await setUpCase();
    const v1 = await core.call('proposals.create', { clientId, name: '方案A', months: 24, startDate: '2025-04-01' });
    const v2 = await core.call('proposals.update', { id: v1.id, rev: v1.rev, name: '方案A', months: 60, startDate: '2025-04-01' });
    // The term is honoured in both: no line runs past it, and the two terms give different plans.
    for (const p of [v1, v2]) for (const l of p.lines) expect(l.terms.schedule.length).toBeLessThanOrEqual(p.months);
    expect(figures(v2)).not.toEqual(figures(v1));
    expect(v2.totals.monthlyFen).not.toBe(v1.totals.monthlyFen);

    const versions = await core.call('proposals.versions', { id: v1.id });
    expect(versions.map((v) => [v.version, v.current, v.months])).toEqual([
      [2, true, 60],
      [1, false, 24],
    ]);
    // The kept version reads back exactly as it was saved, line by line and in total.
    expect(figures(versions[1]!)).toEqual(figures(v1));
    expect(versions[1]!.totals).toEqual(v1.totals);
    expect(versions[1]!.savedAt).toBe(v1.updatedAt);
    expect(versions[1]!.replacedAt).toBe(v2.updatedAt);
    expect(figures(versions[0]!)).toEqual(figures(v2));
    // Only one scenario exists: versions are not scenarios.
    expect((await core.call('proposals.list', { clientId })).map((p) => p.name)).toEqual(['方案A']);
  });

  it('refuses a second scenario of the same name, on create and on rename, and changes nothing', async () => {
    const clientId = await setUpCase();
    const a = await core.call('proposals.create', { clientId, name: '方案A', months: 36, startDate: '2025-04-01' });
    const b = await core.call('proposals.create', { clientId, name: '方案B', months: 24, startDate: '2025-04-01' });
    const before = dbContentHash(core.db);
    const created = await core.fail('proposals.create', { clientId, name: ' 方案A ', months: 60 });
    expect(created.code).toBe('VALIDATION');
    expect(created.fields).toEqual({ name: '该客户已有同名方案' });
    const renamed = await core.fail('proposals.update', { id: b.id, rev: b.rev, name: '方案A', months: 24 });
    expect(renamed.fields).toEqual({ name: '该客户已有同名方案' });
    expect(dbContentHash(core.db)).toBe(before);
    // Saving a scenario under its own name is a new version of it; another client may use the name.
    expect((await core.call('proposals.update', { id: a.id, rev: a.rev, name: '方案A', months: 48 })).rev).toBe(2);
    const other = (await core.call('clients.create', { name: '李四' })).id;
    expect((await core.call('proposals.create', { clientId: other, name: '方案A', months: 12 })).name).toBe('方案A');
  });

  it('restores a kept version as the current one, keeping the one it replaces and the line ids offers point at', async () => {
    const clientId = await setUpCase();
    const v1 = await core.call('proposals.create', { clientId, name: '方案A', months: 24, startDate: '2025-04-01', notes: '第一版' });
    const lineIds = () => core.db.prepare('SELECT debt_id, id FROM proposal_lines WHERE proposal_id = ? ORDER BY debt_id').all(v1.id);
    const ids = lineIds();
    const v2 = await core.call('proposals.update', { id: v1.id, rev: 1, name: '方案A', months: 60, startDate: '2025-05-01' });
    const kept = (await core.call('proposals.versions', { id: v1.id }))[1]!;

    const restored = await core.call('proposals.restore', { id: v1.id, rev: v2.rev, versionId: kept.versionId! });
    expect(restored).toMatchObject({ rev: 3, months: 24, startDate: '2025-04-01', notes: '第一版', name: '方案A' });
    expect(figures(restored)).toEqual(figures(v1));
    expect(restored.totals).toEqual(v1.totals);
    expect(lineIds()).toEqual(ids);
    const versions = await core.call('proposals.versions', { id: v1.id });
    expect(versions.map((v) => [v.version, v.current, v.months])).toEqual([
      [3, true, 24],
      [2, false, 60],
      [1, false, 24],
    ]);
    const audit = core.db.prepare(`SELECT action, after_json FROM audit_log WHERE entity = 'proposal' ORDER BY id`).all() as { action: string; after_json: string }[];
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'update']);
    expect(JSON.parse(audit[2]!.after_json)).toMatchObject({ restoredVersion: 1, months: 24 });
  });

  it('refuses a stale restore, a version of another scenario and a missing one, changing nothing', async () => {
    const clientId = await setUpCase();
    const a = await core.call('proposals.create', { clientId, name: '方案A', months: 24, startDate: '2025-04-01' });
    const a2 = await core.call('proposals.update', { id: a.id, rev: 1, name: '方案A', months: 36, startDate: '2025-04-01' });
    const b = await core.call('proposals.create', { clientId, name: '方案B', months: 24, startDate: '2025-04-01' });
    const keptOfA = (await core.call('proposals.versions', { id: a.id }))[1]!.versionId!;
    const before = dbContentHash(core.db);
    expect((await core.fail('proposals.restore', { id: a.id, rev: 1, versionId: keptOfA })).code).toBe('CONFLICT');
    expect((await core.fail('proposals.restore', { id: b.id, rev: b.rev, versionId: keptOfA })).code).toBe('NOT_FOUND');
    expect((await core.fail('proposals.restore', { id: a.id, rev: a2.rev, versionId: 999 })).message).toBe('找不到这个方案的该版本');
    expect((await core.fail('proposals.versions', { id: 999 })).code).toBe('NOT_FOUND');
    expect(dbContentHash(core.db)).toBe(before);
  });

  it('deleting a scenario deletes its versions', async () => {
    const clientId = await setUpCase();
    const a = await core.call('proposals.create', { clientId, name: '方案A', months: 24, startDate: '2025-04-01' });
    await core.call('proposals.update', { id: a.id, rev: 1, name: '方案A', months: 36, startDate: '2025-04-01' });
    await core.call('proposals.delete', { id: a.id });
    expect(core.db.prepare('SELECT count(*) AS n FROM proposal_versions').get()).toEqual({ n: 0 });
    expect(core.db.prepare('SELECT count(*) AS n FROM proposal_version_lines').get()).toEqual({ n: 0 });
  });
});
