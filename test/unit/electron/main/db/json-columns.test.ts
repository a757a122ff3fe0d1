import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, openTestCore, removeDir, type TestCore } from '../../../helpers/core';

// JSON columns are read through the schema of what the app writes there (db/json.ts): a
// damaged value fails where it is read, naming its column, instead of travelling on as a
// wrongly typed value.

let dir: string;
let core: TestCore;
beforeEach(() => {
  dir = makeTempDir();
  core = openTestCore(dir);
});
afterEach(() => {
  core.close();
  removeDir(dir);
});

const loggedMessages = () => core.logged.map((l) => String((l.err as Error).message));

describe('JSON columns', () => {
  it('refuses a lender whose aliases are not a list of names, naming the column', async () => {
    const { id } = await core.call('lenders.create', { name: '安达消费金融', aliases: ['安达'] });
    core.db.prepare(`UPDATE lenders SET aliases_json = '{"0":"安达"}' WHERE id = ?`).run(id);
    expect((await core.fail('lenders.get', { id })).code).toBe('INTERNAL');
    expect(loggedMessages().join('\n')).toContain('lenders.aliases_json');
  });

  it('refuses a debt whose repayment schedule lost its amounts, naming the column', async () => {
    const clientId = (await core.call('clients.create', { name: '张三' })).id;
    const lenderId = (await core.call('lenders.create', { name: '白云借款' })).id;
    const { id } = await core.call('debts.create', { clientId, lenderId, principalFen: 1000_00, schedule: [{ date: '2024-02-01', amountFen: 100_00 }] });
    core.db.prepare(`UPDATE debts SET schedule_json = '[{"date":"2024-02-01"}]' WHERE id = ?`).run(id);
    expect((await core.fail('debts.list', { clientId })).code).toBe('INTERNAL');
    expect(loggedMessages().join('\n')).toContain('debts.schedule_json');
  });

  it('will not start with a damaged app-lock setting rather than start unlocked', async () => {
    await core.call('lock.configure', { passcode: '24681357', idleMinutes: 5 });
    core.db.prepare(`UPDATE settings SET value_json = '{"salt":1}' WHERE key = 'appLock'`).run();
    core.close();
    expect(() => openTestCore(dir)).toThrow(/settings\[appLock\]/);
  });
});
