import { beforeEach, describe, expect, it } from 'vitest';
import type { TestCore } from '../../../helpers/core';
import { openCorePerTest } from '../../../helpers/case';

let core: TestCore;
openCorePerTest((c) => (core = c));

const search = async (q: string) => (await core.call('search.query', { q })).items;
const titles = async (q: string) => (await search(q)).map((h) => h.title);

describe('quick search', () => {
  beforeEach(async () => {
    await core.call('clients.create', { name: '张三', phone: '13812345678', notes: '客户提到收入证明下周补交' });
    await core.call('clients.create', { name: '张三丰', phone: '13900001111' });
    await core.call('clients.create', { name: '李四', phone: '13700002222' });
  });

  it('finds a Chinese name by any fragment, by initials and by full pinyin', async () => {
    expect(await titles('张三')).toEqual(expect.arrayContaining(['张三', '张三丰']));
    expect(await titles('三丰')).toEqual(['张三丰']);
    expect(await titles('zs')).toEqual(expect.arrayContaining(['张三', '张三丰']));
    expect(await titles('zhangsan')).toEqual(expect.arrayContaining(['张三', '张三丰']));
    expect(await titles('zsf')).toEqual(['张三丰']);
    expect(await titles('ls')).toEqual(['李四']);
  });

  it('finds a client by the last digits of the phone and by words in the notes', async () => {
    expect(await titles('5678')).toEqual(['张三']);
    expect(await titles('收入证明')).toEqual(['张三']);
  });

  it('follows edits: the old name no longer matches, the new one does', async () => {
    const [hit] = await search('李四');
    await core.call('clients.update', { id: hit!.id, rev: 1, patch: { name: '王五' } });
    expect(await titles('李四')).toEqual([]);
    expect(await titles('ww')).toEqual(['王五']);
  });

  it('answers nothing, not an error, for punctuation or FTS syntax', async () => {
    expect(await search('"*()')).toEqual([]);
    expect(await search('NEAR(张 三)')).toEqual(expect.any(Array));
  });

  it('links hits to the client to open', async () => {
    const [hit] = await search('张三丰');
    expect(hit).toMatchObject({ kind: 'client', clientId: hit!.id, title: '张三丰' });
  });
});
