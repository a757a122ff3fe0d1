import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSealed, readSealHeader, sealFile, SealError } from '../../../../../electron/main/backup/container';
import { SCRYPT_CEILING, scryptCostAllowed } from '../../../../../electron/main/backup/kdf-bounds';
import { scratchPerTest } from '../../../helpers/case';
import { failInspect } from '../../../helpers/restore';

// A backup or case file chooses its own scrypt cost in bytes 10-12 of its header. A crafted
// header above Parley's ceiling is refused before any key derivation, with a typed error.

const scratch = scratchPerTest();
const tmp = () => scratch.folder('parley-kdf-');

/** A real sealed file of the given kind, then its header's scrypt bytes overwritten. */
async function crafted(dir: string, kind: string, cost: { log2N: number; r: number; p: number }): Promise<string> {
  const file = path.join(dir, `crafted-${cost.log2N}-${cost.r}-${cost.p}.${kind === 'B' ? 'parleybak' : 'parleycase'}`);
  await sealFile(file, 'correct horse', [{ name: 'x', data: 'y' }], { kind, scrypt: { log2N: 10, r: 8, p: 1 } });
  const bytes = fs.readFileSync(file);
  bytes[10] = cost.log2N;
  bytes[11] = cost.r;
  bytes[12] = cost.p;
  fs.writeFileSync(file, bytes);
  return file;
}

async function reasonOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'OPENED';
  } catch (err) {
    if (err instanceof SealError) return err.reason;
    throw err;
  }
}

describe('bounded key derivation', () => {
  it('allows what Parley writes and nothing above the documented ceiling', () => {
    expect(scryptCostAllowed({ log2N: 15, r: 8, p: 1 })).toBe(true);
    expect(scryptCostAllowed(SCRYPT_CEILING)).toBe(true);
    expect(scryptCostAllowed({ ...SCRYPT_CEILING, log2N: SCRYPT_CEILING.log2N + 1 })).toBe(false);
    expect(scryptCostAllowed({ ...SCRYPT_CEILING, r: SCRYPT_CEILING.r + 1 })).toBe(false);
    expect(scryptCostAllowed({ ...SCRYPT_CEILING, p: SCRYPT_CEILING.p + 1 })).toBe(false);
    expect(scryptCostAllowed({ log2N: 15.5, r: 8, p: 1 })).toBe(false);
  });

  it('refuses a crafted header (log2N 22, r 32, p 16 ≈ 16 GiB) when the header is read, and when opened, before deriving anything', async () => {
    const file = await crafted(tmp(), 'B', { log2N: 22, r: 32, p: 16 });
    expect(await reasonOf(readSealHeader(file))).toBe('KDF_TOO_COSTLY');
    // No timing here (a loaded machine makes any bound flaky): the reason itself shows nothing
    // was derived, since deriving at 16 GiB would fail with another error or not return at all.
    expect(await reasonOf(openSealed(file, 'correct horse'))).toBe('KDF_TOO_COSTLY');
  });

  it('a crafted header one notch above the ceiling (log2N 17, 128 MiB) is refused, not derived and then reported as a wrong passphrase', async () => {
    const file = await crafted(tmp(), 'B', { log2N: 17, r: 8, p: 1 });
    expect(await reasonOf(openSealed(file, 'correct horse'))).toBe('KDF_TOO_COSTLY');
  });

  it('restore and case import answer a crafted file with a typed, translated error and change nothing', async () => {
    const dir = tmp();
    const c = scratch.open(dir);
    await c.call('backup.setPassphrase', { passphrase: 'correct horse battery' });
    const backup = await crafted(tmp(), 'B', { log2N: 17, r: 8, p: 1 });
    const err = await failInspect(c, backup, 'correct horse battery');
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toContain('解密计算量超出');

    const caseFile = await crafted(tmp(), 'C', { log2N: 20, r: 8, p: 1 });
    c.platform.nextFiles([caseFile]);
    const caseErr = await c.fail('cases.importPreview', { passphrase: 'correct horse battery' });
    expect(caseErr.code).toBe('VALIDATION');
    expect(caseErr.message).toContain('解密计算量超出');
    expect(fs.existsSync(path.join(dir, 'restore-staging'))).toBe(false);
  });
});
