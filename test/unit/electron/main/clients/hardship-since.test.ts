// "Hardship since" known only to the month: a client's hardship began "in March 2025" as often
// as on a day. The month is stored as 'YYYY-MM', refused when it is not a month or lies after
// this month, and a letter says 自2025年3月起 / Since March 2025 – through the channels on a real
// encrypted database (the test clock reads 2025-03-15).
import { describe, expect, it } from 'vitest';
import type { TestCore } from '../../../helpers/core';
import { openCorePerTest } from '../../../helpers/case';

let core: TestCore;
openCorePerTest((c) => (core = c));

async function hardshipLetter(hardshipSince: string, locale: 'zh-CN' | 'zh-TW' | 'en'): Promise<string> {
  const client = await core.call('clients.create', { name: '周小梅', hardshipReason: 'job_loss', hardshipSince });
  const lender = await core.call('lenders.create', { name: `甲银行${Math.random()}`, type: 'bank' });
  await core.call('debts.create', { clientId: client.id, lenderId: lender.id, principalFen: 500_000 });
  const letter = await core.call('letters.draft', { clientId: client.id, lenderId: lender.id, type: 'hardship', locale });
  return letter.body.blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join('\n');
}

describe('hardship since a month', () => {
  it('is kept as the month it was given, and a day stays a day', async () => {
    const month = await core.call('clients.create', { name: '周小梅', hardshipSince: '2024-11' });
    expect((await core.call('clients.get', { id: month.id })).hardshipSince).toBe('2024-11');
    const day = await core.call('clients.create', { name: '吴大伟', hardshipSince: '2024-11-20' });
    expect((await core.call('clients.get', { id: day.id })).hardshipSince).toBe('2024-11-20');
    // Changed from a day to a month on the profile.
    const current = await core.call('clients.get', { id: day.id });
    await core.call('clients.update', { id: day.id, rev: current.rev, patch: { hardshipSince: '2024-10' } });
    expect((await core.call('clients.get', { id: day.id })).hardshipSince).toBe('2024-10');
  });

  it.each(['2024-13', '2024-1', '2024-00', '24-11', '2024-11-31', '2024/11'])('refuses %s with a translated message, writing nothing', async (bad) => {
    const before = (await core.call('clients.list', {})).total;
    const err = await core.failRaw('clients.create', { name: '周小梅', hardshipSince: bad });
    expect(err.code).toBe('VALIDATION');
    expect(err.fields?.hardshipSince).toBe('日期无效（格式为 年-月-日，或只填 年-月）');
    expect((await core.call('clients.list', {})).total).toBe(before);
  });

  it('refuses a month after this one, and takes this month', async () => {
    const err = await core.fail('clients.create', { name: '周小梅', hardshipSince: '2025-04' });
    expect(err.fields?.hardshipSince).toBe('日期不能晚于今天');
    await core.call('clients.create', { name: '周小梅', hardshipSince: '2025-03' });
  });

  it('a letter names the month in its own language', async () => {
    expect(await hardshipLetter('2024-11', 'zh-CN')).toContain('本人自2024年11月起因失业陷入经济困难。');
    expect(await hardshipLetter('2024-11', 'zh-TW')).toContain('本人自2024年11月起因失業陷入經濟困難。');
    expect(await hardshipLetter('2024-11', 'en')).toContain('Since November 2024 I have been in financial hardship');
    expect(await hardshipLetter('2024-11-20', 'zh-CN')).toContain('本人自2024年11月20日起');
  });
});
