// File names, complete-or-nothing writes and the batch runner, with a stand-in pool (the
// real pool and real PDFs are exercised in handlers.test.ts).
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { safeFileName } from '../../../../../electron/main/fs/safe-file-name';
import { fileError, freeName, runPacketBatch, writeFileComplete, type BatchProgress } from '../../../../../electron/main/documents/output';
import { AppError } from '../../../../../electron/main/errors';
import type { PdfPool } from '../../../../../electron/main/pdf/pool';
import { makeTempDir, removeDir } from '../../../helpers/core';

let dir: string;
beforeEach(() => {
  dir = makeTempDir('parley-output-');
});
afterEach(() => removeDir(dir));

function fakePool(render: (doc: unknown, signal?: AbortSignal) => Promise<Buffer>): PdfPool {
  return {
    render: (doc, options) => render(doc, options?.signal),
    stats: () => ({ size: 1, workers: 1, ready: 1, running: 0, queued: 0, rendered: 0 }),
    warmUp: async () => {},
    gc: async () => {},
    close: async () => {},
  };
}

describe('safe file names', () => {
  it.each([
    ['HS-2025-0042 华夏银行', 'HS-2025-0042 华夏银行.pdf'],
    ['A/B:C*D?"E<F>G|H\\I', 'A_B_C_D__E_F_G_H_I.pdf'],
    ['trailing dots... ', 'trailing dots.pdf'],
    ['CON', '_CON.pdf'],
    ['lpt1', '_lpt1.pdf'],
    ['tab\tand\nnewline', 'tab and newline.pdf'],
    ['', '_.pdf'],
  ])('%j -> %j', (stem, name) => expect(safeFileName(stem)).toBe(name));

  it('keeps long names under 120 characters plus the extension', () => {
    expect([...safeFileName('堃'.repeat(300))].length).toBe(124);
  });

  it('numbers a name already taken in the folder or in the batch', () => {
    fs.writeFileSync(path.join(dir, 'a.pdf'), 'x');
    const taken = new Set<string>();
    expect(freeName(dir, 'a.pdf', taken)).toBe('a (2).pdf');
    expect(freeName(dir, 'a.pdf', taken)).toBe('a (3).pdf');
    expect(freeName(dir, 'B.pdf', taken)).toBe('B.pdf');
    expect(freeName(dir, 'b.pdf', taken)).toBe('b (2).pdf'); // Windows and macOS ignore case
  });
});

describe('writing', () => {
  it('replaces the target whole and leaves no temporary file', () => {
    const target = path.join(dir, 'x.pdf');
    fs.writeFileSync(target, 'old');
    writeFileComplete(target, Buffer.from('new content'));
    expect(fs.readFileSync(target, 'utf8')).toBe('new content');
    expect(fs.readdirSync(dir)).toEqual(['x.pdf']);
  });

  it('turns a missing folder, no permission and a full disk into clear storage errors', () => {
    expect(() => writeFileComplete(path.join(dir, 'nope', 'x.pdf'), Buffer.from('x'))).toThrow(AppError);
    const full = fileError(Object.assign(new Error('no space'), { code: 'ENOSPC' }), '/x/y.pdf') as AppError;
    expect(full).toMatchObject({ code: 'STORAGE', messageKey: 'documents.errors.diskFull', params: { path: '/x/y.pdf' } });
    expect(fileError(Object.assign(new Error('denied'), { code: 'EACCES' }), '/x')).toMatchObject({ messageKey: 'documents.errors.unwritable' });
    const other = new Error('something else');
    expect(fileError(other, '/x')).toBe(other);
  });
});

describe('the batch runner', () => {
  const item = (name: string, fail = false) => ({
    fileName: `${name}.pdf`,
    label: name,
    doc: () => {
      if (fail) throw new AppError('NOT_FOUND', 'documents.errors.noDebts');
      return { content: name };
    },
  });

  it('writes every file, records a failed one and goes on, reports progress', async () => {
    const seen: BatchProgress[] = [];
    const result = await runPacketBatch({
      folder: dir,
      pool: fakePool(async (doc) => Buffer.from(`%PDF-${(doc as { content: string }).content}`)),
      items: [item('a'), item('b', true), item('c')],
      onProgress: (p) => seen.push(p),
    });
    expect(result.files.sort()).toEqual(['a.pdf', 'c.pdf']);
    expect(result.errors.map((e) => e.name)).toEqual(['b']);
    expect(result.done).toBe(3);
    expect(fs.readdirSync(dir).sort()).toEqual(['a.pdf', 'c.pdf']);
    expect(seen.at(-1)).toMatchObject({ done: 3, total: 3, current: null });
    expect(seen.map((p) => p.done)).toEqual([...seen.map((p) => p.done)].sort((x, y) => x - y));
  });

  it('a cancel stops at once and leaves only finished files', async () => {
    const controller = new AbortController();
    let rendered = 0;
    const pool = fakePool(
      (doc, signal) =>
        new Promise((resolve, reject) => {
          rendered++;
          if (rendered === 2) controller.abort();
          if (signal?.aborted) return reject(new DOMException('cancelled', 'AbortError'));
          setTimeout(() => resolve(Buffer.from(`%PDF-${(doc as { content: string }).content}`)), 5);
        }),
    );
    const result = await runPacketBatch({ folder: dir, pool, items: ['a', 'b', 'c', 'd', 'e'].map((n) => item(n)), signal: controller.signal });
    expect(result.files.length).toBeLessThan(5);
    expect(fs.readdirSync(dir).sort()).toEqual([...result.files].sort());
    expect(fs.readdirSync(dir).every((n) => fs.readFileSync(path.join(dir, n), 'utf8').startsWith('%PDF-'))).toBe(true);
  });

  it('a storage error stops the batch and is thrown', async () => {
    const gone = path.join(dir, 'gone');
    fs.mkdirSync(gone);
    const pool = fakePool(async () => {
      fs.rmSync(gone, { recursive: true, force: true });
      return Buffer.from('%PDF-');
    });
    await expect(runPacketBatch({ folder: gone, pool, items: [item('a'), item('b')] })).rejects.toMatchObject({ code: 'STORAGE', messageKey: 'documents.errors.unwritable' });
  });
});
