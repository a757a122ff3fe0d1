// Renders real documents and reads them back with poppler: text, pages, fonts, pixels.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLetterDocument, type LetterData } from '../../../../../electron/main/documents/build/letter';
import { buildPacketDocument } from '../../../../../electron/main/documents/build/packet';
import { initRenderer, renderPdf } from '../../../../../electron/main/pdf/render';
import { sampleLetter, samplePacket } from '../../../../../electron/main/documents/build/samples';
import type { DocDefinition } from '../../../../../electron/main/pdf/types';
import { compact, inkedPixels, pageCount, pdfFonts, pdfInfo, pdfText, rasterize, renderPng } from './poppler';

const FIXED_DATE = '2025-03-08T09:00:00Z';
// PNGs for people to look at (gitignored).
const PNG_DIR = path.resolve('.tmp/pdf-test');

beforeAll(async () => {
  await initRenderer();
});

function letterWithRareNames(): LetterData {
  const letter = sampleLetter('zh-CN');
  letter.signature = { name: '刘䶮', role: '申请人', idMasked: '1101**********1234', contact: '138****5678' };
  letter.body.push({
    kind: 'amounts',
    headers: ['借款人', '欠款金额（元）'],
    rows: [
      { label: '王堃', amountFen: 1_234_567 },
      { label: '陈喆', amountFen: 100_000_000 },
      { label: '林燚', amountFen: 5 },
      { label: '刘䶮', amountFen: 98_765_432 },
    ],
    total: { amountFen: 1_234_567 + 100_000_000 + 5 + 98_765_432 },
  });
  return letter;
}

describe('a Chinese letter read back from the PDF', () => {
  let pdf: Buffer;
  let text: string;
  beforeAll(async () => {
    pdf = await renderPdf(buildLetterDocument(letterWithRareNames()), { creationDate: FIXED_DATE });
    text = compact(pdfText(pdf));
  });

  it('has the rare-character names as text', () => {
    for (const name of ['王堃', '陈喆', '林燚', '刘䶮']) expect(text).toContain(name);
    expect(text).toContain('申请人：刘䶮');
  });

  it('has the amounts with thousands separators and two decimals', () => {
    for (const amount of ['12,345.67', '1,000,000.00', '0.05', '987,654.32', '2,000,000.04', '13,360.00']) expect(text).toContain(amount);
  });

  it('has the date in 年月日 form, the closing, the enclosures and the case reference', () => {
    expect(text).toContain('2025年3月8日');
    expect(text).toContain('此致敬礼！');
    expect(text).toContain('附件：');
    expect(text).toContain('收入与支出明细表');
    expect(text).toContain('案件编号：HS-2025-0042');
  });

  it('numbers its pages 第 x 页 共 y 页 and pdfinfo agrees on the count', () => {
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(text).toContain(`第1页共${pages}页`);
    expect(text).toContain(`第${pages}页共${pages}页`);
    expect(pdfInfo(pdf)['Page size']).toMatch(/^595\.2\d? x 841\.8\d? pts \(A4\)/);
  });

  it('embeds subsets of the Noto Sans CJK fonts', () => {
    expect(pdfFonts(pdf).sort()).toEqual(['NotoSansHans-Bold', 'NotoSansHans-Regular']);
  });

  it('has the title and metadata, and a fixed creation date when asked', () => {
    const info = pdfInfo(pdf);
    expect(info.Title).toBe('协商还款申请书');
    expect(info.Producer).toBe('Parley');
    expect(info.CreationDate).toMatch(/2025/);
  });

  it('renders a page that is not blank (pdftoppm -r 50)', () => {
    const raster = rasterize(pdf, 1, 50);
    expect(raster.width).toBeGreaterThan(400);
    const inked = inkedPixels(raster) / (raster.width * raster.height);
    expect(inked).toBeGreaterThan(0.02);
    expect(inked).toBeLessThan(0.5);
    renderPng(pdf, 1, path.join(PNG_DIR, 'letter-rare-names-p1'), 80);
    if (pageCount(pdf) > 1) renderPng(pdf, 2, path.join(PNG_DIR, 'letter-rare-names-p2'), 80);
  });
});

