import { describe, expect, it } from 'vitest';
import { buildPageFooter } from '../../../../../electron/main/documents/build/letter';
import { dbContentHash, type TestCore } from '../../../helpers/core';
import { openCorePerTest } from '../../../helpers/case';

let core: TestCore;
openCorePerTest((c) => (core = c));

const count = (sql: string) => (core.db.prepare(sql).get() as { n: number }).n;

describe('demo data', () => {
  it('cannot be taken for a real case: its own DEMO- numbers, a 示例· name, a demo flag in search, a marked page footer', async () => {
    const own = await core.call('clients.create', { name: '林晓燕' });
    await core.call('demo.load');
    const list = await core.call('clients.list', { pageSize: 50, sort: 'caseRef', order: 'asc' });
    const demo = list.items.filter((c) => c.isDemo);
    expect(demo.map((c) => c.caseRef)).toEqual(demo.map((_, i) => `DEMO-${String(i + 1).padStart(3, '0')}`));
    expect(demo.every((c) => c.name.startsWith('示例·'))).toBe(true);
    // The counsellor's own 林晓燕 stays the only one of that name.
    expect(list.items.filter((c) => c.name === '林晓燕')).toHaveLength(1);
    expect(own.caseRef).toMatch(/^P-\d{4}-\d{5}$/);

    const hits = await core.call('search.query', { q: '林晓燕', limit: 10 });
    expect(hits.items.find((h) => h.title === '林晓燕')?.demo).toBe(false);
    expect(hits.items.find((h) => h.title === '示例·林晓燕')?.demo).toBe(true);
    const footer = JSON.stringify(buildPageFooter('zh-TW', 'DEMO-001'));
    expect(footer).toContain('DEMO-001 · 範例');
    expect(JSON.stringify(buildPageFooter('en', 'P-2026-00001'))).not.toContain('Demo');
  });

  it('holds a Taiwan case: NT$, a Taiwan national ID, Taiwan lenders of their own types, letters that name 前置協商', async () => {
    await core.call('demo.load');
    const list = await core.call('clients.list', { pageSize: 50, q: '陳淑芬' });
    expect(list.items).toHaveLength(1);
    const summary = list.items[0]!;
    expect(summary.name).toBe('示例·陳淑芬');
    expect(summary.isDemo).toBe(true);
    const tw = await core.call('clients.get', { id: summary.id });
    expect(tw.region).toBe('tw');
    expect(tw.idType).toBe('tw_national');
    expect(tw.phone).toBe('0935201468');
    const debts = await core.call('debts.list', { clientId: tw.id });
    const lenders = await Promise.all(debts.items.map((d) => core.call('lenders.get', { id: d.lenderId })));
    expect(lenders.map((l) => l.type).sort()).toEqual(['bank', 'card_issuer', 'finance_company', 'pawnshop']);
    const bank = debts.items.find((d) => d.lenderName === '澄海商業銀行')!;
    const letter = await core.call('letters.draft', { clientId: tw.id, lenderId: bank.lenderId, type: 'hardship', locale: 'zh-TW' });
    const text = letter.body.blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join('');
    expect(text).toContain('前置協商');
    expect(text).not.toMatch(/人民幣|12378/);
    // Loaded again, the copy is another demo case without the ID (an ID belongs to one person).
    await core.call('demo.load');
    expect((await core.call('clients.list', { pageSize: 50, q: '陳淑芬' })).items).toHaveLength(2);
  });

  it('loads invented cases through the real handlers, flagged as demo, and removes them again', async () => {
    expect(await core.call('demo.status')).toEqual({ loaded: false, clients: 0, lenders: 0 });
    const loaded = await core.call('demo.load');
    expect(loaded.clients).toBeGreaterThanOrEqual(3);
    expect(loaded.debts).toBeGreaterThanOrEqual(loaded.clients);
    expect(count('SELECT count(*) AS n FROM clients WHERE is_demo = 1')).toBe(loaded.clients);
    expect(count('SELECT count(*) AS n FROM debts')).toBe(loaded.debts);
    expect(count('SELECT count(*) AS n FROM statements')).toBe(loaded.statements);
    // Through the real handlers: the search index and the disposable income are filled in.
    expect(count("SELECT count(*) AS n FROM search_index WHERE kind = 'client'")).toBe(loaded.clients);
    expect(count('SELECT count(*) AS n FROM clients WHERE disposable_fen IS NOT NULL')).toBe(loaded.statements);
    const list = await core.call('clients.list', { pageSize: 50 });
    expect(list.items.every((c) => c.isDemo)).toBe(true);

    const removed = await core.call('demo.remove');
    expect(removed).toEqual({ clients: loaded.clients, lenders: loaded.lenders });
    for (const table of ['clients', 'debts', 'statements', 'statement_lines', 'lenders', 'lender_names', 'search_index']) {
      expect(count(`SELECT count(*) AS n FROM ${table}`), table).toBe(0);
    }
  });

  it("leaves the counsellor's own clients and a lender they use alone", async () => {
    const own = await core.call('clients.create', { name: '自己的客户' });
    await core.call('demo.load');
    // The counsellor records a real debt with a lender the demo brought in.
    const demoLender = core.db.prepare('SELECT id FROM lenders WHERE is_demo = 1 ORDER BY id LIMIT 1').get() as { id: number };
    await core.call('debts.create', { clientId: own.id, lenderId: demoLender.id, principalFen: 100_00 });
    await core.call('demo.remove');
    expect(count('SELECT count(*) AS n FROM clients')).toBe(1);
    expect(count('SELECT count(*) AS n FROM debts')).toBe(1);
    expect(core.db.prepare('SELECT is_demo FROM lenders WHERE id = ?').get(demoLender.id)).toEqual({ is_demo: 0 });
  });

  it('loading twice is refused or harmless: lenders are not duplicated', async () => {
    await core.call('demo.load');
    const lenders = count('SELECT count(*) AS n FROM lenders');
    await core.call('demo.load');
    expect(count('SELECT count(*) AS n FROM lenders')).toBe(lenders);
  });

  it('removing when nothing is loaded changes nothing', async () => {
    await core.call('clients.create', { name: '赵六' });
    const before = dbContentHash(core.db);
    expect(await core.call('demo.remove')).toEqual({ clients: 0, lenders: 0 });
    // Only the audit row of the removal is new.
    const auditRows = count('SELECT count(*) AS n FROM audit_log');
    core.db.prepare('DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)').run();
    expect(dbContentHash(core.db)).toBe(before);
    expect(auditRows).toBe(2);
  });
});
