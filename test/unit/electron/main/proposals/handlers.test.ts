import { describe, expect, it } from 'vitest';
import { addLender, caseWithDebts, openCorePerTest } from '../../../helpers/case';
import { dbContentHash, type TestCore } from '../../../helpers/core';

// The test clock starts on 2025-03-15 (tickingClock); Shanghai is the default time zone.
let core: TestCore;
openCorePerTest((c) => (core = c));

interface Case {
  clientId: number;
  debts: { a: number; b: number; c: number; court: number };
}

/**
 * A client with income 6,000 and outgoings 4,400 a month (disposable 1,600.00), three
 * ordinary debts (4,550 / 6,700 / 1,200, the DOMAIN.md example) and a court-enforced one.
 */
async function setUpCase(): Promise<Case> {
  const { clientId, debtIds } = await caseWithDebts(core, [
    ['甲贷', 455_000, { rate: { value: 0.0005, unit: 'daily' } }],
    ['乙银行', 670_000, { productType: 'credit_card' }],
    ['丙金融', 100_000, { interestFen: 20_000 }],
    ['丁法院执行', 360_000, { priority: true, legalStage: 'enforcement' }],
  ]);
  const [a, b, c, court] = debtIds as [number, number, number, number];
  return { clientId, debts: { a, b, c, court } };
}

const proposals = () => core.db.prepare('SELECT count(*) AS n FROM proposals').get() as { n: number };
const auditOf = (entity: string) => core.db.prepare('SELECT action, before_json, after_json FROM audit_log WHERE entity = ? ORDER BY id').all(entity) as { action: string; before_json: string | null; after_json: string | null }[];

describe('proposals.draft', () => {
  it('takes the latest statement, sets aside contingency and priority, shares the rest pro rata exactly', async () => {
    const { clientId, debts } = await setUpCase();
    const d = await core.call('proposals.draft', { clientId, months: 36 });
    expect(d.disposableFen).toBe(160_000);
    expect(d.statementDate).toBe('2025-03-10');
    expect(d.today).toBe('2025-03-15');
    const plan = d.plan;
    expect(plan.startDate).toBe('2025-04-15'); // a month from today, not today
    expect(plan.contingencyFen).toBe(16_000);
    expect(plan.priorityFen).toBe(10_000); // 3,600.00 over 36 months
    expect(plan.budgetFen).toBe(160_000 - 16_000 - 10_000);
    const others = plan.lines.filter((l) => !l.priority);
    expect(others.map((l) => l.debtId)).toEqual([debts.b, debts.a, debts.c]);
    expect(others.reduce((s, l) => s + l.shareFen, 0)).toBe(134_000);
    expect(plan.lines[0]).toMatchObject({ debtId: debts.court, priority: true, reason: 'priority', terms: { monthlyFen: 10_000, months: 36 } });
    // Nothing was written.
    expect(proposals().n).toBe(0);
  });

  it('a client without a statement: a notice and hardship requests, no instalments', async () => {
    const clientId = (await core.call('clients.create', { name: '李四' })).id;
    await core.call('debts.create', { clientId, lenderId: addLender(core, '甲贷'), principalFen: 100_000 });
    const d = await core.call('proposals.draft', { clientId, months: 24, startDate: '2025-04-01' });
    expect(d.disposableFen).toBeNull();
    expect(d.plan.notices).toEqual(['noStatement', 'noBudget']);
    expect(d.plan.lines[0]!.terms.params).toEqual({ remedy: 'hardship', holdUntil: '2025-07-01', reviewMonths: 3 });
  });

  it('refuses an unknown client and bad months', async () => {
    expect((await core.fail('proposals.draft', { clientId: 999, months: 36 })).code).toBe('NOT_FOUND');
    const { clientId } = await setUpCase();
    const err = await core.fail('proposals.draft', { clientId, months: 181 });
    expect(err.code).toBe('VALIDATION');
    expect(Object.keys(err.fields ?? {})).toEqual(['months']);
  });
});

