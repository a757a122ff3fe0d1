// A case's region and its client's identity document, through the channels on a real
// encrypted database: the installation's region as the default, a region per case, every
// document type checked by its own rule with the message in the UI language, and a refused
// call leaving the database exactly as it was.
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../../../shared/i18n';
import { dbContentHash, type TestCore } from '../../../helpers/core';
import { openCorePerTest } from '../../../helpers/case';

let core: TestCore;
const reopen = openCorePerTest((c) => (core = c));

describe('the installation region', () => {
  it('is mainland China until set, and new cases take it', async () => {
    expect((await core.call('settings.get')).region).toBe('cn');
    const cn = await core.call('clients.create', { name: '张三' });
    expect(cn).toMatchObject({ region: 'cn', idType: 'prc_resident' });

    await core.call('settings.update', { region: 'tw' });
    expect((await core.call('settings.get')).region).toBe('tw');
    const tw = await core.call('clients.create', { name: '陳美玲', idNumber: 'a123456789', phone: '0912-345-678' });
    expect(tw).toMatchObject({ region: 'tw', idType: 'tw_national', idNumberMasked: 'A1******89', phone: '0912345678' });
    expect(await core.call('clients.revealIdNumber', { id: tw.id })).toEqual({ idNumber: 'A123456789' });
    // The earlier case keeps its own region: changing the setting converts nothing.
    expect(await core.call('clients.get', { id: cn.id })).toMatchObject({ region: 'cn' });
  });

  it('survives reopening the database', async () => {
    await core.call('settings.update', { region: 'hk' });
    reopen();
    expect((await core.call('settings.get')).region).toBe('hk');
  });

  it('refuses a region it does not know, translated, and changes nothing', async () => {
    await core.call('settings.update', { language: 'zh-TW' });
    const before = dbContentHash(core.db);
    const err = await core.failRaw('settings.update', { region: 'jp' });
    expect(err).toMatchObject({ code: 'VALIDATION', fields: { region: catalogs['zh-TW'].validation.choice } });
    expect(dbContentHash(core.db)).toBe(before);
    expect((await core.call('settings.get')).region).toBe('cn');
  });
});

describe('a region per case', () => {
  it('holds cases of every region side by side', async () => {
    const made = await Promise.all([
      core.call('clients.create', { name: '张三', region: 'cn', idNumber: '11010519491231002X' }),
      core.call('clients.create', { name: '陳美玲', region: 'tw', idType: 'tw_national', idNumber: 'A123456789' }),
      core.call('clients.create', { name: '陳大文', region: 'hk', idType: 'hk_identity', idNumber: 'A123456(3)', phone: '9123 4567' }),
      core.call('clients.create', { name: '何嘉欣', region: 'mo', idType: 'mo_resident', idNumber: '1234567(8)', phone: '+853 6612 3456' }),
    ]);
    expect(made.map((c) => [c.region, c.idType, c.idNumberMasked])).toEqual([
      ['cn', 'prc_resident', '1101**********002X'],
      ['tw', 'tw_national', 'A1******89'],
      ['hk', 'hk_identity', 'A******(3)'],
      ['mo', 'mo_resident', '1******(8)'],
    ]);
    const list = await core.call('clients.list', { sort: 'caseRef', order: 'asc' });
    expect(list.items.map((c) => c.region)).toEqual(['cn', 'tw', 'hk', 'mo']);
  });

  it('moves a case to another region without touching its other fields', async () => {
    const c = await core.call('clients.create', { name: '林志明', notes: '先前误设为大陆' });
    const moved = await core.call('clients.update', { id: c.id, rev: c.rev, patch: { region: 'tw', idType: 'tw_national', idNumber: 'F131345674' } });
    expect(moved).toMatchObject({ region: 'tw', idType: 'tw_national', notes: '先前误设为大陆', idNumberMasked: 'F1******74' });
  });

  it.each([
    ['en', 'tw_national', 'A123456788', 'The check digit of this Taiwan ID is wrong: please check it'],
    ['zh-TW', 'tw_national', 'A123456788', '身分證字號檢查碼不正確，請核對'],
    ['zh-CN', 'hk_identity', 'A123456(4)', '香港身份证号检查码不正确，请核对'],
    ['zh-TW', 'mo_resident', '2234567(8)', catalogs['zh-TW'].region.errors.moResidentFormat],
    ['en', 'prc_resident', 'A123456789', catalogs.en.validation.idNumber.format],
  ] as const)('refuses in %s a %s number %s at the field, leaving the database as it was', async (language, idType, idNumber, message) => {
    await core.call('settings.update', { language });
    const before = dbContentHash(core.db);
    const err = await core.fail('clients.create', { name: '王小明', idType, idNumber });
    expect(err).toMatchObject({ code: 'VALIDATION', fields: { idNumber: message } });
    expect(dbContentHash(core.db)).toBe(before);
  });

  it('checks the stored pair when a patch changes only the type or only the number', async () => {
    const c = await core.call('clients.create', { name: '陳美玲', region: 'tw', idType: 'tw_national', idNumber: 'A123456789' });
    const before = dbContentHash(core.db);
    const typeOnly = await core.fail('clients.update', { id: c.id, rev: c.rev, patch: { idType: 'hk_identity' } });
    expect(typeOnly).toMatchObject({ code: 'VALIDATION', fields: { idNumber: catalogs['zh-CN'].region.errors.hkIdentityFormat } });
    const numberOnly = await core.fail('clients.update', { id: c.id, rev: c.rev, patch: { idNumber: 'A223456789' } });
    expect(numberOnly).toMatchObject({ code: 'VALIDATION', fields: { idNumber: catalogs['zh-CN'].region.errors.twNationalChecksum } });
    expect(dbContentHash(core.db)).toBe(before);
  });

  it('refuses an unknown region or document type on a case, and changes nothing', async () => {
    const c = await core.call('clients.create', { name: '张三' });
    const before = dbContentHash(core.db);
    expect(await core.failRaw('clients.update', { id: c.id, rev: c.rev, patch: { region: 'sg' } })).toMatchObject({ code: 'VALIDATION', fields: { 'patch.region': catalogs['zh-CN'].validation.choice } });
    expect(await core.failRaw('clients.create', { name: '李四', idType: 'driving_licence' })).toMatchObject({ code: 'VALIDATION', fields: { idType: catalogs['zh-CN'].validation.choice } });
    expect(dbContentHash(core.db)).toBe(before);
  });

  it('finds the same Hong Kong number however it was typed, and refuses it for a second client', async () => {
    await core.call('clients.create', { name: '陳大文', region: 'hk', idType: 'hk_identity', idNumber: 'A123456(3)' });
    const err = await core.fail('clients.create', { name: '陳小文', region: 'hk', idType: 'hk_identity', idNumber: 'a 123456 3' });
    expect(err).toMatchObject({ code: 'CONFLICT', fields: { idNumber: expect.stringContaining('P-') } });
  });
});
