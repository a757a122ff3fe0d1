// The case documents built from plain data and rendered for real: read back with pdftotext
// (names with rare characters, amounts with separators in order, dates per language, page
// numbers, case reference), rasterised (no blank page), and every character they or the
// demo data can print is in the embedded fonts.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CLIENTS, DEMO_LENDERS } from '../../../../../../electron/main/demo/data';
import {
  buildContactLogDocument,
  buildDebtScheduleDocument,
  buildProposalDocument,
  buildStatementDocument,
  formatTableDate,
  proposalPart,
} from '../../../../../../electron/main/documents/build/case-docs';
import { caseFixedWords, DOC_LANGUAGES, fixedWords, type DocLanguage } from '../../../../../../electron/main/documents/build/format';
import { familyFor } from '../../../../../../electron/main/documents/build/letter';
import { buildPacketDocument } from '../../../../../../electron/main/documents/build/packet';
import { FONT_FAMILIES, missingCharacters } from '../../../../../../electron/main/pdf/fonts';
import { initRenderer, renderPdf, type FontEngine } from '../../../../../../electron/main/pdf/render';
import { sampleContactLog, sampleDebtScheduleDoc, sampleFullPacket, sampleProposal, sampleStatement } from '../../../../../../electron/main/documents/build/samples';
import { catalogs } from '../../../../../../shared/i18n';
import { compact, inkedPixels, pageCount, pdfText, rasterize, renderPng } from '../../pdf/poppler';

const CREATED = '2025-03-08T09:00:00Z';
const PNG_DIR = path.resolve('.tmp/pdf-test');
let engine: FontEngine;

beforeAll(async () => {
  engine = await initRenderer();
});

function expectNoBlankPage(pdf: Buffer, name: string): void {
  const pages = pageCount(pdf);
  expect(pages).toBeGreaterThan(0);
  for (let p = 1; p <= pages; p++) {
    expect(inkedPixels(rasterize(pdf, p, 30)), `${name} page ${p}`).toBeGreaterThan(400);
    renderPng(pdf, p, path.join(PNG_DIR, `${name}-${p}`), 60);
  }
}

function inOrder(text: string, words: string[]): void {
  let from = 0;
  for (const w of words) {
    const i = text.indexOf(w, from);
    expect(i, `${w} after position ${from}`).toBeGreaterThanOrEqual(0);
    from = i + w.length;
  }
}

describe('dates in tables', () => {
  it('are 年月日 in Chinese and D Mon YYYY in English', () => {
    expect(formatTableDate('2026-11-30', 'zh-CN')).toBe('2026年11月30日');
    expect(formatTableDate('2026-11-30', 'zh-TW')).toBe('2026年11月30日');
    expect(formatTableDate('2026-11-30', 'en')).toBe('30 Nov 2026');
  });
});

