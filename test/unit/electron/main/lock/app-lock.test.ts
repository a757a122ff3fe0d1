import { afterEach, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../../../shared/channels';
import { OPEN_WHILE_LOCKED } from '../../../../../shared/ipc/lock.channels';
import { dbContentHash, makeTempDir, openTestCore, removeDir, type TestCore } from '../../../helpers/core';

const PASSCODE = '8642-秘密';
let core: TestCore;
let dir: string;

function open(): TestCore {
  core = openTestCore(dir);
  return core;
}

afterEach(() => {
  core?.close();
  removeDir(dir);
});

async function withLock(idleMinutes = 5): Promise<TestCore> {
  dir = makeTempDir();
  const c = open();
  await c.call('lock.configure', { passcode: PASSCODE, idleMinutes });
  return c;
}

describe('app lock', () => {
  it('is off on a new installation, and everything answers', async () => {
    dir = makeTempDir();
    const c = open();
    expect(await c.call('lock.status')).toEqual({ enabled: false, locked: false, idleMinutes: 0, retryAfterSeconds: 0 });
    await c.call('clients.list', {});
    // Locking without a passcode does nothing.
    expect((await c.call('lock.lock')).locked).toBe(false);
  });

  it('refuses every case-data channel while locked, answering only what the lock screen needs', async () => {
    const c = await withLock();
    expect((await c.call('lock.lock')).locked).toBe(true);
    for (const channel of CHANNELS) {
      const res = await c.dispatch(channel, {});
      if (OPEN_WHILE_LOCKED.includes(channel)) {
        if (!res.ok) expect(res.error.code, channel).not.toBe('LOCKED');
      } else {
        expect(res.ok, channel).toBe(false);
        if (!res.ok) expect(res.error.code, channel).toBe('LOCKED');
      }
    }
  });

  it('leaves the database as it was when a locked call is refused', async () => {
    const c = await withLock();
    await c.call('lock.lock');
    const before = dbContentHash(c.db);
    const err = await c.fail('clients.create', { name: '李四', gender: 'unspecified' });
    expect(err.code).toBe('LOCKED');
    expect(err.message).toContain('锁定');
    expect(dbContentHash(c.db)).toBe(before);
  });

  it('unlocks with the right passcode only, and says which field was wrong', async () => {
    const c = await withLock();
    await c.call('lock.lock');
    const wrong = await c.fail('lock.unlock', { passcode: 'nope-nope' });
    expect(wrong.code).toBe('VALIDATION');
    expect(wrong.fields).toEqual({ passcode: '密码不正确' });
    expect((await c.call('lock.status')).locked).toBe(true);
    expect((await c.call('lock.unlock', { passcode: PASSCODE })).locked).toBe(false);
    await c.call('clients.list', {});
  });

  it('makes the sixth wrong attempt wait, even with the right passcode', async () => {
    const c = await withLock();
    await c.call('lock.lock');
    for (let i = 0; i < 5; i++) expect((await c.fail('lock.unlock', { passcode: `wrong-${i}` })).code).toBe('VALIDATION');
    const status = await c.call('lock.status');
    expect(status.retryAfterSeconds).toBeGreaterThan(20);
    const waiting = await c.fail('lock.unlock', { passcode: PASSCODE });
    expect(waiting.code).toBe('LOCKED');
    expect(waiting.message).toMatch(/\d+ 秒/);
    expect((await c.call('lock.status')).locked).toBe(true);
  });

  it('keeps the back-off across restarts: five wrong tries, restart, still refused until the wait is over', async () => {
    dir = makeTempDir();
    let t = Date.parse('2026-03-02T09:00:00.000Z');
    const clock = () => new Date(t);
    const c = openTestCore(dir, { now: clock });
    core = c;
    await c.call('lock.configure', { passcode: PASSCODE, idleMinutes: 5 });
    await c.call('lock.lock');
    for (let i = 0; i < 5; i++) expect((await c.fail('lock.unlock', { passcode: `wrong-${i}` })).code).toBe('VALIDATION');
    c.close();

    // A restart (the database reopened by a new core) gives no fresh tries.
    t += 5_000;
    const again = openTestCore(dir, { now: clock });
    core = again;
    expect((await again.call('lock.status')).retryAfterSeconds).toBe(25);
    const refused = await again.fail('lock.unlock', { passcode: PASSCODE });
    expect(refused.code).toBe('LOCKED');
    expect(refused.message).toMatch(/25 秒/);
    expect((await again.call('lock.status')).locked).toBe(true);

    // Once the wait is over the right passcode opens it, and the count starts again.
    t += 25_000;
    expect((await again.call('lock.unlock', { passcode: PASSCODE })).locked).toBe(false);
    await again.call('lock.lock');
    for (let i = 0; i < 4; i++) expect((await again.fail('lock.unlock', { passcode: `wrong-${i}` })).code).toBe('VALIDATION');
    expect((await again.call('lock.status')).retryAfterSeconds).toBe(0);
  });

  it('a sixth wrong try after a restart doubles the wait instead of starting over', async () => {
    dir = makeTempDir();
    let t = Date.parse('2026-03-02T09:00:00.000Z');
    const clock = () => new Date(t);
    let c = openTestCore(dir, { now: clock });
    core = c;
    await c.call('lock.configure', { passcode: PASSCODE, idleMinutes: 5 });
    await c.call('lock.lock');
    for (let i = 0; i < 5; i++) await c.fail('lock.unlock', { passcode: `wrong-${i}` });
    c.close();
    t += 30_000;
    c = openTestCore(dir, { now: clock });
    core = c;
    expect((await c.fail('lock.unlock', { passcode: 'wrong-5' })).code).toBe('VALIDATION');
    expect((await c.call('lock.status')).retryAfterSeconds).toBe(60);
  });

  it('starts locked after a restart, so a reload or a new window cannot skip it', async () => {
    const c = await withLock(15);
    c.close();
    const again = open();
    expect(await again.call('lock.status')).toMatchObject({ enabled: true, locked: true, idleMinutes: 15 });
    expect((await again.fail('clients.list', {})).code).toBe('LOCKED');
  });

  it('asks for the current passcode to change or turn off the lock', async () => {
    const c = await withLock();
    const missing = await c.fail('lock.configure', { passcode: 'another-one', idleMinutes: 5 });
    expect(missing.fields).toHaveProperty('current');
    expect((await c.fail('lock.disable', { current: 'bad-guess' })).fields).toHaveProperty('current');
    await c.call('lock.configure', { current: PASSCODE, passcode: 'another-one', idleMinutes: 30 });
    await c.call('lock.lock');
    expect((await c.fail('lock.unlock', { passcode: PASSCODE })).code).toBe('VALIDATION');
    await c.call('lock.unlock', { passcode: 'another-one' });
    expect(await c.call('lock.disable', { current: 'another-one' })).toMatchObject({ enabled: false, locked: false });
  });

  it('validates the passcode and the idle time', async () => {
    dir = makeTempDir();
    const c = open();
    const err = await c.fail('lock.configure', { passcode: '12345', idleMinutes: 7 });
    expect(err.code).toBe('VALIDATION');
    expect(Object.keys(err.fields ?? {}).sort()).toEqual(['idleMinutes', 'passcode']);
    expect((await c.fail('lock.configure', { passcode: 'x'.repeat(65), idleMinutes: 5 })).fields).toHaveProperty('passcode');
  });

  it('stores neither the passcode nor anything that reveals it, and audits the change without it', async () => {
    const c = await withLock();
    const settings = c.db.prepare(`SELECT value_json FROM settings WHERE key = 'appLock'`).get() as { value_json: string };
    expect(settings.value_json).not.toContain(PASSCODE);
    expect(Object.keys(JSON.parse(settings.value_json) as object).sort()).toEqual(['hash', 'idleMinutes', 'salt']);
    const audit = c.db.prepare(`SELECT after_json FROM audit_log WHERE entity = 'appLock'`).all() as { after_json: string }[];
    expect(audit).toEqual([{ after_json: JSON.stringify({ enabled: true, idleMinutes: 5 }) }]);
  });
});
