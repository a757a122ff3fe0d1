import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { SafeStorage } from 'electron';
import { writeFileAtomic } from '../fs/atomic-write';

// The database key: 32 random bytes made on first run, kept in <userData>/parley.key,
// encrypted by the OS (Keychain, DPAPI, libsecret/kwallet) through safeStorage. The key
// is never written in plain text unless a Linux developer explicitly opts in.

export const KEY_FILE = 'parley.key';
/** Same length the database layer demands (db/connection.ts KEY_BYTES). */
const KEY_BYTES = 32;
export const INSECURE_ENV = 'PARLEY_INSECURE_KEYSTORE';

export type KeystoreProblem = 'unavailable' | 'unreadable' | 'missing' | 'corrupt';

export class KeystoreError extends Error {
  constructor(
    readonly problem: KeystoreProblem,
    message: string,
  ) {
    super(message);
    this.name = 'KeystoreError';
  }
}

export type SafeStorageLike = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> & {
  getSelectedStorageBackend?(): string;
};

export interface KeystoreOptions {
  /** Folder for parley.key (Electron's userData). */
  dir: string;
  safeStorage: SafeStorageLike;
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
  /** A database already exists: a missing key file is then an error, never a first run. */
  databaseExists?: boolean;
  warn?: (message: string) => void;
}

interface StoredKey {
  format: 'parley-key';
  version: 1;
  protection: 'safeStorage' | 'plain';
  /** base64 of the encrypted base64 key (safeStorage), or base64 of the key (plain). */
  data: string;
}

/** safeStorage that really encrypts. Linux without a keyring falls back to 'basic_text', a hard-coded password: that is plain text. */
export function osEncryptionAvailable(safeStorage: SafeStorageLike, platform: NodeJS.Platform): boolean {
  if (!safeStorage.isEncryptionAvailable()) return false;
  return !(platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text');
}

/** Only on Linux (development machines without a keyring), and only when asked for by name. */
export function insecureOptIn(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): boolean {
  return platform === 'linux' && env[INSECURE_ENV] === '1';
}

function readStored(file: string): StoredKey | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new KeystoreError('unreadable', `The key file ${file} cannot be read: ${(err as Error).message}`);
  }
  try {
    const stored = JSON.parse(text) as Partial<StoredKey>;
    if (stored.format === 'parley-key' && stored.version === 1 && (stored.protection === 'safeStorage' || stored.protection === 'plain') && typeof stored.data === 'string') {
      return stored as StoredKey;
    }
  } catch {
    // fall through
  }
  throw new KeystoreError('corrupt', `The key file ${file} is damaged. Restore it from a backup; do not delete it, or the database cannot be opened.`);
}

/** Atomic, so a crash never leaves half a key file; readable by this user only. */
function writeStored(file: string, stored: StoredKey): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  writeFileAtomic(file, JSON.stringify(stored), { mode: 0o600 });
}

function checked(key: Buffer, file: string): Buffer {
  if (key.length !== KEY_BYTES) throw new KeystoreError('corrupt', `The key file ${file} does not hold a ${KEY_BYTES}-byte key.`);
  return key;
}

function wrap(key: Buffer, safeStorage: SafeStorageLike): StoredKey {
  const data = safeStorage.encryptString(key.toString('base64')).toString('base64');
  return { format: 'parley-key', version: 1, protection: 'safeStorage', data };
}

const noOsEncryption = (platform: NodeJS.Platform): string =>
  'The operating system offers no secure storage for the database key' +
  (platform === 'linux' ? ' (no Secret Service keyring such as GNOME Keyring or KWallet is running)' : '') +
  '. Parley will not keep the key in plain text.' +
  (platform === 'linux' ? ` On a development machine you may allow it explicitly with ${INSECURE_ENV}=1.` : '');

/** Reads the database key, or makes and stores one on first run. Throws KeystoreError. */
export function loadOrCreateKey(options: KeystoreOptions): Buffer {
  const platform = options.platform ?? process.platform;
  const env = options.env ?? process.env;
  const warn = options.warn ?? ((m: string) => console.warn(m));
  const file = path.join(options.dir, KEY_FILE);
  const secure = osEncryptionAvailable(options.safeStorage, platform);
  const insecureOk = insecureOptIn(platform, env);
  const stored = readStored(file);

  if (stored?.protection === 'safeStorage') {
    if (!options.safeStorage.isEncryptionAvailable()) throw new KeystoreError('unavailable', noOsEncryption(platform));
    let base64: string;
    try {
      base64 = options.safeStorage.decryptString(Buffer.from(stored.data, 'base64'));
    } catch {
      throw new KeystoreError(
        'unreadable',
        `The key file ${file} cannot be decrypted by this user's keychain (another user or machine, or a reset keychain?).`,
      );
    }
    return checked(Buffer.from(base64, 'base64'), file);
  }

  if (stored?.protection === 'plain') {
    const key = checked(Buffer.from(stored.data, 'base64'), file);
    if (secure) {
      writeStored(file, wrap(key, options.safeStorage)); // secure storage appeared: stop keeping it in plain text
      return key;
    }
    if (!insecureOk) throw new KeystoreError('unavailable', `The key file ${file} is not encrypted. ${noOsEncryption(platform)}`);
    warn(`[keystore] ${INSECURE_ENV}=1: using the database key from ${file}, stored WITHOUT OS encryption.`);
    return key;
  }

  if (options.databaseExists) {
    throw new KeystoreError('missing', `The key file ${file} is missing but a database exists. Restore the key file from a backup; a new key cannot open the old database.`);
  }
  const key = crypto.randomBytes(KEY_BYTES);
  if (secure) {
    writeStored(file, wrap(key, options.safeStorage));
  } else if (insecureOk) {
    warn(`[keystore] ${INSECURE_ENV}=1: storing the database key in ${file} WITHOUT OS encryption (development only).`);
    writeStored(file, { format: 'parley-key', version: 1, protection: 'plain', data: key.toString('base64') });
  } else {
    throw new KeystoreError('unavailable', noOsEncryption(platform));
  }
  return key;
}