describe('rendered case documents', () => {
  it('statement: lines, totals and disposable income in order, rare names, footer', async () => {
    const pdf = await renderPdf(buildStatementDocument(sampleStatement('zh-CN')), { creationDate: CREATED });
    const text = compact(pdfText(pdf));
    // amounts in the order of the statement: income lines, total, fixed lines, total, variable, summary
    inOrder(text, ['1,890.00', '4,520.50', '6,410.50', '1,800.00', '320.00', '416.67', '260.00', '2,796.67', '1,500.00', '128.00', '1,888.00', '4,684.67', '1,725.83']);
    for (const label of ['收入合计', '固定支出合计', '日常支出合计', '支出合计', '每月可用于还款', '社会保障与补助', '失业保险金']) expect(text).toContain(label);
    for (const name of ['王堃', '陈喆', '林燚', '刘䶮']) expect(text).toContain(name);
    expect(text).toContain('制表日期：2025年3月8日');
    expect(text).toContain('案件编号：HS-2025-0042');
    expect(text).toContain('第1页共1页');
    expectNoBlankPage(pdf, 'statement-zh-CN');
  });

  it('debt schedule: every lender, amounts right-aligned in columns, totals', async () => {
    const data = sampleDebtScheduleDoc('zh-CN', 8, 2);
    const pdf = await renderPdf(buildDebtScheduleDocument(data), { creationDate: CREATED });
    const layout = pdfText(pdf, { layout: true });
    const total = data.rows.reduce((s, r) => s + r.outstandingFen, 0);
    const totalText = (total / 100).toLocaleString('en-US', { minimumFractionDigits: 2 });
    expect(layout).toContain(totalText);
    // right alignment: each outstanding amount ends in the same column
    const ends = data.rows.map((r) => {
      const s = (r.outstandingFen / 100).toLocaleString('en-US', { minimumFractionDigits: 2 });
      const line = layout.split('\n').find((l) => l.includes(s))!;
      return line.indexOf(s) + s.length;
    });
    expect(Math.max(...ends) - Math.min(...ends)).toBeLessThanOrEqual(1);
    expect(compact(layout)).toContain(`★${data.rows[2]!.lender}`);
    expectNoBlankPage(pdf, 'debts-zh-CN');
  });

  it('proposal: budget, pro-rata table and a 36-month schedule for the addressed lender', async () => {
    const data = sampleProposal('zh-CN', 5, 1);
    const pdf = await renderPdf(buildProposalDocument(data), { creationDate: CREATED });
    const text = compact(pdfText(pdf));
    inOrder(text, ['每月可支配收入', '1,725.83', '每月按比例分配总额', '1,500.00', '各债权人按比例分配', '致贵方的还款安排']);
    inOrder(text, ['2025年4月15日', '2025年5月15日', '2028年3月15日']);
    expect(text).toContain('100.0%');
    expectNoBlankPage(pdf, 'proposal-zh-CN');
  });

  it('contact log: dates, channels, misconduct marked', async () => {
    const pdf = await renderPdf(buildContactLogDocument(sampleContactLog('en')), { creationDate: CREATED });
    const text = pdfText(pdf);
    expect(text).toContain('Record of contacts');
    expect(text).toContain('10 Feb 2025');
    expect(text).toContain('[Misconduct]');
    expect(text).toContain('Page 1 of 1');
    expect(text).toContain('8 March 2025');
  });

  it.each(DOC_LANGUAGES)('the full packet in %s: every part, numbered pages, case reference on each, none blank', async (language) => {
    const pdf = await renderPdf(buildPacketDocument(sampleFullPacket(0, language)), { creationDate: CREATED });
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(6);
    for (let p = 1; p <= pages; p++) {
      const page = compact(pdfText(pdf, { page: p }));
      expect(page).toContain('HS-2025-0042');
      expect(page).toContain(language === 'en' ? `Page${p}of${pages}` : language === 'zh-TW' ? `第${p}頁共${pages}頁` : `第${p}页共${pages}页`);
    }
    expectNoBlankPage(pdf, `packet-${language}`);
  });

  it('a packet without letter or enclosures says so and still has its parts', async () => {
    const data = { ...sampleFullPacket(1), letter: null, enclosures: [] };
    const doc = buildPacketDocument(data);
    const pdf = await renderPdf(doc, { creationDate: CREATED });
    const text = compact(pdfText(pdf));
    expect(text).not.toContain('协商还款申请书');
    expect(text).toContain('本材料未附证明文件。');
    expect(proposalPart(sampleProposal()).title).toBe('还款方案');
  });
});

describe('glyph coverage of everything the documents print', () => {
  /** Characters of `text` in neither the language's font nor the fallback family. */
  function uncovered(language: DocLanguage, text: string): string[] {
    const primary = familyFor(language);
    const missing = new Set<string>();
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (cp < 0x20 || /\s/.test(ch)) continue;
      if (!engine.has(primary, cp) && !FONT_FAMILIES.some((f) => engine.has(f, cp))) missing.add(ch);
    }
    return [...missing];
  }

  /** Every string under these catalog branches (what the gatherer translates into documents). */
  function catalogText(language: DocLanguage): string {
    const out: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') out.push(v);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    const branches = ['finances.categories', 'debts.productTypes', 'debts.legalStages', 'profile.employment', 'contacts.channels', 'documents'];
    for (const branch of branches) {
      const node = branch.split('.').reduce<unknown>((n, part) => (n as Record<string, unknown> | undefined)?.[part], catalogs[language]);
      expect(node, branch).toBeTruthy();
      walk(node);
    }
    return out.join('');
  }

  it.each(DOC_LANGUAGES)('%s: fixed words, translated enumerations and the letterhead labels', (language) => {
    const text = fixedWords(language) + caseFixedWords(language) + catalogText(language);
    expect(text.length).toBeGreaterThan(200);
    expect(uncovered(language, text)).toEqual([]);
  });

  it('every string of the demo data (clients, lines, debts, lenders), in every document language', () => {
    const strings: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') strings.push(v);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(DEMO_CLIENTS);
    walk(DEMO_LENDERS);
    const text = strings.join('');
    expect([...text].filter((c) => c.codePointAt(0)! > 0x7f).length).toBeGreaterThan(100);
    for (const language of DOC_LANGUAGES) expect(uncovered(language, text), language).toEqual([]);
    // and the Simplified font alone has them all (no fallback needed for the demo)
    expect(missingCharacters(engine.parsed.ParleySC.normal.font, text.replace(/\s/g, ''))).toEqual([]);
    expect(missingCharacters(engine.parsed.ParleySC.bold.font, text.replace(/\s/g, ''))).toEqual([]);
  });
});
