import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KEY_FILE, KeystoreError, loadOrCreateKey, type SafeStorageLike } from '../../../../../electron/main/platform/keystore';

// A stand-in for Electron's safeStorage: reversible, but visibly not plain text.
function fakeSafeStorage(opts: { available?: boolean; backend?: string; failDecrypt?: boolean } = {}) {
  const mask = (b: Buffer) => Buffer.from(b.map((x) => x ^ 0x5c));
  const s = {
    isEncryptionAvailable: vi.fn(() => opts.available ?? true),
    getSelectedStorageBackend: vi.fn(() => opts.backend ?? 'gnome_libsecret'),
    encryptString: vi.fn((text: string) => Buffer.concat([Buffer.from('ENC:'), mask(Buffer.from(text, 'utf8'))])),
    decryptString: vi.fn((data: Buffer) => {
      if (opts.failDecrypt || !data.subarray(0, 4).equals(Buffer.from('ENC:'))) throw new Error('Error while decrypting the ciphertext');
      return mask(data.subarray(4)).toString('utf8');
    }),
  };
  return s as typeof s & SafeStorageLike;
}

const dirs: string[] = [];
function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-keystore-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const keyFile = (dir: string) => path.join(dir, KEY_FILE);
const stored = (dir: string) => JSON.parse(fs.readFileSync(keyFile(dir), 'utf8')) as { protection: string; data: string };

/** True when the key appears in the file in any obvious encoding. */
function fileLeaksKey(dir: string, key: Buffer): boolean {
  const raw = fs.readFileSync(keyFile(dir));
  const text = raw.toString('latin1');
  return raw.includes(key) || text.includes(key.toString('base64')) || text.includes(key.toString('hex'));
}

function problemOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof KeystoreError) return err.problem;
    throw err;
  }
  throw new Error('expected a KeystoreError');
}

describe('first run', () => {
  it('makes a random 32-byte key and stores it encrypted by the OS', () => {
    const dir = tempDir();
    const safeStorage = fakeSafeStorage();
    const key = loadOrCreateKey({ dir, safeStorage, platform: 'win32', env: {} });
    expect(key).toHaveLength(32);
    expect(safeStorage.encryptString).toHaveBeenCalledWith(key.toString('base64'));
    expect(stored(dir).protection).toBe('safeStorage');
    expect(fileLeaksKey(dir, key)).toBe(false);
    if (process.platform !== 'win32') expect(fs.statSync(keyFile(dir)).mode & 0o077).toBe(0);
  });

  it('makes a different key for each installation', () => {
    const a = loadOrCreateKey({ dir: tempDir(), safeStorage: fakeSafeStorage(), platform: 'darwin', env: {} });
    const b = loadOrCreateKey({ dir: tempDir(), safeStorage: fakeSafeStorage(), platform: 'darwin', env: {} });
    expect(a.equals(b)).toBe(false);
  });

  it('returns the same key on the next start', () => {
    const dir = tempDir();
    const first = loadOrCreateKey({ dir, safeStorage: fakeSafeStorage(), platform: 'darwin', env: {} });
    const again = loadOrCreateKey({ dir, safeStorage: fakeSafeStorage(), platform: 'darwin', env: {}, databaseExists: true });
    expect(again.equals(first)).toBe(true);
  });
});

