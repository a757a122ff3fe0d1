import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../../electron/main/dispatch';
import { AppError } from '../../../../electron/main/errors';
import type { HandlerTable } from '../../../../electron/main/handler-types';
import { catalogs } from '../../../../shared/i18n';
import type { Locale } from '../../../../shared/schemas/common';

const EN = catalogs.en;
import { dbContentHash, type TestCore } from '../../helpers/core';
import { openCorePerTest } from '../../helpers/case';

let core: TestCore;
openCorePerTest((c) => (core = c));

/** A dispatcher over the real handler table with some channels replaced. */
function dispatcherWith(overrides: Partial<Record<keyof HandlerTable, (input: unknown) => unknown>>, opts: { validateOutput?: boolean; locale?: Locale } = {}) {
  const logged: { channel: string; err: unknown }[] = [];
  const dispatch = createDispatcher({ ...core.handlers, ...overrides } as HandlerTable, {
    locale: () => opts.locale ?? 'zh-CN',
    validateOutput: opts.validateOutput ?? true,
    logError: (channel, err) => logged.push({ channel, err }),
  });
  return { dispatch, logged };
}

describe('unknown channels', () => {
  it.each(['clients.delete', 'Clients.list', '', 'toString', '__proto__', 'constructor', 42, null, undefined, { channel: 'app.info' }])(
    'refuses %s with UNKNOWN_CHANNEL',
    async (channel) => {
      const res = await core.dispatch(channel, {});
      expect(res).toEqual({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: catalogs['zh-CN'].errors.UNKNOWN_CHANNEL } });
    },
  );
});

describe('input validation', () => {
  it('refuses bad input with VALIDATION and a translated message per field (zh-CN by default)', async () => {
    const res = await core.dispatch('clients.create', { name: '张3', phone: '12345', idNumber: '110105194912310021', email: 'x' });
    expect(res).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: catalogs['zh-CN'].errors.VALIDATION,
        fields: {
          name: catalogs['zh-CN'].validation.personName,
          phone: catalogs['zh-CN'].validation.phone,
          idNumber: catalogs['zh-CN'].validation.idNumber.checksum,
          email: catalogs['zh-CN'].validation.email,
        },
      },
    });
  });

  it('translates into the language chosen in settings, from the next call on', async () => {
    const bad = { name: '李四', phone: '12345', idNumber: '110105202602300010' };

    await core.call('settings.update', { language: 'en' });
    const en = await core.fail('clients.create', bad);
    expect(en.message).toBe(EN.errors.VALIDATION);
    expect(en.fields).toEqual({
      phone: EN.validation.phone,
      idNumber: EN.validation.idNumber.birthDate,
    });

    await core.call('settings.update', { language: 'zh-TW' });
    const tw = await core.fail('clients.create', bad);
    expect(tw.message).toBe(catalogs['zh-TW'].errors.VALIDATION);
    expect(tw.fields).toEqual({ phone: catalogs['zh-TW'].validation.phone, idNumber: catalogs['zh-TW'].validation.idNumber.birthDate });
    expect(tw.fields!.phone).not.toBe(catalogs['zh-CN'].validation.phone);

    await core.call('settings.update', { language: 'zh-CN' });
    expect((await core.fail('clients.create', bad)).fields!.phone).toBe(catalogs['zh-CN'].validation.phone);
  });

  it('names each unknown key as a field', async () => {
    await core.call('settings.update', { language: 'en' });
    const err = await core.failRaw('clients.create', { name: '李四', archived: true, caseRef: 'X' });
    expect(err.code).toBe('VALIDATION');
    expect(err.fields).toEqual({ archived: EN.validation.unknownField, caseRef: EN.validation.unknownField });
  });

  it('names unknown keys inside a nested object with dotted paths', async () => {
    await core.call('settings.update', { language: 'en' });
    const err = await core.failRaw('clients.update', { id: 1, rev: 1, patch: { archived: true } });
    expect(err.fields).toEqual({ 'patch.archived': EN.validation.unknownField });
  });

  it('gives nested fields dotted paths', async () => {
    await core.call('settings.update', { language: 'en' });
    const err = await core.fail('clients.update', { id: 1, rev: 1, patch: { phone: 'abc' } });
    expect(err.fields).toEqual({ 'patch.phone': EN.validation.phone });
  });

  it('falls back to generic messages for zod issues without a key', async () => {
    await core.call('settings.update', { language: 'en' });
    expect((await core.failRaw('clients.create', 'not an object')).fields).toEqual({ _: EN.validation.type });
    expect((await core.fail('clients.list', { pageSize: 201 })).fields).toEqual({ pageSize: EN.validation.number });
    expect((await core.failRaw('clients.list', { pageSize: 'ten' })).fields).toEqual({ pageSize: EN.validation.number });
  });

  it('hands the handler the parsed input, with defaults filled in', async () => {
    const seen: unknown[] = [];
    const { dispatch } = dispatcherWith({
      'clients.list': (input) => {
        seen.push(input);
        return { items: [], total: 0, page: 1, pageSize: 50 };
      },
    });
    await dispatch('clients.list', {});
    expect(seen).toEqual([{ page: 1, pageSize: 50, sort: 'updatedAt', order: 'desc', archived: false }]);
  });

  it('never calls the handler when the input is invalid', async () => {
    let called = 0;
    const { dispatch } = dispatcherWith({
      'clients.get': () => {
        called++;
        return null;
      },
    });
    expect((await dispatch('clients.get', { id: -1 })).ok).toBe(false);
    expect(called).toBe(0);
  });
});

