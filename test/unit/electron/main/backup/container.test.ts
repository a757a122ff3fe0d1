import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSealed, readSealHeader, sealFile, SealError, type OpenSink, type ScryptParams } from '../../../../../electron/main/backup/container';
import { makeTempDir, removeDir } from '../../../helpers/core';

// Fast scrypt for most tests; one test checks the default parameters.
const FAST: ScryptParams = { log2N: 10, r: 8, p: 1 };
const dirs: string[] = [];
const tmp = () => {
  const d = makeTempDir('parley-seal-');
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach(removeDir));

async function reason(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    if (err instanceof SealError) return err.reason;
    throw err;
  }
  return 'OPENED';
}

describe('sealed container', () => {
  it('round-trips file and memory parts across many chunks, with checksums', async () => {
    const dir = tmp();
    const big = crypto.randomBytes(300_000);
    fs.writeFileSync(path.join(dir, 'big.bin'), big);
    const dest = path.join(dir, 'out.parley');
    const sealed = await sealFile(
      dest,
      'correct horse',
      [
        { name: 'db/snapshot', file: path.join(dir, 'big.bin') },
        { name: 'empty', data: Buffer.alloc(0) },
        { name: '说明.txt', data: '张三 13800138000' },
      ],
      { scrypt: FAST, chunkBytes: 4096, beforeEnd: (parts) => [{ name: 'manifest.json', data: JSON.stringify(parts) }] },
    );
    expect(sealed.parts.map((p) => p.name)).toEqual(['db/snapshot', 'empty', '说明.txt', 'manifest.json']);
    expect(fs.statSync(dest).size).toBe(sealed.bytes);
    expect(fs.existsSync(dest + '.partial')).toBe(false);
    const raw = fs.readFileSync(dest);
    expect(raw.includes(Buffer.from('张三'))).toBe(false);
    expect(raw.includes(big.subarray(1000, 1032))).toBe(false);

    const out = path.join(dir, 'out');
    const opened = await openSealed(dest, 'correct horse', { target: (p) => (p.name === 'db/snapshot' ? { file: path.join(out, 'snap') } : 'buffer') });
    expect(fs.readFileSync(path.join(out, 'snap')).equals(big)).toBe(true);
    expect(opened.parts[0]!.sha256).toBe(crypto.createHash('sha256').update(big).digest('hex'));
    expect(opened.parts[2]!.data!.toString('utf8')).toBe('张三 13800138000');
    expect(JSON.parse(opened.parts[3]!.data!.toString('utf8'))).toEqual(sealed.parts.slice(0, 3));
  });

  it('uses memory-hard scrypt parameters by default', async () => {
    const dir = tmp();
    const dest = path.join(dir, 'x.parley');
    await sealFile(dest, 'pw', [{ name: 'a', data: 'x' }]);
    const head = await readSealHeader(dest);
    expect(head.scrypt.log2N).toBeGreaterThanOrEqual(15);
    expect(head.scrypt.r).toBe(8);
    expect(head.scrypt.p).toBe(1);
  });

  it('refuses a wrong passphrase, another kind and a file that is not a container', async () => {
    const dir = tmp();
    const dest = path.join(dir, 'x.parley');
    await sealFile(dest, 'right', [{ name: 'a', data: 'hello' }], { scrypt: FAST });
    expect(await reason(openSealed(dest, 'wrong'))).toBe('WRONG_PASSPHRASE');
    expect(await reason(openSealed(dest, 'right', { kind: 'C' }))).toBe('WRONG_KIND');
    fs.writeFileSync(path.join(dir, 'plain'), 'SQLite format 3\0');
    expect(await reason(openSealed(path.join(dir, 'plain'), 'right'))).toBe('NOT_SEALED');
  });

  it('detects truncation anywhere, appended bytes, flipped bytes, and reordered or dropped chunks', async () => {
    const dir = tmp();
    const dest = path.join(dir, 'x.parley');
    const chunk = 256;
    await sealFile(dest, 'pw', [{ name: 'data', data: crypto.randomBytes(chunk * 5 + 17) }], { scrypt: FAST, chunkBytes: chunk });
    const good = fs.readFileSync(dest);
    const bad = path.join(dir, 'bad.parley');
    const tryBytes = async (bytes: Buffer) => {
      fs.writeFileSync(bad, bytes);
      return reason(openSealed(bad, 'pw'));
    };
    expect(await tryBytes(good)).toBe('OPENED');
    const stride = 4 + chunk + 16;
    // Cut at chunk boundaries (the classic undetected truncation) and in the middle of chunks.
    for (const cut of [80, 80 + stride, 80 + 2 * stride, 80 + 5 * stride, good.length - 1, 100, 80 + stride + 3]) {
      expect(await tryBytes(good.subarray(0, cut)), `cut at ${cut}`).toBe('TRUNCATED');
    }
    expect(await tryBytes(Buffer.concat([good, Buffer.from([0])]))).toBe('TAMPERED');
    for (const at of [90, 80 + stride + 50, good.length - 5]) {
      const copy = Buffer.from(good);
      copy[at]! ^= 0x01;
      expect(await tryBytes(copy), `flip at ${at}`).toBe('TAMPERED');
    }
    const head = good.subarray(0, 80);
    const chunks = [0, 1, 2, 3, 4].map((i) => good.subarray(80 + i * stride, 80 + (i + 1) * stride));
    const last = good.subarray(80 + 5 * stride);
    expect(await tryBytes(Buffer.concat([head, chunks[1]!, chunks[0]!, chunks[2]!, chunks[3]!, chunks[4]!, last]))).toBe('TAMPERED');
    expect(await tryBytes(Buffer.concat([head, chunks[0]!, chunks[2]!, chunks[3]!, chunks[4]!, last]))).toBe('TAMPERED');
    expect(await tryBytes(Buffer.concat([head, ...chunks, chunks[4]!, last]))).toBe('TAMPERED');
    // A changed header (salt, parameters) cannot be told from a wrong passphrase.
    const h = Buffer.from(good);
    h[20]! ^= 0xff;
    expect(await tryBytes(h)).toBe('WRONG_PASSPHRASE');
  });

  it('leaves no file behind when the disk fills up mid-write', async () => {
    const dir = tmp();
    const dest = path.join(dir, 'x.parley');
    let budget = 5000;
    const fullDisk: OpenSink = async (file) => {
      const handle = await fs.promises.open(file, 'wx');
      return {
        async write(data) {
          if (data.length > budget) {
            await handle.write(data.subarray(0, budget));
            budget = 0;
            throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
          }
          budget -= data.length;
          await handle.write(data);
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      };
    };
    await expect(sealFile(dest, 'pw', [{ name: 'd', data: crypto.randomBytes(20_000) }], { scrypt: FAST, chunkBytes: 1024, openSink: fullDisk })).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('backup file names', () => {
  it('carry the counsellor’s local time, not UTC', async () => {
    const { stampOf } = await import('../../../../../electron/main/backup/create');
    // 23:30:15 UTC on 6 December is 07:30:15 on 7 December in Shanghai.
    expect(stampOf(new Date('2026-12-06T23:30:15Z'), 'Asia/Shanghai')).toBe('20261207-073015');
    expect(stampOf(new Date('2026-12-06T23:30:15Z'), 'Asia/Taipei')).toBe('20261207-073015');
    expect(stampOf(new Date('2026-12-06T23:30:15Z'), 'UTC')).toBe('20261206-233015');
  });
});
