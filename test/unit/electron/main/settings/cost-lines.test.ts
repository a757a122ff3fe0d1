import { describe, expect, it } from 'vitest';
import { openCorePerTest } from '../../../helpers/case';
import { dbContentHash, type TestCore } from '../../../helpers/core';

// The reference lines and the one-year LPR in Settings: kept across a restart, checked on
// the way in with translated messages at the field, and a refused change changes nothing.

const NOW = new Date('2025-11-03T04:00:00.000Z');
let core: TestCore;
const reopen = openCorePerTest(
  (c) => (core = c),
  () => ({ now: () => NOW }),
);

describe('reference lines and the LPR in settings', () => {
  it('stores the lines and the LPR, and reads them back after a restart', async () => {
    expect(await core.call('settings.get', {})).toMatchObject({ costThresholds: [0.24, 0.36], lpr: null });
    await core.call('settings.update', { costThresholds: [0.24, 0.36, 0.15], lpr: { rate: 0.03, date: '2025-10-20' } });
    reopen();
    expect(await core.call('settings.get', {})).toMatchObject({ costThresholds: [0.24, 0.36, 0.15], lpr: { rate: 0.03, date: '2025-10-20' } });
    await core.call('settings.update', { lpr: null });
    expect((await core.call('settings.get', {})).lpr).toBeNull();
  });

  it('refuses an LPR out of range, a date that is not real or lies ahead, and a line that is not a rate - in the chosen language', async () => {
    const before = dbContentHash(core.db);
    expect(await core.fail('settings.update', { lpr: { rate: 0.35, date: '2025-10-20' } })).toMatchObject({ code: 'VALIDATION', fields: { 'lpr.rate': 'LPR 应大于 0 且小于 20%' } });
    expect(await core.fail('settings.update', { lpr: { rate: 0, date: '2025-10-20' } })).toMatchObject({ fields: { 'lpr.rate': 'LPR 应大于 0 且小于 20%' } });
    expect(await core.fail('settings.update', { lpr: { rate: 0.03, date: '2025-02-30' } })).toMatchObject({ code: 'VALIDATION', fields: { 'lpr.date': expect.any(String) } });
    expect(await core.fail('settings.update', { lpr: { rate: 0.03, date: '2025-11-20' } })).toMatchObject({ code: 'VALIDATION', fields: { 'lpr.date': '日期不能晚于今天' } });
    expect(await core.fail('settings.update', { costThresholds: [0.24, -1] })).toMatchObject({ code: 'VALIDATION', fields: { 'costThresholds.1': '参考线应大于 0 且小于 10000%' } });
    expect(dbContentHash(core.db)).toBe(before);
    await core.call('settings.update', { language: 'en' });
    expect(await core.fail('settings.update', { lpr: { rate: 0.35, date: '2025-10-20' } })).toMatchObject({ fields: { 'lpr.rate': 'The LPR must be above 0 and below 20%' } });
    await core.call('settings.update', { language: 'zh-TW' });
    expect(await core.fail('settings.update', { lpr: { rate: 0.35, date: '2025-10-20' } })).toMatchObject({ fields: { 'lpr.rate': 'LPR 應大於 0 且小於 20%' } });
  });
});
