import crypto from 'node:crypto';
import { z } from 'zod';
import type { LockStatus } from '../../../shared/schemas/lock';
import { writeAudit } from '../db/audit';
import type { Db } from '../db/connection';
import { deleteSetting, readSetting, writeSetting } from '../db/settings';
import { AppError } from '../errors';

// The app lock lives in the main process, so a reload of the renderer (or a page that
// skips the lock screen) still finds every case-data channel refused until the passcode
// is given. Only a salted scrypt hash of the passcode is stored. Wrong attempts and the
// wait they earned are stored too, so quitting and restarting does not buy fresh tries.

const SETTING = 'appLock';
const ATTEMPTS_SETTING = 'appLock.attempts';
const SCRYPT = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
/** Wrong passcodes allowed before each further attempt has to wait. */
const FREE_ATTEMPTS = 5;
const FIRST_WAIT_MS = 30_000;
const LONGEST_WAIT_MS = 15 * 60_000;

const StoredLock = z.object({ salt: z.string(), hash: z.string(), idleMinutes: z.number() });
type StoredLock = z.infer<typeof StoredLock>;

/** Wrong passcodes since the last right one, and until when (epoch ms) no attempt is accepted. */
const Attempts = z.object({ failures: z.number().int().min(0), blockedUntil: z.number() });
type Attempts = z.infer<typeof Attempts>;

function readAttempts(db: Db): Attempts {
  return readSetting(db, ATTEMPTS_SETTING, Attempts) ?? { failures: 0, blockedUntil: 0 };
}

function hashPasscode(passcode: string, salt: Buffer): Buffer {
  return crypto.scryptSync(passcode.normalize('NFC'), salt, 32, SCRYPT);
}

const wrongPasscode = (field: string) => new AppError('VALIDATION', 'lock.errors.wrongPasscode', {}, { [field]: 'lock.errors.wrongPasscode' });

export class AppLock {
  private stored: StoredLock | undefined;
  private locked: boolean;

  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
    private readonly actor: () => string,
  ) {
    this.stored = readSetting(db, SETTING, StoredLock);
    // A protected app always starts locked.
    this.locked = this.stored !== undefined;
  }

  isLocked(): boolean {
    return this.locked;
  }

  status(): LockStatus {
    const wait = Math.max(0, readAttempts(this.db).blockedUntil - this.now().getTime());
    return {
      enabled: this.stored !== undefined,
      locked: this.locked,
      idleMinutes: this.stored?.idleMinutes ?? 0,
      retryAfterSeconds: Math.ceil(wait / 1000),
    };
  }

  configure(input: { current?: string | undefined; passcode: string; idleMinutes: number }): LockStatus {
    if (this.stored && (input.current === undefined || !this.matches(input.current))) throw wrongPasscode('current');
    const salt = crypto.randomBytes(16);
    const next: StoredLock = { salt: salt.toString('hex'), hash: hashPasscode(input.passcode, salt).toString('hex'), idleMinutes: input.idleMinutes };
    this.save(next, { enabled: true, idleMinutes: input.idleMinutes });
    return this.status();
  }

  disable(current: string): LockStatus {
    if (!this.stored) return this.status();
    if (!this.matches(current)) throw wrongPasscode('current');
    this.save(undefined, { enabled: false });
    this.locked = false;
    return this.status();
  }

  lock(): LockStatus {
    if (this.stored) this.locked = true;
    return this.status();
  }

  unlock(passcode: string): LockStatus {
    if (!this.stored || !this.locked) return this.status();
    const attempts = readAttempts(this.db);
    const wait = attempts.blockedUntil - this.now().getTime();
    if (wait > 0) throw new AppError('LOCKED', 'lock.errors.wait', { seconds: Math.ceil(wait / 1000) });
    if (!this.matches(passcode)) {
      const failures = attempts.failures + 1;
      const blockedUntil =
        failures >= FREE_ATTEMPTS ? this.now().getTime() + Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** Math.min(failures - FREE_ATTEMPTS, 20)) : 0;
      // Committed before the answer, so killing the app right after a wrong try does not undo it.
      writeSetting(this.db, ATTEMPTS_SETTING, { failures, blockedUntil } satisfies Attempts);
      throw wrongPasscode('passcode');
    }
    deleteSetting(this.db, ATTEMPTS_SETTING);
    this.locked = false;
    return this.status();
  }

  private matches(passcode: string): boolean {
    if (!this.stored) return false;
    const expected = Buffer.from(this.stored.hash, 'hex');
    const given = hashPasscode(passcode, Buffer.from(this.stored.salt, 'hex'));
    return crypto.timingSafeEqual(expected, given);
  }

  private save(next: StoredLock | undefined, audit: Record<string, unknown>): void {
    this.db.transaction(() => {
      if (next) writeSetting(this.db, SETTING, next);
      else deleteSetting(this.db, SETTING);
      // The audit says what changed, never the passcode or its hash.
      writeAudit(this.db, { actor: this.actor(), at: this.now(), entity: 'appLock', entityId: null, action: 'settings', after: audit });
    })();
    this.stored = next;
  }
}
