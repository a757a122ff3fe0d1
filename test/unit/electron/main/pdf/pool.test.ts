import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLetterDocument } from '../../../../../electron/main/documents/build/letter';
import { loadFontSet } from '../../../../../electron/main/pdf/fonts';
import { createPdfPool, defaultPoolSize, defaultWorkerUrl, type PdfPool } from '../../../../../electron/main/pdf/pool';
import { renderPdf } from '../../../../../electron/main/pdf/render';
import { sampleLetter } from '../../../../../electron/main/documents/build/samples';
import type { DocDefinition } from '../../../../../electron/main/pdf/types';
import { compact, pdfText } from './poppler';

const FIXED_DATE = '2025-03-08T09:00:00Z';
const letter = buildLetterDocument(sampleLetter('zh-CN'));

describe('the PDF worker pool', () => {
  let pool: PdfPool;
  beforeAll(async () => {
    pool = createPdfPool({ size: 2 });
    await pool.warmUp();
  }, 60_000);
  afterAll(async () => {
    await pool.close({ force: true });
  });

  it('starts from worker-dev.mjs when running from source, and defaults to one worker on two cores', () => {
    expect(defaultWorkerUrl().pathname).toMatch(/electron\/main\/pdf\/worker-dev\.mjs$/);
    expect(defaultPoolSize(2)).toBe(1);
    expect(defaultPoolSize(8)).toBe(2);
    expect(pool.stats()).toMatchObject({ size: 2, workers: 2, ready: 2 });
  });

  it('renders in a worker thread the same bytes as in this thread', async () => {
    const fromPool = await pool.render(letter, { creationDate: FIXED_DATE });
    const direct = await renderPdf(letter, { creationDate: FIXED_DATE });
    expect(Buffer.isBuffer(fromPool)).toBe(true);
    expect(fromPool.equals(direct)).toBe(true);
    expect(compact(pdfText(fromPool))).toContain('王堃');
  });

  it('runs a batch across the workers and returns each result to its caller', async () => {
    const docs = Array.from({ length: 8 }, (_, i) => {
      const data = sampleLetter('zh-CN');
      data.title = `协商还款申请书（第${i + 1}份）`;
      return buildLetterDocument(data);
    });
    const pdfs = await Promise.all(docs.map((doc) => pool.render(doc)));
    pdfs.forEach((pdf, i) => expect(compact(pdfText(pdf))).toContain(`（第${i + 1}份）`));
    expect(pool.stats()).toMatchObject({ running: 0, queued: 0 });
  });

  it('cancels queued jobs without running them', async () => {
    const controller = new AbortController();
    const before = pool.stats().rendered;
    const running = [pool.render(letter), pool.render(letter)]; // occupy both workers
    const queued = Array.from({ length: 5 }, () => pool.render(letter, { signal: controller.signal }));
    expect(pool.stats().queued).toBe(5);
    controller.abort();
    for (const job of queued) await expect(job).rejects.toMatchObject({ name: 'AbortError' });
    expect(pool.stats().queued).toBe(0);
    await Promise.all(running);
    expect(pool.stats().rendered - before).toBe(2);
  });

  it('rejects at once a job whose signal is already aborted, with the signal’s reason', async () => {
    const controller = new AbortController();
    controller.abort(new Error('user cancelled the batch'));
    await expect(pool.render(letter, { signal: controller.signal })).rejects.toThrow('user cancelled the batch');
  });

  it('settles a running job at once when cancelled and keeps the worker usable', async () => {
    const controller = new AbortController();
    const job = pool.render(letter, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 1));
    controller.abort();
    await expect(job).rejects.toMatchObject({ name: 'AbortError' });
    const next = await pool.render(letter);
    expect(next.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('passes a render error back to the caller and goes on working', async () => {
    const broken: DocDefinition = { content: [{ image: 'missing' }] };
    await expect(pool.render(broken)).rejects.toThrow(/access policy: missing/);
    expect((await pool.render(letter)).byteLength).toBeGreaterThan(1000);
  });

  it('rejects a document that cannot be sent to a worker', async () => {
    const withFunction = { content: 'x', footer: (() => 'x') as unknown } as DocDefinition;
    await expect(pool.render(withFunction)).rejects.toThrow(/could not be cloned/i);
    expect((await pool.render(letter)).byteLength).toBeGreaterThan(1000);
  });
});

describe('closing the pool', () => {
  it('rejects queued jobs, lets running ones finish, then stops the workers', async () => {
    const pool = createPdfPool({ size: 1, fontSet: loadFontSet() });
    await pool.warmUp();
    const running = pool.render(letter);
    const queued = pool.render(letter);
    const closing = pool.close();
    await expect(queued).rejects.toThrow(/closed/);
    expect((await running).byteLength).toBeGreaterThan(1000);
    await closing;
    expect(pool.stats()).toMatchObject({ workers: 0 });
    await expect(pool.render(letter)).rejects.toThrow(/closed/);
  }, 60_000);

  it('force-closing rejects the running job too', async () => {
    const pool = createPdfPool({ size: 1 });
    await pool.warmUp();
    const running = pool.render(letter);
    await pool.close({ force: true });
    await expect(running).rejects.toThrow(/stopped|closed/);
  }, 60_000);

  it('fails jobs clearly when the worker cannot start', async () => {
    const pool = createPdfPool({ size: 1, workerUrl: new URL('./no-such-worker.mjs', import.meta.url) });
    await expect(pool.render(letter)).rejects.toThrow();
    await pool.close({ force: true });
  }, 60_000);
});
