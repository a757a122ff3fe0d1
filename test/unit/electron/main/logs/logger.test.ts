import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger, LOG_FILE } from '../../../../../electron/main/logs/logger';
import { redact, redactText, REDACTED } from '../../../../../electron/main/logs/redact';
import { makeTempDir, openTestCore, removeDir } from '../../../helpers/core';

// The log a counsellor's machine keeps: a real file, read back and scanned for anything that
// identifies the client.

const dirs: string[] = [];
const tmp = () => {
  const d = makeTempDir('parley-logs-');
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach(removeDir));

// Everything below is "a client's details": none of it may reach the file.
const NEEDLES = ['王堃喆', '堃', 'Chan Tai Man', '11010519491231002X', 'A123456(7)', 'A123456789', '13800138000', '138 0013 8000', '9123 4567', 'wang@example.cn', '12,345.67', '1234567', '6225880112345678', '北京市朝阳区', '王堃喆-困难说明.pdf'];

function clientError(): Error {
  const err = new Error(
    'UNIQUE constraint failed while saving 王堃喆 (ID 11010519491231002X, tel 13800138000 / 138 0013 8000, wang@example.cn): owes ¥12,345.67 = 1234567 fen on card 6225880112345678, file /Users/li/Desktop/王堃喆-困难说明.pdf',
  );
  Object.assign(err, {
    code: 'SQLITE_CONSTRAINT_UNIQUE',
    client: { id: 42, name: 'Chan Tai Man', idNumber: 'A123456(7)', phone: '+852 9123 4567', address: '北京市朝阳区建国路 88 号', outstandingFen: 1234567 },
    cause: new Error('TW client A123456789 failed'),
  });
  return err;
}

describe('the log', () => {
  it('writes an error carrying a client\'s details with all of them taken out, and keeps what helps to fix the bug', () => {
    const dir = tmp();
    const log = createLogger({ dir });
    log.error('ipc', 'clients.update failed:', clientError());
    const text = fs.readFileSync(path.join(dir, LOG_FILE), 'utf8');
    for (const needle of NEEDLES) expect(text, needle).not.toContain(needle);
    // Still useful: the level, the scope, the error and its code, where it was thrown, the row id.
    expect(text).toMatch(/\[error\]/);
    expect(text).toContain('[ipc] clients.update failed:');
    expect(text).toContain('UNIQUE constraint failed while saving');
    expect(text).toContain('SQLITE_CONSTRAINT_UNIQUE');
    expect(text).toMatch(/logger\.test\.ts:\d+:\d+/);
    expect(text).toMatch(/id: 42/);
    expect(text).toContain(REDACTED);
  });

  it('is where the dispatcher reports unexpected failures', async () => {
    const dir = tmp();
    const log = createLogger({ dir });
    const core = openTestCore(tmp(), { logError: (channel, err) => log.error('ipc', `${channel} failed:`, err) });
    try {
      // A client, then a database that breaks under the handler: an unexpected error.
      const made = await core.call('clients.create', { name: '王堃喆', phone: '13800138000', idNumber: '11010519491231002X' });
      core.db.exec('CREATE TRIGGER boom BEFORE UPDATE ON clients BEGIN SELECT RAISE(ABORT, \'disk says no for 王堃喆 13800138000\'); END');
      const res = await core.dispatch('clients.update', { id: made.id, rev: made.rev, patch: { name: '王堃喆二' } });
      expect(res, JSON.stringify(res)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    } finally {
      core.close();
    }
    const text = fs.readFileSync(path.join(dir, LOG_FILE), 'utf8');
    expect(text).toContain('[ipc] clients.update failed:');
    expect(text).toContain('disk says no for');
    for (const needle of ['王堃喆', '13800138000']) expect(text).not.toContain(needle);
  });

  it('rotates by size and keeps three old files', () => {
    const dir = tmp();
    const log = createLogger({ dir, maxBytes: 2000, keep: 3 });
    for (let i = 0; i < 200; i++) log.info('test', `line ${i} ${'x'.repeat(80)}`);
    expect(fs.readdirSync(dir).sort()).toEqual(['main.1.log', 'main.2.log', 'main.3.log', 'main.log']);
    for (const f of fs.readdirSync(dir)) expect(fs.statSync(path.join(dir, f)).size).toBeLessThan(2200);
    expect(fs.readFileSync(path.join(dir, 'main.log'), 'utf8')).toContain('line 199');
  });
});

describe('redaction', () => {
  it('takes out IDs of every region, phones, e-mail, money, Chinese text and document names', () => {
    expect(redactText('IDs 11010519491231002X, 110105491231002, A123456789, A123456(7), 1234567(8)')).toBe('IDs «id», «id», «id», «id», «id»');
    expect(redactText('call +86 138-0013-8000 or (852) 9123 4567 or 0912-345-678')).toBe('call «phone» or «phone» or «number»');
    expect(redactText('owes ¥1,234.50, NT$ 30000 and 987654 fen')).toBe('owes «amount», «amount» and «number» fen');
    expect(redactText('name 欧阳娜娜 and 𠮷野家')).toBe('name «text» and «text»');
  });

  it('takes out the new document numbers as Parley stores and shows them', () => {
    // Stored compact (no brackets): Hong Kong with one and two letters, Taiwan resident certificates (8/9), Macau, passports.
    for (const id of ['A1234563', 'AB9876543', 'A123456(3)', 'F131345674', 'A823456781', '12345678', '1234567(8)', 'E12345678']) {
      expect(redactText(`client ${id} refused`), id).not.toMatch(/\d{4}/);
    }
    expect(redactText('owes NT$12,345; HK$ 1,234.50 and MOP$260.00')).toBe('owes «amount»; «amount» and «amount»');
    expect(redactText('call 0912-345-678, 9123 4567 or +853 6612 3456')).not.toMatch(/\d{3}/);
    expect(redactText('saved /tmp/p/BJ-2025-0042-欧阳-hardship.pdf')).toBe('saved /tmp/p/«file».pdf');
  });

  it('leaves what is not personal: stack positions, dates, short numbers, channel names', () => {
    const line = 'at dispatch (/app/out/main/index.js:1234:56) on 2025-03-15T09:00:00.000Z for clients.update id 42';
    expect(redactText(line)).toBe(line);
  });

  it('replaces fields named for personal data whole, keeps the rest, and survives cycles', () => {
    const value: Record<string, unknown> = { id: 7, channel: 'debts.update', name: 'Chan Tai Man', principalFen: 5, notes: 'x', nested: { phone: '1' }, list: ['欧阳'] };
    value['self'] = value;
    expect(redact(value)).toEqual({ id: 7, channel: 'debts.update', name: REDACTED, principalFen: REDACTED, notes: REDACTED, nested: { phone: REDACTED }, list: ['«text»'], self: '[circular]' });
  });
});