describe('handler failures', () => {
  const SECRET = 'secret detail: cannot read /home/counsellor/parley.db at line 42';

  it('turns a plain Error into INTERNAL with a generic message and logs the real one', async () => {
    const thrown = new Error(SECRET);
    const { dispatch, logged } = dispatcherWith({
      'app.info': () => {
        throw thrown;
      },
    });
    const res = await dispatch('app.info', undefined);
    expect(res).toEqual({ ok: false, error: { code: 'INTERNAL', message: catalogs['zh-CN'].errors.INTERNAL } });
    const text = JSON.stringify(res);
    for (const leak of ['secret', 'parley.db', 'Error', 'at line', '    at ', thrown.stack!.split('\n')[1]!.trim()]) expect(text).not.toContain(leak);
    expect(logged).toEqual([{ channel: 'app.info', err: thrown }]);
  });

  it.each([
    ['a rejected promise', () => Promise.reject(new TypeError(SECRET))],
    ['a thrown string', () => {
      throw SECRET;
    }],
    ['a thrown null', () => {
      throw null;
    }],
    ['an Error with a non-SQLite code', () => {
      throw Object.assign(new Error(SECRET), { code: 'ENOENT' });
    }],
    ['a constraint error', () => {
      throw new Database.SqliteError(SECRET, 'SQLITE_CONSTRAINT_UNIQUE');
    }],
  ])('turns %s into INTERNAL', async (_, handler) => {
    const { dispatch, logged } = dispatcherWith({ 'app.info': handler }, { locale: 'en' });
    const res = await dispatch('app.info', {});
    expect(res).toEqual({ ok: false, error: { code: 'INTERNAL', message: catalogs.en.errors.INTERNAL } });
    expect(JSON.stringify(res)).not.toContain('secret');
    expect(logged).toHaveLength(1);
  });

  it.each(['SQLITE_FULL', 'SQLITE_READONLY', 'SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_IOERR_WRITE', 'SQLITE_CANTOPEN'])(
    'turns a SqliteError %s into STORAGE',
    async (code) => {
      const { dispatch, logged } = dispatcherWith({
        'app.info': () => {
          throw new Database.SqliteError(SECRET, code);
        },
      }, { locale: 'en' });
      const res = await dispatch('app.info', {});
      expect(res).toEqual({ ok: false, error: { code: 'STORAGE', message: catalogs.en.errors.STORAGE } });
      expect(logged).toHaveLength(1);
    },
  );

  it('reports a real full database as STORAGE and keeps it unchanged', async () => {
    await core.call('clients.create', { name: '张三' });
    const before = dbContentHash(core.db);
    // Cap the file at its current size: the next write needs a page it cannot have.
    const pages = core.db.pragma('page_count', { simple: true }) as number;
    core.db.pragma(`max_page_count = ${pages}`);
    const err = await core.fail('clients.create', { name: '李四', notes: '很长的备注'.repeat(3000) });
    expect(err).toEqual({ code: 'STORAGE', message: catalogs['zh-CN'].errors.STORAGE });
    expect((core.logged[0]?.err as { code?: string }).code).toBe('SQLITE_FULL');
    expect(dbContentHash(core.db)).toBe(before);
  });

  it('translates an AppError with its parameters and fields', async () => {
    const { dispatch, logged } = dispatcherWith(
      {
        'app.info': () => {
          throw new AppError('CONFLICT', 'validation.idNumberTaken', { caseRef: 'P-2025-00009' }, { idNumber: 'validation.idNumberTaken' });
        },
      },
      { locale: 'en' },
    );
    const res = await dispatch('app.info', {});
    const text = EN.validation.idNumberTaken.replace('{{caseRef}}', 'P-2025-00009');
    expect(text).toContain('P-2025-00009');
    expect(res).toEqual({ ok: false, error: { code: 'CONFLICT', message: text, fields: { idNumber: text } } });
    expect(logged).toEqual([]);
  });

  it('gives an AppError without a key the message of its code, and no fields', async () => {
    const { dispatch } = dispatcherWith({
      'app.info': () => {
        throw new AppError('NOT_FOUND');
      },
    }, { locale: 'zh-TW' });
    expect(await dispatch('app.info', {})).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: catalogs['zh-TW'].errors.NOT_FOUND } });
  });
});

describe('output validation', () => {
  it('catches a handler result that breaks the output schema', async () => {
    const { dispatch, logged } = dispatcherWith({ 'app.info': () => ({ appVersion: 1, schemaVersion: 'two' }) });
    const res = await dispatch('app.info', {});
    expect(res).toEqual({ ok: false, error: { code: 'INTERNAL', message: catalogs['zh-CN'].errors.INTERNAL } });
    expect(logged).toHaveLength(1);
    expect(String((logged[0]!.err as Error).message)).toMatch(/output of app\.info/);
  });

  it('catches a client summary that leaks a field of the wrong type', async () => {
    const { dispatch } = dispatcherWith({ 'clients.get': () => ({ id: 1, caseRef: 'P', name: 'x' }) });
    expect((await dispatch('clients.get', { id: 1 })).ok).toBe(false);
  });

  it('passes a good result through', async () => {
    const { dispatch } = dispatcherWith({});
    expect(await dispatch('app.info', {})).toEqual({
      ok: true,
      data: { appVersion: '0.0.0-test', schemaVersion: expect.any(Number), dataDir: core.dir, shell: 'harness' },
    });
  });

  it('is skipped when not asked for', async () => {
    const { dispatch } = dispatcherWith({ 'app.info': () => ({ wrong: true }) }, { validateOutput: false });
    expect(await dispatch('app.info', {})).toEqual({ ok: true, data: { wrong: true } });
  });
});
