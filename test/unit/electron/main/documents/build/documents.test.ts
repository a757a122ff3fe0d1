// The document-definition builders are pure: these tests look at the structure only.
import { describe, expect, it } from 'vitest';
import { fixedWords, formatAmount, paperWords } from '../../../../../../electron/main/documents/build/format';
import { buildLetterDocument, INDENT, type LetterData } from '../../../../../../electron/main/documents/build/letter';
import { buildDataTable, buildPacketDocument } from '../../../../../../electron/main/documents/build/packet';
import { sampleLetter, samplePacket, SAMPLE_LOGO_DATA_URL } from '../../../../../../electron/main/documents/build/samples';
import type { Content, DocDefinition, TableNode, TextNode } from '../../../../../../electron/main/pdf/types';

type Node = Exclude<Content, string | Content[]> & Record<string, unknown>;

/** All object nodes of a content tree, depth first (stacks, columns, lists, table cells). */
function nodes(content: Content | undefined): Node[] {
  const out: Node[] = [];
  const visit = (c: unknown): void => {
    if (Array.isArray(c)) return c.forEach(visit);
    if (!c || typeof c !== 'object') return;
    const node = c as Node;
    out.push(node);
    for (const key of ['stack', 'columns', 'ul', 'ol']) if (Array.isArray(node[key])) visit(node[key]);
    const table = node.table as { body?: unknown[][] } | undefined;
    if (table?.body) table.body.forEach((row) => row.forEach(visit));
  };
  visit(content);
  return out;
}

function byRole(doc: DocDefinition | Content, role: string): Node[] {
  const content = (doc as DocDefinition).content ?? (doc as Content);
  return nodes(content).filter((n) => n.role === role);
}

function one(doc: DocDefinition | Content, role: string): Node {
  const found = byRole(doc, role);
  expect(found, role).toHaveLength(1);
  return found[0]!;
}

function textOf(node: unknown): string {
  if (typeof node === 'string') return node;
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (node && typeof node === 'object') {
    const n = node as Record<string, unknown>;
    if ('text' in n) return textOf(n.text);
    return ['stack', 'columns', 'ul', 'ol'].map((k) => (n[k] ? textOf(n[k]) : '')).join('');
  }
  return '';
}

describe('formatting', () => {
  it.each([
    [1_234_567, '12,345.67'],
    [0, '0.00'],
    [5, '0.05'],
    [100, '1.00'],
    [100_000_000, '1,000,000.00'],
    [-1_234_500, '-12,345.00'],
    [99_999, '999.99'],
  ])('formatAmount(%i) = %s', (fen, text) => expect(formatAmount(fen)).toBe(text));

  it('refuses fractional fen', () => {
    expect(() => formatAmount(12.5)).toThrow(/integer/);
  });

  it('lists the fixed words used for glyph checks', () => {
    expect(fixedWords('zh-CN')).toContain('此致');
    expect(fixedWords('zh-TW')).toContain('敬禮');
    expect(fixedWords('en')).toContain('Yours faithfully');
  });
});