describe('proposals.create / get / list', () => {
  it('saves the recomputed plan with per-line overrides, audits it, and reads it back the same', async () => {
    const { clientId, debts } = await setUpCase();
    const saved = await core.call('proposals.create', {
      clientId,
      name: ' 36 期  方案 ',
      months: 36,
      startDate: '2025-04-01',
      lines: [{ debtId: debts.b, params: { remedy: 'settlement', amountFen: 400_000, payBy: '2025-05-01' } }],
    });
    expect(saved.name).toBe('36 期 方案');
    expect(saved.rev).toBe(1);
    const b = saved.lines.find((l) => l.debtId === debts.b)!;
    expect(b.terms).toMatchObject({ totalFen: 400_000, schedule: [{ seq: 1, dueDate: '2025-05-01', amountFen: 400_000 }], savingFen: 270_000 });
    const draft = await core.call('proposals.draft', { clientId, months: 36, startDate: '2025-04-01' });
    // The lines left to the builder are its suggestions, figure for figure.
    for (const l of saved.lines.filter((x) => x.debtId !== debts.b)) {
      expect(l.terms).toEqual(draft.plan.lines.find((x) => x.debtId === l.debtId)!.terms);
    }
    expect(saved.budgetFen).toBe(draft.plan.budgetFen);
    expect(await core.call('proposals.list', { clientId })).toEqual([saved]);
    // The stored rows are what D reads for offers.
    const row = core.db.prepare('SELECT remedy, params_json, total_fen FROM proposal_lines WHERE proposal_id = ? AND debt_id = ?').get(saved.id, debts.b);
    expect(row).toEqual({ remedy: 'settlement', params_json: JSON.stringify({ remedy: 'settlement', amountFen: 400_000, payBy: '2025-05-01' }), total_fen: 400_000 });
    const audit = auditOf('proposal');
    expect(audit.map((a) => a.action)).toEqual(['create']);
    expect(JSON.parse(audit[0]!.after_json!)).toMatchObject({ clientId, name: '36 期 方案', months: 36 });
  });

  it('never trusts figures from the window: unknown keys are refused', async () => {
    const { clientId, debts } = await setUpCase();
    const err = await core.failRaw('proposals.create', {
      clientId,
      name: 'x',
      months: 36,
      lines: [{ debtId: debts.a, params: { remedy: 'instalments', months: 12, withInterest: false }, totalFen: 1 }],
    });
    expect(err.code).toBe('VALIDATION');
  });

  it('refuses bad remedies field by field and leaves the database as it was', async () => {
    const { clientId, debts } = await setUpCase();
    const other = (await core.call('clients.create', { name: '张三' })).id;
    const foreign = (await core.call('debts.create', { clientId: other, lenderId: addLender(core, '戊'), principalFen: 1_000 })).id;
    const before = dbContentHash(core.db);
    const err = await core.fail('proposals.create', {
      clientId,
      name: '坏方案',
      months: 36,
      startDate: '2025-04-01',
      lines: [
        { debtId: foreign, params: { remedy: 'hardship', holdUntil: '2025-06-01' } },
        { debtId: debts.a, params: { remedy: 'hardship', holdUntil: '2025-06-01' } },
        { debtId: debts.a, params: { remedy: 'hardship', holdUntil: '2025-06-01' } },
      ],
    });
    expect(err.code).toBe('VALIDATION');
    expect(err.fields).toEqual({ 'lines.0.debtId': '这笔债务不属于该客户，或已没有余额', 'lines.2.debtId': '同一笔债务只能有一个方案' });
    const err2 = await core.fail('proposals.create', {
      clientId,
      name: '坏方案',
      months: 36,
      startDate: '2025-04-01',
      lines: [
        { debtId: debts.b, params: { remedy: 'settlement', amountFen: 999_999, payBy: '2025-03-01' } },
        { debtId: debts.c, params: { remedy: 'waiver', waivers: { interest: { mode: 'amount', value: 20_001 } }, months: 6 } },
        // A card issuer's instalments for an online loan.
        { debtId: debts.a, params: { remedy: 'card_instalments', months: 48 } },
      ],
    });
    expect(err2.fields).toEqual({
      'lines.0.params.amountFen': '结清金额不能超过欠款余额',
      'lines.0.params.payBy': '日期不能早于首次还款日',
      'lines.1.params.waivers.interest': '减免金额不能超过该项费用',
      'lines.2.params.remedy': '信用卡个性化分期只适用于信用卡债务',
    });
    expect((await core.fail('proposals.create', { clientId, name: '   ', months: 36 })).fields).toEqual({ name: '必填' });
    expect((await core.fail('proposals.create', { clientId: 9999, name: 'x', months: 36 })).code).toBe('NOT_FOUND');
    expect(dbContentHash(core.db)).toBe(before);
  });
});

