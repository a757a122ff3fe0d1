// Letters saved as Word documents, read back: the text of word/document.xml against the
// PDF of the same letter (pdftotext), for a draft, a final letter, English, and with a letterhead.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLetterDocument, type LetterData } from '../../../../../../electron/main/documents/build/letter';
import { buildLetterDocx } from '../../../../../../electron/main/documents/build/letter-docx';
import { type TestCore } from '../../../../helpers/core';
import { docxText, docxXml } from '../../../../helpers/docx-text';
import { compact, pdfText } from '../../pdf/poppler';
import { eachTestWithLetterCase, type Case } from '../../letters/case';

let core: TestCore;
let c: Case;

eachTestWithLetterCase((s) => ({ core, c } = s));

/** The PDF's text less its page footers (the .docx has them as Word fields in footer1.xml). */
function pdfBody(pdf: Uint8Array, caseRef: string): string {
  return compact(pdfText(pdf))
    .replaceAll(compact(`案件编号：${caseRef}`), '')
    .replaceAll(compact(`Case ref.: ${caseRef}`), '')
    .replace(/第\d+页共\d+页|Page\d+of\d+/g, '');
}

/** The .docx's text as compared: bullets are drawn shapes in the PDF, so they are not text there. */
const docxBody = (docx: Buffer) => compact(docxText(docx).replaceAll('•', ''));

async function saveBoth(id: number): Promise<{ pdf: Buffer; docx: Buffer }> {
  const pdf = await core.call('letters.savePdf', { id });
  const docx = await core.call('letters.saveDocx', { id });
  expect(docx.path).toMatch(/\.docx$/);
  return { pdf: fs.readFileSync(pdf.path!), docx: fs.readFileSync(docx.path!) };
}

describe('letters as Word documents', () => {
  it('a draft hardship letter: the same text as its PDF, the title a heading, the amounts a table, the footer with page fields', async () => {
    const l = await core.call('letters.draft', { clientId: c.clientId, debtId: c.debts.a1, type: 'hardship', locale: 'zh-CN' });
    const { pdf, docx } = await saveBoth(l.id);
    expect(docxBody(docx)).toBe(pdfBody(pdf, c.caseRef));
    expect(docxBody(docx)).toContain('王堃喆');
    const xml = docxXml(docx);
    expect(xml).toMatch(/<w:pStyle w:val="Title"\/>/);
    expect(xml).toContain('<w:tbl>');
    const footer = docxXml(docx, 'word/footer1.xml');
    expect(footer).toContain(`案件编号：${c.caseRef}`);
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
  });

  it('a final letter gives its frozen text, and the English letter keeps the English order', async () => {
    const zh = await core.call('letters.draft', { clientId: c.clientId, debtId: c.debts.b1, type: 'hardship', locale: 'zh-CN' });
    const final = await core.call('letters.finalise', { id: zh.id, rev: zh.rev });
    expect(final.status).toBe('final');
    const one = await saveBoth(zh.id);
    expect(docxBody(one.docx)).toBe(pdfBody(one.pdf, c.caseRef));

    const en = await core.call('letters.draft', { clientId: c.clientId, debtId: c.debts.c1, type: 'verification', locale: 'en' });
    const two = await saveBoth(en.id);
    expect(docxBody(two.docx)).toBe(pdfBody(two.pdf, c.caseRef));
    expect(docxText(two.docx).split('\n')[0]).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
  });

  it('with the letterhead: organisation, address and contact line first, as in the packet’s letter', async () => {
    await core.call('letterhead.update', { organisation: '港湾街债务咨询中心', address: '上海市港湾街88号', phone: '021-5555 0188', email: 'help@example.org' });
    const l = await core.call('letters.draft', { clientId: c.clientId, debtId: c.debts.a1, type: 'hardship', locale: 'zh-CN' });
    const res = await core.call('letters.saveDocx', { id: l.id });
    const docx = fs.readFileSync(res.path!);
    const lines = docxText(docx).split('\n');
    expect(lines.slice(0, 3)).toEqual(['港湾街债务咨询中心', '上海市港湾街88号', '电话：021-5555 0188　邮箱：help@example.org']);
    // The PDF with the same letterhead is compared in the next test, built from the same data.
  });

  it('a logo goes in as an image; rare characters and a text that looks like markup stay text', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    const data: LetterData = {
      language: 'zh-CN',
      letterhead: { organisation: '燚堃咨询', logoDataUrl: `data:image/png;base64,${png.toString('base64')}` },
      title: '申请书 <w:t>',
      salutation: '尊敬的䶮融消费金融：',
      body: [
        { kind: 'paragraph', spans: ['本人', { text: '买买提·艾力', bold: true }, '因病 & 失业无力还款。'] },
        { kind: 'list', ordered: true, items: ['停止催收', '减免罚息'] },
        { kind: 'amounts', rows: [{ label: '本金', amountFen: 1_234_567 }], total: { amountFen: 1_234_567 } },
      ],
      signature: { name: '买买提·艾力', idMasked: '1101**********002X' },
      date: '2025-03-15',
      enclosures: ['诊断证明'],
      caseReference: 'P-2025-0001',
    };
    const docx = await buildLetterDocx(data);
    const pdf = await core.ctx.pdf.render(buildLetterDocument(data));
    expect(docxBody(docx)).toBe(pdfBody(pdf, 'P-2025-0001'));
    expect(docxText(docx)).toContain('申请书 <w:t>');
    expect(docxText(docx)).toContain('12,345.67');
    expect(docxXml(docx)).toContain('<w:b/>');
    expect(docxXml(docx)).toMatch(/<pic:pic/);
  });
});