describe('without OS encryption', () => {
  it('refuses, and writes nothing', () => {
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      const dir = tempDir();
      const safeStorage = fakeSafeStorage({ available: false });
      expect(problemOf(() => loadOrCreateKey({ dir, safeStorage, platform, env: {} }))).toBe('unavailable');
      expect(fs.existsSync(keyFile(dir))).toBe(false);
      expect(safeStorage.encryptString).not.toHaveBeenCalled();
    }
  });

  it("treats Linux's basic_text fallback (a hard-coded password) as no encryption", () => {
    const dir = tempDir();
    const safeStorage = fakeSafeStorage({ available: true, backend: 'basic_text' });
    expect(problemOf(() => loadOrCreateKey({ dir, safeStorage, platform: 'linux', env: {} }))).toBe('unavailable');
    expect(fs.existsSync(keyFile(dir))).toBe(false);
  });

  it('says how a Linux developer can opt in', () => {
    const dir = tempDir();
    expect(() => loadOrCreateKey({ dir, safeStorage: fakeSafeStorage({ available: false }), platform: 'linux', env: {} })).toThrow(/PARLEY_INSECURE_KEYSTORE=1/);
  });

  it('stores a plain key on Linux only with PARLEY_INSECURE_KEYSTORE=1, and says so', () => {
    const dir = tempDir();
    const warn = vi.fn();
    const env = { PARLEY_INSECURE_KEYSTORE: '1' };
    const key = loadOrCreateKey({ dir, safeStorage: fakeSafeStorage({ available: false }), platform: 'linux', env, warn });
    expect(stored(dir).protection).toBe('plain');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/WITHOUT OS encryption/));
    expect(loadOrCreateKey({ dir, safeStorage: fakeSafeStorage({ available: false }), platform: 'linux', env, warn }).equals(key)).toBe(true);
    // The same plain key file is refused once the opt-in is gone.
    expect(problemOf(() => loadOrCreateKey({ dir, safeStorage: fakeSafeStorage({ available: false }), platform: 'linux', env: {} }))).toBe('unavailable');
  });

  it('ignores the opt-in outside Linux', () => {
    for (const platform of ['win32', 'darwin'] as const) {
      const dir = tempDir();
      const env = { PARLEY_INSECURE_KEYSTORE: '1' };
      expect(problemOf(() => loadOrCreateKey({ dir, safeStorage: fakeSafeStorage({ available: false }), platform, env }))).toBe('unavailable');
      expect(fs.existsSync(keyFile(dir))).toBe(false);
    }
  });

  it('moves a plain key into OS encryption once that is available', () => {
    const dir = tempDir();
    const env = { PARLEY_INSECURE_KEYSTORE: '1' };
    const key = loadOrCreateKey({ dir, safeStorage: fakeSafeStorage({ available: false }), platform: 'linux', env, warn: () => {} });
    const again = loadOrCreateKey({ dir, safeStorage: fakeSafeStorage(), platform: 'linux', env: {} });
    expect(again.equals(key)).toBe(true);
    expect(stored(dir).protection).toBe('safeStorage');
    expect(fileLeaksKey(dir, key)).toBe(false);
  });
});

describe('problems with an existing key file', () => {
  it('refuses to make a new key when a database already exists', () => {
    const dir = tempDir();
    expect(problemOf(() => loadOrCreateKey({ dir, safeStorage: fakeSafeStorage(), platform: 'win32', env: {}, databaseExists: true }))).toBe('missing');
    expect(fs.existsSync(keyFile(dir))).toBe(false);
  });

  it('reports a key the keychain cannot decrypt, and leaves the file alone', () => {
    const dir = tempDir();
    loadOrCreateKey({ dir, safeStorage: fakeSafeStorage(), platform: 'darwin', env: {} });
    const before = fs.readFileSync(keyFile(dir));
    expect(problemOf(() => loadOrCreateKey({ dir, safeStorage: fakeSafeStorage({ failDecrypt: true }), platform: 'darwin', env: {} }))).toBe('unreadable');
    expect(fs.readFileSync(keyFile(dir)).equals(before)).toBe(true);
  });

  it('reports a damaged key file, and leaves it alone', () => {
    const dir = tempDir();
    fs.writeFileSync(keyFile(dir), 'garbage');
    expect(problemOf(() => loadOrCreateKey({ dir, safeStorage: fakeSafeStorage(), platform: 'darwin', env: {} }))).toBe('corrupt');
    expect(fs.readFileSync(keyFile(dir), 'utf8')).toBe('garbage');
  });

  it('reports a key of the wrong length', () => {
    const dir = tempDir();
    const safeStorage = fakeSafeStorage();
    const data = safeStorage.encryptString(Buffer.alloc(16).toString('base64')).toString('base64');
    fs.writeFileSync(keyFile(dir), JSON.stringify({ format: 'parley-key', version: 1, protection: 'safeStorage', data }));
    expect(problemOf(() => loadOrCreateKey({ dir, safeStorage, platform: 'darwin', env: {} }))).toBe('corrupt');
  });
});
