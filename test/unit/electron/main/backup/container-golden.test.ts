// The sealed format stays byte-compatible: a container written by Parley before the container
// was split into format, crypto and I/O units (kind 'C', scrypt 2^10, 64-byte chunks, three
// parts) still opens, part for part, and a changed byte in it is still caught.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSealed, readSealHeader, SealError } from '../../../../../electron/main/backup/container';

const WRITTEN_BEFORE = [
  'UFJMWVNFQUwBQwoIAQAAAEPOiaEQbv2dJi+DBkb7VsqUA45HMMe2AAAAAEAAAAAAJCyH4WMAyMxxgnIaivs2A8lO6NzmEZd7',
  'hWQIOdb1/k0AAABAkD7iHfoS9PJELDyyEumM6bo7wco/FQ9wDWQp6xZQcs4Q2gmxf9SyX4h4ARjWTXyy8J+abNj4aNlScCLv',
  'OtG/Un4MU8xHcJd0ehH7T/L2TRUAAABA7NhhHGk1YQK0iHaP3Oor0KEMXpWjbj2ImFR2eJyY/p7ngfUcSv7IVL6SEKD/M5bz',
  'JL0Gp8xYNiuqjTU/FsvwU88zwzvgrvkzPJx1aU17gu8AAABA8TDeYdFsbLKnoB+qJh4RdsFy2Vi/rPXwrZCAEryJKoUtrnES',
  'e0kpt+dMnFpJhK00zPB8g1HhUW/Zmt0NeOpDwUnA1kb3g5L5AHr7Z1edlaUAAABACKWrbz9HtWFIWyPxfaSv+P6RMNhw9MYx',
  'ludFX4hvJBFBVQ9GuB1wF/7AYnx1vVUz556E7oIVVvCq1M7T270fpEpOqq11QSeEGbXsXG/7B84AAAAcowJfNrQj/ezvYzJL',
  'vc7+70/kLym6URwJ8y63agvbWdfua4joLicWPf2UyDw=',
].join('');
const PASSPHRASE = '港湾 correct horse 7';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-golden-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
function fileOf(bytes: Buffer): string {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.seal`);
  fs.writeFileSync(file, bytes);
  return file;
}
const reasonOf = (p: Promise<unknown>) => p.then(() => 'opened', (e: unknown) => (e instanceof SealError ? e.reason : String(e)));

describe('a container written by the earlier, single-file implementation', () => {
  const bytes = Buffer.from(WRITTEN_BEFORE, 'base64');

  it('has the header it was written with', async () => {
    expect(await readSealHeader(fileOf(bytes))).toEqual({ kind: 'C', version: 1, scrypt: { log2N: 10, r: 8, p: 1 }, chunkBytes: 64 });
  });

  it('opens with every part as it was sealed', async () => {
    const opened = await openSealed(fileOf(bytes), PASSPHRASE, { kind: 'C' });
    expect(opened.kind).toBe('C');
    expect(opened.parts.map((p) => p.name)).toEqual(['notes.txt', 'files/blob-1', 'manifest.json']);
    expect(opened.parts[0]!.data!.toString('utf8')).toBe('林喆 owes 12,345.67 to 招商银行.\n');
    expect([...opened.parts[1]!.data!]).toEqual(Array.from({ length: 150 }, (_, i) => (i * 37) % 256));
    expect(JSON.parse(opened.parts[2]!.data!.toString('utf8'))).toEqual({ app: 'parley', format: 1 });
  });

  it('refuses the wrong passphrase, a changed chunk and a cut end as before', async () => {
    expect(await reasonOf(openSealed(fileOf(bytes), 'wrong horse'))).toBe('WRONG_PASSPHRASE');
    const changed = Buffer.from(bytes);
    changed[changed.length - 40]! ^= 1;
    expect(await reasonOf(openSealed(fileOf(changed), PASSPHRASE))).toBe('TAMPERED');
    expect(await reasonOf(openSealed(fileOf(bytes.subarray(0, bytes.length - 30)), PASSPHRASE))).toBe('TRUNCATED');
  });
});