describe('buildLetterDocument (zh-CN)', () => {
  const data = sampleLetter('zh-CN');
  const doc = buildLetterDocument(data);

  it('is A4 with the Simplified font, 1.5 line spacing and the letter’s language', () => {
    expect(doc.pageSize).toBe('A4');
    expect(doc.language).toBe('zh-CN');
    expect(doc.defaultStyle).toMatchObject({ font: 'ParleySC', fontSize: 12, lineHeight: 1.5 });
    expect(doc.info?.title).toBe('协商还款申请书');
  });

  it('centres the title and puts the salutation on its own line after it', () => {
    const title = one(doc, 'title');
    expect(title.text).toBe('协商还款申请书');
    expect(title.style).toBe('title');
    expect(doc.styles?.title).toMatchObject({ alignment: 'center', bold: true });
    const content = doc.content as Content[];
    const titleIndex = content.indexOf(title);
    expect(one(doc, 'salutation').text).toBe('尊敬的华夏示例银行信用卡中心：');
    expect(content.indexOf(one(doc, 'salutation'))).toBe(titleIndex + 1);
  });

  it('indents body paragraphs by two characters and keeps bold spans', () => {
    const paragraphs = byRole(doc, 'paragraph');
    expect(paragraphs.length).toBe(4);
    for (const p of paragraphs) expect(p).toMatchObject({ leadingIndent: INDENT, alignment: 'justify' });
    expect(paragraphs[0]!.text).toContainEqual({ text: '王堃', bold: true });
  });

  it('closes with 此致 indented two characters, then 敬礼！ flush left, then the signature', () => {
    const closing = one(doc, 'closing');
    expect(closing.unbreakable).toBe(true);
    const lead = one(closing as Content, 'closingLead');
    const salute = one(closing as Content, 'closingSalute');
    expect(lead).toMatchObject({ text: '此致', leadingIndent: INDENT });
    expect(salute.text).toBe('敬礼！');
    expect(salute.leadingIndent ?? 0).toBe(0);
    const stack = closing.stack as Content[];
    expect(stack.indexOf(lead)).toBeLessThan(stack.indexOf(salute));
  });

  it('signs with name, masked ID and contact, dated in 年月日, at the right', () => {
    const signature = one(doc, 'signature');
    const columns = signature.columns as { width?: unknown }[];
    expect(columns[0]!.width).toBe('*'); // pushes the block to the right margin
    expect(textOf(signature)).toBe('申请人：王堃身份证号：1101**********1234联系电话：138****56782025年3月8日');
    expect(one(doc, 'date').text).toBe('2025年3月8日');
  });

  it('right-aligns amounts with thousands separators; the total is bold', () => {
    const table = one(doc, 'amounts') as unknown as TableNode;
    const body = table.table.body as TextNode[][];
    expect(body[0]!.map((c) => c.text)).toEqual(['项目', '金额（元）']);
    expect(body.map((row) => row[1]!.alignment)).toEqual(['right', 'right', 'right', 'right', 'right']);
    expect(body.slice(1).map((row) => row[1]!.text)).toEqual(['12,345.67', '864.20', '150.13', '13,360.00']);
    expect(body[4]![0]).toMatchObject({ text: '合计', bold: true });
    expect(body[4]![1]).toMatchObject({ bold: true, noWrap: true });
    expect(table.layout).toBe('parleyAmountsWithTotal');
    expect(table.table.headerRows).toBe(1);
  });

  it('lists enclosures at the end under 附件：', () => {
    const content = doc.content as Content[];
    const enclosures = one(doc, 'enclosures');
    expect(content.at(-1)).toBe(enclosures);
    expect(textOf(enclosures)).toBe('附件：收入与支出明细表失业证明全部债务明细表');
    expect(byRole(buildLetterDocument({ ...data, enclosures: [] }), 'enclosures')).toHaveLength(0);
  });

  it('puts the case reference and 第 x 页 共 y 页 in the footer template', () => {
    expect(textOf(doc.footer)).toBe('案件编号：HS-2025-0042第 {{page}} 页　共 {{pages}} 页');
  });

  it('puts the logo in images and the letterhead above a rule', () => {
    expect(doc.images).toEqual({ logo: SAMPLE_LOGO_DATA_URL });
    expect(textOf(one(doc, 'letterhead'))).toContain('港湾街债务咨询中心');
    const noLogo: LetterData = { ...data, letterhead: { organisation: '某中心' } };
    expect(buildLetterDocument(noLogo).images).toBeUndefined();
    expect(() => buildLetterDocument({ ...data, letterhead: { organisation: 'x', logoDataUrl: 'https://example.org/logo.png' } })).toThrow(/data URL/);
  });

  it('is plain data: JSON round-trips it unchanged (so it can be posted to a worker)', () => {
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('does not change its input', () => {
    const input = sampleLetter('zh-CN');
    const before = JSON.stringify(input);
    buildLetterDocument(input);
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('buildLetterDocument (zh-TW, en)', () => {
  it('uses the Traditional font and words for zh-TW', () => {
    const doc = buildLetterDocument(sampleLetter('zh-TW'));
    expect(doc.defaultStyle?.font).toBe('ParleyTC');
    expect(one(doc, 'closingSalute').text).toBe('敬禮！');
    expect(textOf(doc.footer)).toContain('第 {{page}} 頁　共 {{pages}} 頁');
    expect(textOf(one(doc, 'signature'))).toContain('身分證號：');
  });

  it('puts the date first in English, closes with Yours faithfully, and does not indent paragraphs', () => {
    const doc = buildLetterDocument(sampleLetter('en'));
    const content = doc.content as Content[];
    const date = one(doc, 'date');
    expect(date.text).toBe('8 March 2025');
    expect(content.indexOf(date)).toBeLessThan(content.indexOf(one(doc, 'title')));
    expect(one(doc, 'closingLead').text).toBe('Yours faithfully,');
    expect(byRole(doc, 'closingSalute')).toHaveLength(0);
    for (const p of byRole(doc, 'paragraph')) expect(p.leadingIndent).toBe(0);
    expect(textOf(doc.footer)).toContain('Page {{page}} of {{pages}}');
    expect(((one(doc, 'amounts') as unknown as TableNode).table.body[0]![1] as TextNode).text).toBe('Amount (CNY)');
  });
});

describe('buildPacketDocument', () => {
  const doc = buildPacketDocument(samplePacket(0, 40));

  it('starts the letter, each table section and the enclosure list on a new page', () => {
    const content = doc.content as Node[];
    expect(one(doc, 'letter').pageBreak).toBe('before');
    const sectionTitles = content.filter((n) => n.role === 'sectionTitle');
    expect(sectionTitles.map((n) => n.text)).toEqual(['全部债务明细表', paperWords('zh-CN').frame.enclosureListTitle]);
    for (const title of sectionTitles) expect(title.pageBreak).toBe('before');
  });

  it('has a cover sheet naming the lender, client and case, and a table of contents', () => {
    expect(one(doc, 'coverTitle').text).toBe('协商还款材料');
    const facts = textOf((one(doc, 'coverFacts').table as { body: unknown[][] }).body.flat());
    expect(facts).toContain('华夏示例银行');
    expect(facts).toContain('王堃');
    expect(facts).toContain('HS-2025-0042');
    expect(textOf(one(doc, 'coverContents'))).toBe('协商还款申请书全部债务明细表附件清单');
  });

  it('right-aligns amount and integer columns, repeats the header row and totals the amounts', () => {
    const table = buildDataTable(samplePacket().sections[0]!);
    const body = table.table.body as TextNode[][];
    expect(table.table.headerRows).toBe(1);
    expect(body[0]!.map((c) => c.alignment)).toEqual(['center', 'left', 'left', 'right', 'right', 'right']);
    expect(body[1]!.map((c) => c.alignment)).toEqual(['center', 'left', 'left', 'right', 'right', 'right']);
    expect(body[1]![4]!.text).toMatch(/^\d{1,3}(,\d{3})*\.\d{2}$/);
    const total = body.at(-1)!;
    expect(total[1]).toMatchObject({ text: '合计', bold: true });
    expect(total[4]!.text).toBe('642,462.89');
  });

  it('numbers the enclosures', () => {
    const tables = byRole(doc, 'dataTable') as unknown as TableNode[];
    const enclosureTable = tables.at(-1)!;
    const rows = enclosureTable.table.body.slice(1) as TextNode[][];
    expect(rows.map((r) => r[0]!.text)).toEqual(['1', '2', '3', '4', '5']);
    expect(rows[0]![1]!.text).toBe('居民身份证复印件');
  });
});