describe('proposals.update / delete', () => {
  it('recomputes from the current case, keeps line ids (offers point at them), bumps rev, audits before and after', async () => {
    const { clientId, debts } = await setUpCase();
    const first = await core.call('proposals.create', { clientId, name: '36 期', months: 36, startDate: '2025-04-01' });
    const lineIds = () => core.db.prepare('SELECT debt_id, id FROM proposal_lines WHERE proposal_id = ? ORDER BY debt_id').all(first.id);
    const idsBefore = lineIds();
    const updated = await core.call('proposals.update', {
      id: first.id,
      rev: 1,
      name: '24 期',
      months: 24,
      startDate: '2025-04-01',
      lines: [{ debtId: debts.a, params: { remedy: 'instalments', months: 24, withInterest: true, annualRate: 0.06 } }],
    });
    expect(updated).toMatchObject({ rev: 2, name: '24 期', months: 24 });
    expect(updated.priorityFen).toBe(15_000);
    expect(updated.lines.find((l) => l.debtId === debts.a)!.terms.months).toBe(24);
    expect(lineIds()).toEqual(idsBefore);
    const err = await core.fail('proposals.update', { id: first.id, rev: 1, name: 'x', months: 12 });
    expect(err.code).toBe('CONFLICT');
    expect(auditOf('proposal').map((a) => a.action)).toEqual(['create', 'update']);
    expect(JSON.parse(auditOf('proposal')[1]!.before_json!)).toMatchObject({ name: '36 期', months: 36 });
  });

  it('a failed update leaves the database as it was', async () => {
    const { clientId, debts } = await setUpCase();
    const p = await core.call('proposals.create', { clientId, name: '36 期', months: 36, startDate: '2025-04-01' });
    const before = dbContentHash(core.db);
    const err = await core.fail('proposals.update', {
      id: p.id,
      rev: 1,
      name: '改',
      months: 24,
      startDate: '2025-04-01',
      lines: [{ debtId: debts.a, params: { remedy: 'extension', extendTo: '2025-01-01' } }],
    });
    expect(err.fields).toEqual({ 'lines.0.params.extendTo': '日期不能早于首次还款日' });
    expect((await core.fail('proposals.update', { id: 777, rev: 1, name: 'x', months: 12 })).code).toBe('NOT_FOUND');
    expect(dbContentHash(core.db)).toBe(before);
  });

  it('delete removes the proposal and its lines, audited', async () => {
    const { clientId } = await setUpCase();
    const p = await core.call('proposals.create', { clientId, name: '36 期', months: 36 });
    await core.call('proposals.delete', { id: p.id });
    expect(proposals().n).toBe(0);
    expect((core.db.prepare('SELECT count(*) AS n FROM proposal_lines').get() as { n: number }).n).toBe(0);
    expect(auditOf('proposal').map((a) => a.action)).toEqual(['create', 'delete']);
    expect((await core.fail('proposals.delete', { id: p.id })).code).toBe('NOT_FOUND');
  });

  it('a zero budget saves hardship requests honestly', async () => {
    const clientId = (await core.call('clients.create', { name: '赵六' })).id;
    await core.call('statements.create', {
      clientId,
      statementDate: '2025-03-10',
      lines: [
        { kind: 'income', category: 'salary', amountFen: 300_000, frequency: 'monthly' },
        { kind: 'expense', category: 'rent_mortgage', amountFen: 320_000, frequency: 'monthly' },
      ],
    });
    await core.call('debts.create', { clientId, lenderId: addLender(core, '甲贷'), principalFen: 100_000 });
    const p = await core.call('proposals.create', { clientId, name: '困难', months: 36 });
    expect(p.budgetFen).toBe(-20_000);
    expect(p.notices).toEqual(['noBudget']);
    expect(p.lines.map((l) => l.terms.params.remedy)).toEqual(['hardship']);
    expect(p.totals.monthlyFen).toBe(0);
  });
});
