// PDF benchmarks: benchPdf() returns flat figures ("pdf.letterWarm.p50Ms", …). It never
// throws: a section that fails is logged to stderr and its figures are left out.
//
// What is measured (all in this process, same run, so ratios compare like with like):
//   pdf.letterWarm.*        one-page zh-CN letter through the worker pool (the app's path), warm
//   pdf.letterDirect.*      the same render on this thread (no worker hop)
//   pdf.letterNaive.*       the naive baseline: a fresh pdfmake printer given the font files per document
//   pdf.packet5Pages.*      a five-page negotiation packet from the real builders (cover, letter,
//                           financial statement, schedule of all debts, enclosure list) through the pool
//   pdf.packetFull.*        the full packet with the repayment proposal and its 36-month schedule (7 pages)
//   pdf.batch20Packets.*    20 different five-page packets through the app's batch path
//                           (runPacketBatch: pool, complete-or-nothing files in a folder), wall time
//   pdf.rssGrowthPct        process RSS growth over 1,000 pooled letters, after warm-up; RSS
//                           covers the worker threads too (same process). gc() runs in the main
//                           thread and the workers before each reading (--expose-gc, or enabled
//                           at run time with v8.setFlagsFromString when the flag is absent).
//   pdf.chromiumLetter.*    the same letter as HTML (same fonts, same content) printed by headless
//                           Chromium's page.pdf() in a warm browser: setContent + fonts ready + pdf()
//   pdf.vsChromiumRatio     pdf.letterWarm.p50Ms / pdf.chromiumLetter.p50Ms
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatAmount, paperWords } from '../../electron/main/documents/build/format';
import { formatLongDate } from '../../shared/format/dates';
import { buildLetterDocument, type LetterBlock, type LetterData, type Span } from '../../electron/main/documents/build/letter';
import { buildPacketDocument } from '../../electron/main/documents/build/packet';
import { fontSetBytes, loadFontSet, locateFontFiles, type FontPaths } from '../../electron/main/pdf/fonts';
import { renderPdfNaive } from '../../electron/main/pdf/naive';
import { createPdfPool, defaultPoolSize, type PdfPool } from '../../electron/main/pdf/pool';
import { initRenderer, renderPdf } from '../../electron/main/pdf/render';
import { runPacketBatch } from '../../electron/main/documents/output';
import { sampleFullPacket, sampleLetter } from '../../electron/main/documents/build/samples';
import type { PacketData } from '../../electron/main/documents/build/packet';
import { getGc, ms, summarize } from './timing';

export interface BenchPdfOptions {
  /** Multiplies sample counts (the runner's --quick uses 0.2). RSS always uses 1,000 letters unless scale < 1. */
  scale?: number;
  log?: (message: string) => void;
  chromiumPath?: string;
}

type Figures = Record<string, number>;

function defaultLog(message: string): void {
  process.stderr.write(`[bench:pdf] ${message}\n`);
}

async function samples(n: number, fn: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await fn();
    out.push(performance.now() - start);
  }
  return out;
}

function put(figures: Figures, prefix: string, list: number[]): void {
  const s = summarize(list);
  figures[`${prefix}.p50Ms`] = s.p50Ms;
  figures[`${prefix}.p95Ms`] = s.p95Ms;
  figures[`${prefix}.samples`] = s.samples;
}

