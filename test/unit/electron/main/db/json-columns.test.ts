import { describe, expect, it } from 'vitest';
import { translate } from '../../../../../shared/i18n';
import { gatherProposal } from '../../../../../electron/main/documents/gather/case-docs';
import { DamagedDataError } from '../../../../../electron/main/errors';
import { caseWithDebts, openCorePerTest } from '../../../helpers/case';
import { openTestCore, type TestCore } from '../../../helpers/core';

// JSON columns are read through the schema of what the app writes there (db/json.ts): a
// damaged value fails where it is read, naming its column in the log, instead of travelling on
// as a wrongly typed value; the counsellor reads a translated message saying so.

let dir: string;
let core: TestCore;
openCorePerTest((c, d) => ((core = c), (dir = d)));

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

  it('a value that is not JSON at all fails the same way, in the counsellor’s language', async () => {
    const { id } = await core.call('lenders.create', { name: '安达消费金融' });
    core.db.prepare(`UPDATE lenders SET phones_json = '["400-' WHERE id = ?`).run(id);
    const err = await core.fail('lenders.get', { id });
    expect(err).toEqual({ code: 'INTERNAL', message: translate('zh-CN', 'errors.damagedData') });
    await core.call('settings.update', { language: 'en' });
    expect((await core.fail('lenders.get', { id })).message).toBe(translate('en', 'errors.damagedData'));
    expect(loggedMessages().join('\n')).toContain('lenders.phones_json');
  });

  it('refuses an offer whose terms lost their schedule, naming the column', async () => {
    const { debtIds } = await caseWithDebts(core, [['乙银行', 500_000]]);
    const offer = await core.call('offers.create', { debtId: debtIds[0]!, params: { remedy: 'instalments', months: 12, withInterest: false }, startDate: '2025-04-10' });
    core.db.prepare(`UPDATE offers SET terms_json = json_remove(terms_json, '$.schedule') WHERE id = ?`).run(offer.id);
    const err = await core.fail('offers.list', { clientId: offer.clientId });
    expect(err.message).toBe(translate('zh-CN', 'errors.damagedData'));
    expect(loggedMessages().join('\n')).toContain('offers.terms_json');
  });

  it('refuses a saved proposal whose line params or schedule do not fit, in the list and in the documents', async () => {
    const { clientId } = await caseWithDebts(core, [
      ['甲贷', 455_000],
      ['乙银行', 670_000],
    ]);
    await core.call('proposals.create', { clientId, name: '方案', months: 36, startDate: '2025-04-01', lines: [] });
    expect(gatherProposal(core.ctx, clientId, 'zh-CN')!.lines).toHaveLength(2);
    const line = core.db.prepare('SELECT id, remedy, params_json, schedule_json FROM proposal_lines ORDER BY id LIMIT 1').get() as { id: number; remedy: string; params_json: string; schedule_json: string };

    // The months of an instalment plan as text: before, the documents read it as it was.
    core.db.prepare(`UPDATE proposal_lines SET remedy = 'instalments', params_json = '{"months":"thirty-six","withInterest":false}' WHERE id = ?`).run(line.id);
    expect((await core.fail('proposals.list', { clientId })).message).toBe(translate('zh-CN', 'errors.damagedData'));
    expect(() => gatherProposal(core.ctx, clientId, 'zh-CN')).toThrow(DamagedDataError);
    expect(() => gatherProposal(core.ctx, clientId, 'zh-CN')).toThrow(/proposal_lines\.params_json/);

    // A schedule whose amounts went missing: before, the documents dropped those instalments silently.
    core.db.prepare('UPDATE proposal_lines SET remedy = ?, params_json = ?, schedule_json = ? WHERE id = ?').run(line.remedy, line.params_json, '[{"dueDate":"2025-04-01"}]', line.id);
    expect(() => gatherProposal(core.ctx, clientId, 'zh-CN')).toThrow(/proposal_lines\.schedule_json/);
    core.db.prepare('UPDATE proposal_lines SET schedule_json = ? WHERE id = ?').run(line.schedule_json, line.id);
    expect(gatherProposal(core.ctx, clientId, 'zh-CN')!.lines).toHaveLength(2);
  });
});
