import crypto from 'node:crypto';
import { z } from 'zod';
import { BackupConfig, BackupHistoryEntry, DEFAULT_BACKUP_CONFIG } from '../../../shared/schemas/backup';
import type { HandlerContext } from '../context';
import type { Db } from '../db/connection';
import { readSetting, writeSetting } from '../db/settings';
import { DEFAULT_SCRYPT, type ScryptParams } from './container';

/*
 * What backups keep in the settings table (keys of their own):
 *   backup.config      BackupConfig (folder, automatic schedule, retention, warning age)
 *   backup.history     the last HISTORY_LIMIT runs, newest first
 *   backup.passphrase  { setAt, verifier, wrapped }:
 *     verifier – scrypt(passphrase, random salt) with its parameters: checks a passphrase
 *                typed later (changing it, restoring), never reveals it;
 *     wrapped  – the passphrase itself, AES-256-GCM-encrypted with ctx.deriveKey('backup-passphrase')
 *                (HKDF of the database key). Automatic backups need the passphrase without
 *                asking, so it must be recoverable by the app: it is exactly as safe as the
 *                database it sits in (whoever can open the database can read the cases anyway),
 *                and it never leaves this installation in plain text. A backup holds no copy.
 */

export const CONFIG_KEY = 'backup.config';
export const HISTORY_KEY = 'backup.history';
export const PASSPHRASE_KEY = 'backup.passphrase';
export const BACKUP_SETTING_KEYS = [CONFIG_KEY, HISTORY_KEY, PASSPHRASE_KEY] as const;
const HISTORY_LIMIT = 200;
const WRAP_AAD = Buffer.from('parley:backup-passphrase:v1');

const PassphraseRecord = z.object({
  setAt: z.string(),
  verifier: z.object({ salt: z.string(), log2N: z.number(), r: z.number(), p: z.number(), hash: z.string() }),
  wrapped: z.object({ iv: z.string(), data: z.string(), tag: z.string() }),
});
type PassphraseRecord = z.infer<typeof PassphraseRecord>;

export function readConfig(db: Db): BackupConfig {
  const stored = readSetting(db, CONFIG_KEY, BackupConfig.partial()) ?? {};
  return { ...DEFAULT_BACKUP_CONFIG, ...stored, retention: { ...DEFAULT_BACKUP_CONFIG.retention, ...stored.retention } };
}

export function writeConfig(db: Db, config: BackupConfig): void {
  writeSetting(db, CONFIG_KEY, config);
}

export function readHistory(db: Db): BackupHistoryEntry[] {
  return readSetting(db, HISTORY_KEY, z.array(BackupHistoryEntry)) ?? [];
}

export function writeHistory(db: Db, history: BackupHistoryEntry[]): void {
  writeSetting(db, HISTORY_KEY, history.slice(0, HISTORY_LIMIT));
}

export function addHistory(db: Db, entry: BackupHistoryEntry): void {
  // IMMEDIATE: read and write under one write lock, even with another connection writing.
  db.transaction(() => writeHistory(db, [entry, ...readHistory(db)])).immediate();
}

function scryptHash(passphrase: string, salt: Buffer, p: ScryptParams): Buffer {
  return crypto.scryptSync(Buffer.from(passphrase.normalize('NFC'), 'utf8'), salt, 32, {
    N: 2 ** p.log2N,
    r: p.r,
    p: p.p,
    maxmem: 128 * p.r * (2 ** p.log2N + p.p + 2) + 16 * 1024 * 1024,
  });
}

export function passphraseRecord(db: Db): PassphraseRecord | null {
  return readSetting(db, PASSPHRASE_KEY, PassphraseRecord) ?? null;
}

/** Builds the stored record for a new passphrase (verifier + wrapped copy). */
export function makePassphraseRecord(ctx: Pick<HandlerContext, 'deriveKey'>, passphrase: string, setAt: Date, params: ScryptParams = DEFAULT_SCRYPT): PassphraseRecord {
  const salt = crypto.randomBytes(16);
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', ctx.deriveKey('backup-passphrase'), iv);
  cipher.setAAD(WRAP_AAD);
  const data = Buffer.concat([cipher.update(passphrase, 'utf8'), cipher.final()]);
  return {
    setAt: setAt.toISOString(),
    verifier: { salt: salt.toString('hex'), ...params, hash: scryptHash(passphrase, salt, params).toString('hex') },
    wrapped: { iv: iv.toString('hex'), data: data.toString('hex'), tag: cipher.getAuthTag().toString('hex') },
  };
}

export function checkPassphrase(record: PassphraseRecord, passphrase: string): boolean {
  const v = record.verifier;
  const hash = scryptHash(passphrase, Buffer.from(v.salt, 'hex'), { log2N: v.log2N, r: v.r, p: v.p });
  return crypto.timingSafeEqual(hash, Buffer.from(v.hash, 'hex'));
}

/** The stored passphrase, for automatic backups; null when none is set or it cannot be unwrapped. */
export function unwrapPassphrase(ctx: Pick<HandlerContext, 'deriveKey' | 'db'>): string | null {
  const record = passphraseRecord(ctx.db);
  if (!record) return null;
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', ctx.deriveKey('backup-passphrase'), Buffer.from(record.wrapped.iv, 'hex'));
    decipher.setAAD(WRAP_AAD);
    decipher.setAuthTag(Buffer.from(record.wrapped.tag, 'hex'));
    return Buffer.concat([decipher.update(Buffer.from(record.wrapped.data, 'hex')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

/** A short, non-secret fingerprint of the verifier, printed on the recovery sheet to match it to this setup. */
export function passphraseFingerprint(record: PassphraseRecord): string {
  const hex = crypto.createHash('sha256').update(record.verifier.hash).digest('hex').slice(0, 16).toUpperCase();
  return hex.match(/.{4}/g)!.join('-');
}
