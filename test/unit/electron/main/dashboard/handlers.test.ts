import { describe, expect, it } from 'vitest';
import type { TestCore } from '../../../helpers/core';
import { openCorePerTest } from '../../../helpers/case';

let core: TestCore;
openCorePerTest((c) => (core = c));

describe('the overview dashboard', () => {
  it('is empty but complete on a new database', async () => {
    const d = await core.call('dashboard.get');
    expect(d.openClients).toBe(0);
    expect(d.totalOutstanding).toEqual([]);
    expect(Object.values(d.statusCounts).every((n) => n === 0)).toBe(true);
    expect(d.attention.noStatement).toEqual({ total: 0, items: [] });
  });

  it('counts cases by status, totals open debt, and lists the cases that need attention', async () => {
    const lender = await core.call('lenders.create', { name: '测试银行', type: 'bank' });
    const a = await core.call('clients.create', { name: '甲', status: 'negotiating' });
    const b = await core.call('clients.create', { name: '乙' });
    const closed = await core.call('clients.create', { name: '丙', status: 'closed', closureReason: 'settled' });
    await core.call('debts.create', { clientId: a.id, lenderId: lender.id, principalFen: 1_000_00, interestFen: 50_00, legalStage: 'enforcement' });
    await core.call('debts.create', { clientId: b.id, lenderId: lender.id, principalFen: 2_000_00 });
    // A closed case's debt is no longer under management.
    await core.call('debts.create', { clientId: closed.id, lenderId: lender.id, principalFen: 9_999_00 });
    await core.call('statements.create', {
      clientId: b.id,
      statementDate: '2025-03-01',
      lines: [
        { kind: 'income', category: 'salary', amountFen: 3_000_00 },
        { kind: 'expense', category: 'rent_mortgage', amountFen: 3_500_00 },
      ],
    });

    const d = await core.call('dashboard.get');
    expect(d.statusCounts).toMatchObject({ intake: 1, negotiating: 1, closed: 1 });
    expect(d.openClients).toBe(2);
    expect(d.totalOutstanding).toEqual([{ currency: 'CNY', amountMinor: 3_050_00 }]);
    expect(d.debtCount).toBe(2);
    expect(d.legalStages.enforcement).toEqual({ debts: 1, outstanding: [{ currency: 'CNY', amountMinor: 1_050_00 }] });
    expect(d.attention.enforcement.items.map((i) => i.name)).toEqual(['甲']);
    expect(d.attention.negativeDisposable.items).toEqual([{ clientId: b.id, name: '乙', caseRef: expect.any(String), currency: 'CNY', detail: -500_00 }]);
    expect(d.attention.noStatement.items.map((i) => i.name)).toEqual(['甲']);
  });
});