async function section(log: (m: string) => void, name: string, fn: () => Promise<void>): Promise<void> {
  const start = performance.now();
  try {
    log(`${name}…`);
    await fn();
    log(`${name} done in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  } catch (err) {
    log(`${name} FAILED: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  }
}

export async function benchPdf(options: BenchPdfOptions = {}): Promise<Figures> {
  const log = options.log ?? defaultLog;
  const scale = options.scale ?? 1;
  const n = (count: number): number => Math.max(3, Math.round(count * scale));
  const figures: Figures = {};
  const gcHandle = getGc(); // before any worker starts, so the workers get gc too
  const gc = async (pool?: PdfPool): Promise<void> => {
    if (!gcHandle) return;
    await pool?.gc();
    gcHandle.gc();
    gcHandle.gc();
  };

  const letterData = sampleLetter('zh-CN');
  const letter = buildLetterDocument(letterData);
  const packet = buildPacketDocument(fivePagePacket(0));
  const fullPacket = buildPacketDocument(sampleFullPacket(0));
  const fontSet = await loadFontSet();
  figures['pdf.fontBytesMb'] = ms(fontSetBytes(fontSet) / 1024 / 1024);
  figures['pdf.cpus'] = os.availableParallelism();

  await section(log, 'naive baseline (fresh printer + font files per letter)', async () => {
    const paths = locateFontFiles();
    await initRenderer({ fontSet });
    for (let i = 0; i < 3; i++) await renderPdfNaive(letter, {}, paths);
    put(figures, 'pdf.letterNaive', await samples(n(20), () => renderPdfNaive(letter, {}, paths)));
  });

  await section(log, 'letter on this thread (cached fonts)', async () => {
    await initRenderer({ fontSet });
    for (let i = 0; i < n(60); i++) await renderPdf(letter);
    put(figures, 'pdf.letterDirect', await samples(n(200), () => renderPdf(letter)));
    figures['pdf.letterBytes'] = (await renderPdf(letter)).byteLength;
    for (let i = 0; i < n(10); i++) await renderPdf(packet);
    put(figures, 'pdf.packet5PagesDirect', await samples(n(30), () => renderPdf(packet)));
  });

  const poolSize = defaultPoolSize();
  figures['pdf.poolSize'] = poolSize;
  const pool = createPdfPool({ size: poolSize, fontSet });
  try {
    await section(log, `letter through the pool (${poolSize} worker${poolSize > 1 ? 's' : ''})`, async () => {
      const start = performance.now();
      await pool.warmUp();
      figures['pdf.poolStartMs'] = ms(performance.now() - start);
      for (let i = 0; i < n(150); i++) await pool.render(letter);
      put(figures, 'pdf.letterWarm', await samples(n(200), () => pool.render(letter)));
    });

    await section(log, 'five-page packet through the pool', async () => {
      for (let i = 0; i < n(15); i++) await pool.render(packet);
      put(figures, 'pdf.packet5Pages', await samples(n(40), () => pool.render(packet)));
      const bytes = await pool.render(packet);
      figures['pdf.packet5Pages.bytes'] = bytes.byteLength;
      figures['pdf.packet5Pages.pages'] = countPages(bytes);
      for (let i = 0; i < n(5); i++) await pool.render(fullPacket);
      put(figures, 'pdf.packetFull', await samples(n(20), () => pool.render(fullPacket)));
      figures['pdf.packetFull.pages'] = countPages(await pool.render(fullPacket));
    });

    await section(log, '20 packets through the batch path (files in a folder)', async () => {
      const data = Array.from({ length: 20 }, (_, i) => fivePagePacket(i));
      const totals: number[] = [];
      for (let run = 0; run < 3; run++) {
        const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-bench-batch-'));
        try {
          const start = performance.now();
          const result = await runPacketBatch({
            folder,
            pool,
            items: data.map((d, i) => ({ fileName: `HS-2025-${i} ${d.cover.lenderName}.pdf`, label: d.cover.lenderName, doc: () => buildPacketDocument(d) })),
          });
          totals.push(performance.now() - start);
          if (result.files.length !== 20 || fs.readdirSync(folder).length !== 20) throw new Error(`batch wrote ${result.files.length} files`);
        } finally {
          fs.rmSync(folder, { recursive: true, force: true });
        }
      }
      figures['pdf.batch20Packets.totalMs'] = summarize(totals).p50Ms;
      figures['pdf.batch20Packets.runs'] = totals.length;
    });

    await section(log, 'RSS over 1,000 letters through the pool', async () => {
      const count = scale < 1 ? Math.max(100, Math.round(1000 * scale)) : 1000;
      for (let i = 0; i < 50; i++) await pool.render(letter);
      await gc(pool);
      const before = process.memoryUsage().rss;
      for (let i = 0; i < count; i += poolSize) await Promise.all(Array.from({ length: poolSize }, () => pool.render(letter)));
      await gc(pool);
      const after = process.memoryUsage().rss;
      figures['pdf.rssLetters'] = count;
      figures['pdf.rssBeforeMb'] = ms(before / 1024 / 1024);
      figures['pdf.rssAfterMb'] = ms(after / 1024 / 1024);
      figures['pdf.rssGrowthPct'] = ms(((after - before) / before) * 100);
      figures['pdf.rssGc'] = gcHandle ? (gcHandle.forced ? 2 : 1) : 0; // 1: --expose-gc, 2: enabled at run time, 0: none
    });
  } finally {
    await pool.close({ force: true });
  }

  await section(log, '20 packets at once through a 2-worker pool', async () => {
    const pool2 = createPdfPool({ size: 2, fontSet });
    try {
      await pool2.warmUp();
      const packets = Array.from({ length: 20 }, (_, i) => buildPacketDocument(fivePagePacket(i)));
      for (let i = 0; i < 10; i++) await Promise.all([pool2.render(packet), pool2.render(packet)]);
      const totals: number[] = [];
      for (let run = 0; run < 3; run++) {
        const start = performance.now();
        await Promise.all(packets.map((doc) => pool2.render(doc)));
        totals.push(performance.now() - start);
      }
      figures['pdf.batch20Packets.twoWorkersTotalMs'] = summarize(totals).p50Ms;
    } finally {
      await pool2.close({ force: true });
    }
  });

  await section(log, 'the same letter printed by headless Chromium (warm browser)', async () => {
    const chromium = await benchChromium(letterData, locateFontFiles(), n(30), options.chromiumPath ?? '/usr/bin/chromium', log);
    put(figures, 'pdf.chromiumLetter', chromium);
  });

  const ours = figures['pdf.letterWarm.p50Ms'];
  const chromiumP50 = figures['pdf.chromiumLetter.p50Ms'];
  const naive = figures['pdf.letterNaive.p50Ms'];
  if (ours && chromiumP50) figures['pdf.vsChromiumRatio'] = ms(ours / chromiumP50);
  if (ours && naive) figures['pdf.naiveOverWarmRatio'] = ms(naive / ours);
  return figures;
}

/** A real five-page packet from the case-document builders: cover, letter, statement, all debts, enclosures. */
function fivePagePacket(lenderIndex: number): PacketData {
  const full = sampleFullPacket(lenderIndex);
  return { ...full, parts: full.parts!.slice(0, 2) };
}

/** Page count from the PDF's page tree (/Type /Pages … /Count n). */
function countPages(pdf: Uint8Array): number {
  const match = /\/Type\s*\/Pages[^>]*?\/Count\s+(\d+)/.exec(Buffer.from(pdf).toString('latin1')) ?? /\/Count\s+(\d+)/.exec(Buffer.from(pdf).toString('latin1'));
  return match ? Number(match[1]) : 0;
}

// -- the Chromium comparison -------------------------------------------------------------------

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

function spansHtml(spans: string | Span[]): string {
  if (typeof spans === 'string') return escapeHtml(spans);
  return spans.map((s) => (typeof s === 'string' ? escapeHtml(s) : s.bold ? `<b>${escapeHtml(s.text)}</b>` : escapeHtml(s.text))).join('');
}

function blockHtml(block: LetterBlock, data: LetterData): string {
  const words = paperWords(data.language).frame;
  switch (block.kind) {
    case 'paragraph':
      return `<p>${spansHtml(block.spans)}</p>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${spansHtml(item)}</li>`).join('')}</${tag}>`;
    }
    case 'amounts': {
      const [h1, h2] = block.headers ?? [words.item, words.amountHeader];
      const rows = block.rows.map((r) => `<tr><td>${escapeHtml(r.label)}</td><td class="amt">${formatAmount(r.amountFen)}</td></tr>`).join('');
      const total = block.total ? `<tr class="total"><td>${escapeHtml(block.total.label ?? words.total)}</td><td class="amt">${formatAmount(block.total.amountFen)}</td></tr>` : '';
      return `<table><thead><tr><th>${escapeHtml(h1)}</th><th class="amt">${escapeHtml(h2)}</th></tr></thead><tbody>${rows}${total}</tbody></table>`;
    }
  }
}

/** The sample letter as an HTML page with the same fonts, content and layout choices. */
export function letterHtml(data: LetterData, fonts: FontPaths): string {
  const words = paperWords(data.language).frame;
  const url = (file: string): string => pathToFileURL(file).href;
  const lh = data.letterhead;
  const sig = data.signature;
  return `<!doctype html><html lang="${data.language}"><head><meta charset="utf-8"><style>
@font-face { font-family: ParleySC; src: url('${url(fonts.ParleySC.normal)}'); font-weight: 400; }
@font-face { font-family: ParleySC; src: url('${url(fonts.ParleySC.bold)}'); font-weight: 700; }
@page { size: A4; margin: 56pt 72pt 64pt 72pt; }
body { font-family: ParleySC; font-size: 12pt; line-height: 1.5; margin: 0; }
.lh { display: flex; gap: 10pt; align-items: center; border-bottom: 0.8pt solid #404040; padding-bottom: 6pt; margin-bottom: 14pt; }
.lh img { width: 48pt; height: 48pt; } .org { font-size: 14pt; font-weight: 700; line-height: 1.2; } .det { font-size: 9pt; color: #555; line-height: 1.3; }
h1 { font-size: 18pt; text-align: center; margin: 4pt 0 16pt; line-height: 1.2; }
p { text-indent: 2em; text-align: justify; margin: 0 0 4pt; } .sal { text-indent: 0; margin-bottom: 6pt; }
table { margin: 4pt 0 10pt 24pt; width: calc(100% - 24pt); border-collapse: collapse; font-size: 10.5pt; line-height: 1.25; }
th, td { padding: 3pt 8pt; border-bottom: 0.4pt solid #bfbfbf; text-align: left; } th { border-top: 0.8pt solid #595959; border-bottom: 0.8pt solid #595959; }
.amt { text-align: right; white-space: nowrap; } tr.total td { font-weight: 700; border-top: 0.8pt solid #595959; border-bottom: 0.8pt solid #595959; }
ol, ul { margin: 0 0 6pt 24pt; padding-left: 1.2em; }
.closing { break-inside: avoid; margin-top: 10pt; } .lead { text-indent: 2em; }
.sig { margin: 18pt 0 0 auto; width: max-content; } .encl { margin-top: 24pt; }
</style></head><body>
${lh ? `<div class="lh">${lh.logoDataUrl ? `<img src="${lh.logoDataUrl}">` : ''}<div><div class="org">${escapeHtml(lh.organisation)}</div>${lh.address ? `<div class="det">${escapeHtml(lh.address)}</div>` : ''}${lh.contactLine ? `<div class="det">${escapeHtml(lh.contactLine)}</div>` : ''}</div></div>` : ''}
<h1>${escapeHtml(data.title)}</h1>
<p class="sal">${escapeHtml(data.salutation)}</p>
${data.body.map((b) => blockHtml(b, data)).join('\n')}
<div class="closing"><div class="lead">${words.closingLead}</div><div>${words.closingSalute}</div>
<div class="sig"><div>${words.applicant}：${escapeHtml(sig.name)}</div>${sig.idMasked ? `<div>${words.idNumber}：${escapeHtml(sig.idMasked)}</div>` : ''}${sig.contact ? `<div>${words.contact}：${escapeHtml(sig.contact)}</div>` : ''}<div>${formatLongDate(data.date, data.language)}</div></div></div>
${data.enclosures?.length ? `<div class="encl"><div>${words.enclosures}：</div><ol>${data.enclosures.map((e) => `<li>${escapeHtml(e)}</li>`).join('')}</ol></div>` : ''}
</body></html>`;
}

async function benchChromium(data: LetterData, fonts: FontPaths, count: number, executablePath: string, log: (m: string) => void): Promise<number[]> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-bench-pdf-'));
  try {
    const page = await browser.newPage();
    const html = letterHtml(data, fonts);
    const file = path.join(dir, 'letter.html');
    fs.writeFileSync(file, html);
    await page.goto(pathToFileURL(file).href); // a file:// page may load the file:// fonts
    const words = paperWords(data.language).frame;
    const footer = `<div style="font-family: ParleySC, sans-serif; font-size: 9pt; color: #555; width: 100%; margin: 0 72pt; display: flex; justify-content: space-between;"><span>${words.caseRef}：${escapeHtml(data.caseReference)}</span><span>${words.pageOf.replace('{{page}}', '<span class="pageNumber"></span>').replace('{{pages}}', '<span class="totalPages"></span>')}</span></div>`;
    const print = async (): Promise<Buffer> => {
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      return page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: footer });
    };
    const first = await print();
    const out = path.join(dir, 'chromium-letter.pdf');
    fs.writeFileSync(out, first);
    log(`Chromium letter: ${first.byteLength} bytes (${out} is removed after the run)`);
    for (let i = 0; i < 5; i++) await print();
    return await samples(count, print);
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
