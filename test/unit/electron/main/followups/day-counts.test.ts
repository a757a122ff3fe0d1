// The follow-ups page counts from followup_day_counts (migration 19), kept by triggers. After
// every kind of change – follow-ups made, done, snoozed, cancelled, moved; cases archived,
// closed, reopened, deleted – the counts must equal a count from scratch.
import { describe, expect, it } from 'vitest';
import { coreOpenedByTest } from '../../../helpers/case';
import { addClient, addLender, addDebt } from '../contacts/setup';

const NOW = new Date('2025-03-15T02:00:00.000Z');
const openCore = coreOpenedByTest();

describe('follow-ups counted per due day', () => {
  it('equals a count from scratch after every change to follow-ups and to their cases', async () => {
    const core = openCore({ now: () => NOW });
    const db = core.db;
    const lender = addLender(db, '好借App');
    const stored = () => db.prepare(`SELECT due_date, open FROM followup_day_counts ORDER BY due_date`).all();
    const recount = () =>
      db
        .prepare(
          `SELECT f.due_date, count(*) AS open FROM followups f JOIN clients c ON c.id = f.client_id
            WHERE f.status = 'open' AND c.archived = 0 AND c.status <> 'closed' GROUP BY f.due_date ORDER BY f.due_date`,
        )
        .all();
    const steps: string[] = [];
    const check = (step: string) => {
      steps.push(step);
      expect(stored(), step).toEqual(recount());
    };
    const rev = (id: number) => (db.prepare('SELECT rev FROM followups WHERE id = ?').get(id) as { rev: number }).rev;
    const clientRev = (id: number) => (db.prepare('SELECT rev FROM clients WHERE id = ?').get(id) as { rev: number }).rev;

    const a = await addClient(core, '王小明');
    const b = await addClient(core, '李小红');
    const debt = await addDebt(core, a, lender);
    const f1 = (await core.call('followups.create', { clientId: a, debtId: debt, dueDate: '2025-03-16' })).id;
    const f2 = (await core.call('followups.create', { clientId: a, dueDate: '2025-03-16' })).id;
    const f3 = (await core.call('followups.create', { clientId: b, dueDate: '2025-03-18' })).id;
    await core.call('followups.create', { clientId: b, dueDate: '2025-03-20' });
    check('made');
    expect(stored()).toEqual([
      { due_date: '2025-03-16', open: 2 },
      { due_date: '2025-03-18', open: 1 },
      { due_date: '2025-03-20', open: 1 },
    ]);

    await core.call('followups.snooze', { id: f1, rev: rev(f1), days: 3 });
    check('snoozed');
    await core.call('followups.done', { id: f2, rev: rev(f2), summary: '已回电' });
    check('done (and the contact it logged)');
    await core.call('followups.cancel', { id: f3 });
    check('cancelled');
    db.prepare(`UPDATE followups SET status = 'open' WHERE id = ?`).run(f3);
    check('reopened by hand');
    db.prepare(`UPDATE followups SET client_id = ? WHERE id = ?`).run(a, f3);
    check('moved to another case');

    await core.call('clients.archive', { id: b });
    check('case archived');
    await core.call('clients.unarchive', { id: b });
    check('case restored');
    await core.call('clients.update', { id: a, rev: clientRev(a), patch: { status: 'closed', closureReason: 'settled' } });
    check('case closed');
    expect(stored()).toEqual([{ due_date: '2025-03-20', open: 1 }]);
    await core.call('clients.update', { id: a, rev: clientRev(a), patch: { status: 'negotiating', closureReason: null } });
    check('case reopened');
    db.prepare(`UPDATE clients SET archived = 1, status = 'closed', closure_reason = 'settled' WHERE id = ?`).run(a);
    check('archived and closed at once');
    db.prepare(`UPDATE clients SET archived = 0, status = 'negotiating', closure_reason = NULL WHERE id = ?`).run(a);
    check('both undone at once');

    // An active case deleted outright: its follow-ups go by cascade once the case row is gone.
    db.prepare('DELETE FROM clients WHERE id = ?').run(b);
    check('active case deleted');
    db.prepare('DELETE FROM followups WHERE client_id = ?').run(a);
    check('follow-ups deleted');
    expect(stored()).toEqual([]);
    expect(steps).toHaveLength(14);
  });
});
