import { beforeEach, describe, expect, it } from 'vitest';
import { m008SearchContactsLetters } from '../../../../../electron/main/db/migrations/008_search_contacts_letters';
import type { TestCore } from '../../../helpers/core';
import { openCorePerTest } from '../../../helpers/case';
import { makeCase, type Case } from '../letters/case';

// Quick search reaches the contact log and letters: a collector's name (and its pinyin), a
// word of a call summary or an incident, a phrase of a letter. Edits, deletions and purges
// keep the index in step; a database made before this change is indexed once by migration 8.

let core: TestCore;
let c: Case;
openCorePerTest((opened) => (core = opened));
beforeEach(async () => {
  c = await makeCase(core);
});


const search = async (q: string) => (await core.call('search.query', { q })).items;
const kinds = async (q: string) => (await search(q)).map((h) => `${h.kind}:${h.title}`);

async function logCall(summary: string, extra: Record<string, unknown> = {}) {
  return core.call('contacts.create', {
    clientId: c.clientId,
    lenderId: c.lenders.b,
    occurredAt: '2025-03-10T02:00:00.000Z',
    channel: 'phone',
    direction: 'in',
    person: '李经理',
    summary,
    ...extra,
  });
}

describe('quick search in the contact log', () => {
  it('finds a call by the collector’s name, its pinyin and initials, and by a word of the summary', async () => {
    const call = await logCall('催收员要求本周内一次性结清，否则上门');
    for (const q of ['李经理', 'lijingli', 'ljl', '上门', '一次性结清']) {
      const hits = await search(q);
      expect(hits, q).toEqual([
        expect.objectContaining({ kind: 'contact', id: call.id, clientId: c.clientId, title: '催收员要求本周内一次性结清，否则上门', date: '2025-03-10', demo: false }),
      ]);
      expect(hits[0]!.subtitle).toContain('䶮融消费金融');
      expect(hits[0]!.subtitle).toContain('李经理');
    }
  });

  it('finds an incident by its details and follows edits and deletions', async () => {
    const incident = await logCall('来电辱骂', { isIncident: true, incidentTypes: ['threats'], incidentDetails: '威胁要到单位找领导' });
    expect(await kinds('威胁')).toEqual(['contact:来电辱骂']);
    await core.call('contacts.update', { id: incident.id, rev: incident.rev, patch: { incidentDetails: '声称要联系家人' } });
    expect(await kinds('威胁')).toEqual([]);
    expect(await kinds('联系家人')).toEqual(['contact:来电辱骂']);
    await core.call('contacts.delete', { id: incident.id });
    expect(await kinds('联系家人')).toEqual([]);
  });

  it('finds what the app logged itself: the contact of a letter marked sent, by the letter’s title', async () => {
    const draft = await core.call('letters.draft', { clientId: c.clientId, debtId: c.debts.b1, type: 'holding', locale: 'zh-CN' });
    const final = await core.call('letters.finalise', { id: draft.id, rev: draft.rev });
    expect((await search(draft.title)).map((h) => h.kind).sort()).toEqual(['letter']);
    await core.call('letters.markSent', { id: final.id, rev: final.rev });
    expect((await search(draft.title)).map((h) => h.kind).sort()).toEqual(['contact', 'letter']);
  });
});

describe('quick search in letters', () => {
  it('finds a draft by a phrase of its body, follows the edit, and forgets it when deleted', async () => {
    const draft = await core.call('letters.draft', { clientId: c.clientId, debtId: c.debts.a1, type: 'hardship', locale: 'zh-CN' });
    const body = { ...draft.body, blocks: [...draft.body.blocks, { kind: 'paragraph' as const, text: '附上医院出具的诊断证明书' }] };
    const updated = await core.call('letters.update', { id: draft.id, rev: draft.rev, title: draft.title, body });
    const hits = await search('诊断证明');
    expect(hits).toEqual([expect.objectContaining({ kind: 'letter', id: draft.id, clientId: c.clientId, title: draft.title })]);
    expect(hits[0]!.subtitle).toContain('招商银行信用卡中心');
    await core.call('letters.delete', { id: updated.id });
    expect(await search('诊断证明')).toEqual([]);
  });
});

describe('clients first, the log keeps its places', () => {
  it('shows a collector’s calls even when 25 clients share the initials, the most recently recorded first', async () => {
    for (const given of '礼林立丽莲力良亮兰龙磊玲露伦岚琳霖璐禄柳梁朗黎蕾澜') await core.call('clients.create', { name: `李经${given}` });
    for (let day = 1; day <= 8; day++) await logCall(`第${day}次来电`, { occurredAt: `2025-03-0${Math.min(day, 9)}T02:00:00.000Z` });
    const hits = await search('ljl');
    expect(hits).toHaveLength(20);
    const calls = hits.filter((h) => h.kind === 'contact').map((h) => h.title);
    expect(calls).toEqual(['第8次来电', '第7次来电', '第6次来电', '第5次来电', '第4次来电']);
    expect(hits.slice(0, 15).every((h) => h.kind === 'client')).toBe(true);
    // With fewer clients matching, the calls fill the rest of the list.
    expect((await search('来电')).filter((h) => h.kind === 'contact')).toHaveLength(8);
  });
});

describe('the index keeps no trace of a purged case', () => {
  it('removes the case’s contacts and letters from the index', async () => {
    await logCall('催收员承诺暂停催收三十天');
    await core.call('letters.draft', { clientId: c.clientId, debtId: c.debts.a1, type: 'hardship', locale: 'zh-CN' });
    const before = core.db.prepare(`SELECT count(*) AS n FROM search_log WHERE kind IN ('contact', 'letter')`).get() as { n: number };
    expect(before.n).toBeGreaterThanOrEqual(2);
    const client = await core.call('clients.get', { id: c.clientId });
    await core.call('clients.update', { id: c.clientId, rev: client.rev, patch: { status: 'closed', closureReason: 'settled' } });
    await core.call('cases.purge', { clientId: c.clientId, confirmCaseRef: c.caseRef });
    const after = core.db.prepare(`SELECT count(*) AS n FROM search_log WHERE kind IN ('contact', 'letter')`).get() as { n: number };
    expect(after.n).toBe(0);
    expect(await search('暂停催收')).toEqual([]);
  });
});

describe('migration 8', () => {
  it('indexes the contacts and letters a database already holds', async () => {
    await logCall('催收员同意延期两个月');
    await core.call('letters.draft', { clientId: c.clientId, debtId: c.debts.a1, type: 'hardship', locale: 'zh-CN' });
    // As a database from before: no log index at all.
    core.db.exec('DROP TABLE search_log');
    core.db.transaction(() => m008SearchContactsLetters.up(core.db))();
    expect(await kinds('延期两个月')).toEqual(['contact:催收员同意延期两个月']);
    expect((await search('ljl')).map((h) => h.kind)).toEqual(['contact']);
  });
});