describe('letters in Traditional Chinese and English', () => {
  it('a zh-TW letter uses the Traditional font and sets 䶮 in the Simplified one', async () => {
    const letter = sampleLetter('zh-TW');
    const pdf = await renderPdf(buildLetterDocument(letter), { creationDate: FIXED_DATE });
    const text = compact(pdfText(pdf));
    expect(text).toContain('協商還款申請書');
    expect(text).toContain('劉䶮');
    expect(text).toContain('此致敬禮！');
    expect(text).toContain('第1頁共1頁');
    expect(text).toContain('2025年3月8日');
    const fonts = pdfFonts(pdf);
    expect(fonts).toContain('NotoSansHant-Regular');
    expect(fonts).toContain('NotoSansHans-Regular'); // only for 䶮
    expect(inkedPixels(rasterize(pdf, 1))).toBeGreaterThan(5000);
    renderPng(pdf, 1, path.join(PNG_DIR, 'letter-zh-TW-p1'), 80);
  });

  it('an English letter has the date as D Month YYYY and Page x of y', async () => {
    const pdf = await renderPdf(buildLetterDocument(sampleLetter('en')), { creationDate: FIXED_DATE });
    const text = pdfText(pdf);
    expect(text).toContain('8 March 2025');
    expect(text).toContain('Page 1 of 1');
    expect(text).toContain('Yours faithfully,');
    expect(text).toContain('12,345.67');
    expect(compact(text)).toContain('王堃');
    renderPng(pdf, 1, path.join(PNG_DIR, 'letter-en-p1'), 80);
  });
});

describe('the five-page packet', () => {
  it('has five pages in order: cover, letter, debt schedule (two pages), enclosures', async () => {
    const pdf = await renderPdf(buildPacketDocument(samplePacket()), { creationDate: FIXED_DATE });
    expect(pageCount(pdf)).toBe(5);
    const page = (n: number): string => compact(pdfText(pdf, { page: n }));
    expect(page(1)).toContain('协商还款材料');
    expect(page(1)).toContain('致：华夏示例银行');
    expect(page(2)).toContain('协商还款申请书');
    expect(page(2)).toContain('尊敬的华夏示例银行：');
    expect(page(3)).toContain('全部债务明细表');
    expect(page(4)).toContain('合计');
    expect(page(5)).toContain('附件清单');
    expect(page(5)).toContain('居民身份证复印件');
    for (let n = 1; n <= 5; n++) {
      expect(page(n)).toContain(`第${n}页共5页`);
      expect(inkedPixels(rasterize(pdf, n)), `page ${n}`).toBeGreaterThan(1000);
    }
    renderPng(pdf, 3, path.join(PNG_DIR, 'packet-p3'), 80);
  });
});

describe('renderPdf', () => {
  it('gives the same bytes for the same input and creation date', async () => {
    const doc = buildLetterDocument(sampleLetter('zh-CN'));
    const a = await renderPdf(doc, { creationDate: FIXED_DATE });
    const b = await renderPdf(doc, { creationDate: FIXED_DATE });
    expect(a.equals(b)).toBe(true);
    const c = await renderPdf(doc, { creationDate: '2025-03-09T09:00:00Z' });
    expect(c.equals(a)).toBe(false);
  });

  it('does not change the document it is given', async () => {
    const doc = buildLetterDocument(sampleLetter('zh-TW'));
    const before = JSON.stringify(doc);
    await renderPdf(doc);
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('fills {{page}}/{{pages}} only in the header and footer', async () => {
    const doc: DocDefinition = {
      content: ['正文 {{page}}', { text: '第二页', pageBreak: 'before' }],
      header: { text: '页眉 {{page}}/{{pages}}' },
      footer: '页脚 {{page}}',
    };
    const pdf = await renderPdf(doc);
    const first = compact(pdfText(pdf, { page: 1 }));
    expect(first).toContain('页眉1/2');
    expect(first).toContain('页脚1');
    expect(first).toContain('正文{{page}}');
    expect(compact(pdfText(pdf, { page: 2 }))).toContain('页眉2/2');
  });

  it('never reads local files or URLs named in a document', async () => {
    const doc: DocDefinition = { content: [{ image: 'x' }], images: { x: '/etc/hostname' } };
    await expect(renderPdf(doc)).rejects.toThrow(/access policy|denied|Invalid image/i);
  });

  it('rejects an invalid creation date', async () => {
    await expect(renderPdf({ content: 'x' }, { creationDate: 'not a date' })).rejects.toThrow(/creationDate/);
  });
});
