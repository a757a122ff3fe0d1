import { describe, expect, it } from 'vitest';
import { DatabaseKeyError, DatabaseTooNewError } from '../../../../../electron/main/errors';
import { KeystoreError } from '../../../../../electron/main/platform/keystore';
import { startupMessage } from '../../../../../electron/main/platform/startup-errors';

// The start-up error box must be understandable whatever the UI language setting.

const CJK = /[\u4e00-\u9fff]/;

describe('startupMessage', () => {
  it('explains a database from a newer version, in Chinese and English', () => {
    const m = startupMessage(new DatabaseTooNewError(7, 2), '/data');
    expect(m.title).toMatch(CJK);
    expect(m.title).toMatch(/cannot start/);
    expect(m.body).toMatch(/newer version of Parley/);
    expect(m.body).toMatch(/更新版本/);
    expect(m.body).toContain('7');
    expect(m.body).toContain('/data');
  });

  it('explains a key that does not open the database', () => {
    const m = startupMessage(new DatabaseKeyError('/data/parley.db'), '/data');
    expect(m.body).toMatch(/parley\.key/);
    expect(m.body).toMatch(/密钥/);
  });

  it('when the keychain refuses the key, tells the counsellor to restore from their passphrase backup (a copied key file cannot help)', () => {
    for (const problem of ['unreadable', 'missing', 'corrupt'] as const) {
      const m = startupMessage(new KeystoreError(problem, 'x'), 'C:\\Users\\li\\AppData\\Local\\Parley\\data');
      expect(m.body, problem).toMatch(/Settings → Backup and restore/);
      expect(m.body, problem).toMatch(/backup passphrase/);
      expect(m.body, problem).toMatch(/设置 → 备份与恢复/);
      expect(m.body, problem).toMatch(/备份密码/);
      expect(m.body, problem).toMatch(/copied parley\.key cannot help/);
      expect(m.body, problem).toContain('rename the data folder C:\\Users\\li\\AppData\\Local\\Parley\\data');
    }
    expect(startupMessage(new KeystoreError('unreadable', 'x'), '/d').body).toMatch(/Always Allow/);
  });

  it('explains missing secure storage', () => {
    const m = startupMessage(new KeystoreError('unavailable', 'The operating system offers no secure storage'), '/data');
    expect(m.body).toMatch(/no secure storage/);
    expect(m.body).toMatch(/明文/);
  });

  it('says the data was not changed, for any failure', () => {
    for (const err of [new Error('boom'), 'odd', new DatabaseKeyError('x')]) {
      expect(startupMessage(err, '/data').body).toMatch(/have not been changed/);
    }
  });
});
