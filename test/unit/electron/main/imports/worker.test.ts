// The spreadsheet import's reading, preview and commit run in the job worker on its own
// connection: the main thread answers meanwhile, progress can be asked for, a cancel writes
// nothing, and a commit that fails half-way leaves the database as it was.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { translate } from '../../../../../shared/i18n';
import { commitImport } from '../../../../../electron/main/imports/commit';
import { planImport, readSheet } from '../../../../../electron/main/imports/plan';
import { readSpreadsheet } from '../../../../../electron/main/imports/read-file';
import { dbContentHash, type TestCore } from '../../../helpers/core';
import { openCorePerTest } from '../../../helpers/case';
import { residentId, writeXlsx, type Cell } from './sheets';

let dir: string;
let core: TestCore;
openCorePerTest(
  (c, d) => ((core = c), (dir = d)),
  () => ({ now: () => new Date('2025-03-15T09:00:00.000Z') }),
);

const HEADER: Cell[] = ['客户姓名', '身份证号', '手机号', '债权人', '本金（元）'];
/** `n` clients with one debt each, every one with a valid resident ID. */
function sheet(n: number): Cell[][] {
  const rows: Cell[][] = [HEADER];
  for (let i = 0; i < n; i++) rows.push([`客户${String.fromCharCode(0x4e00 + i)}`, residentId(`110105198001${String(10 + (i % 18)).padStart(2, '0')}${String(i % 1000).padStart(3, '0')}`), `138${String(i).padStart(8, '0')}`, i % 2 ? '招商银行' : '蚂蚁借呗', 1000 + i]);
  return rows;
}

async function picked(n: number) {
  const file = await writeXlsx(path.join(dir, 'in', `clients-${n}.xlsx`), sheet(n));
  core.platform.nextFiles([file]);
  const p = await core.call('imports.pick');
  if (!p) throw new Error('no file was picked');
  return { file, ...p };
}

const clientCount = () => (core.db.prepare('SELECT count(*) AS n FROM clients').get() as { n: number }).n;

describe('spreadsheet import in the job worker', () => {
  it('commits on the worker’s connection: a call made after the commit began is answered before it ends, and sees none of it', async () => {
    const p = await picked(40);
    expect(await core.call('imports.progress')).toEqual({ step: null, fraction: null });
    const order: string[] = [];
    // On the main thread the commit's transaction would run to its end before the list could be asked for.
    const committed = core.call('imports.commit', { token: p.token, mapping: p.mapping }).then((r) => {
      order.push('commit');
      return r;
    });
    const during = await core.call('imports.progress');
    const listed = await core.call('clients.list', {}).then((r) => {
      order.push('list');
      return r;
    });
    const result = await committed;
    expect(order).toEqual(['list', 'commit']);
    expect(during.step).toBe('commit');
    expect(listed.items).toHaveLength(0);
    expect(result.clients).toBe(40);
    expect(clientCount()).toBe(40);
    expect(await core.call('imports.progress')).toEqual({ step: null, fraction: null });
  });

  it('previews on the worker’s connection: a lender added in a transaction not yet committed here is not matched', async () => {
    const p = await picked(4);
    await core.call('lenders.create', { name: '蚂蚁借呗', type: 'online_platform' });
    core.db.exec('BEGIN');
    try {
      await core.call('lenders.create', { name: '招商银行', type: 'bank' });
      const preview = await core.call('imports.preview', { token: p.token, mapping: p.mapping });
      expect(Object.fromEntries(preview.lenders.map((l) => [l.name, l.matched]))).toEqual({ 招商银行: null, 蚂蚁借呗: '蚂蚁借呗' });
    } finally {
      core.db.exec('ROLLBACK');
    }
  });

  it('a cancelled commit says so in the counsellor’s language and writes nothing', async () => {
    const p = await picked(60);
    await core.call('imports.preview', { token: p.token, mapping: p.mapping });
    const before = dbContentHash(core.db);
    const failed = core.fail('imports.commit', { token: p.token, mapping: p.mapping });
    expect(await core.call('imports.cancel')).toEqual({ cancelled: true });
    expect((await failed).message).toBe(translate('zh-CN', 'imports.errors.cancelled'));
    expect(dbContentHash(core.db)).toBe(before);
    expect(await core.call('imports.cancel')).toEqual({ cancelled: false });
    // The session is still there: the same import can be made after all.
    expect((await core.call('imports.commit', { token: p.token, mapping: p.mapping })).clients).toBe(60);
  });

  it('a commit stopped half-way (a cancel between two clients) rolls back every client already written', async () => {
    const p = await picked(10);
    const grid = await readSpreadsheet((await import('node:fs')).readFileSync(p.file));
    const plan = planImport(core.db, readSheet(grid, p.mapping, 'zh-CN'));
    const before = dbContentHash(core.db);
    let asked = 0;
    const tools = {
      progress: () => {},
      checkCancel: () => {
        if (++asked === 6) throw new Error('stopped after five clients');
      },
    };
    expect(() => commitImport(core.ctx, plan, {}, tools)).toThrow('stopped after five clients');
    expect(dbContentHash(core.db)).toBe(before);
    expect(clientCount()).toBe(0);
  });

  it('refuses a second import step while one runs, in the counsellor’s language', async () => {
    const p = await picked(40);
    const committed = core.call('imports.commit', { token: p.token, mapping: p.mapping });
    const busy = await core.fail('imports.preview', { token: p.token, mapping: p.mapping });
    expect(busy).toMatchObject({ code: 'CONFLICT', message: translate('zh-CN', 'imports.errors.busy') });
    expect((await committed).clients).toBe(40);
  });
});
