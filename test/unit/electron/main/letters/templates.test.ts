import { beforeAll, describe, expect, it } from 'vitest';
import { resolveLetter } from '../../../../../electron/main/documents/gather/letter';
import type { MergeSource } from '../../../../../electron/main/documents/gather/letter-source';
import { amountRows, draftFromTemplate } from '../../../../../electron/main/documents/gather/letter-text';
import { DEMO_CLIENTS, DEMO_LENDERS } from '../../../../../electron/main/demo/data';
import { DEFAULT_TEMPLATES } from '../../../../../electron/main/letters/defaults';
import { fixedWords } from '../../../../../electron/main/documents/build/format';
import { buildLetterDocument, familyFor } from '../../../../../electron/main/documents/build/letter';
import { FONT_FAMILIES, missingCharacters } from '../../../../../electron/main/pdf/fonts';
import { initRenderer, renderPdf, type FontEngine } from '../../../../../electron/main/pdf/render';
import { translate } from '../../../../../shared/i18n';
import { LOCALES, type Locale } from '../../../../../shared/schemas/common';
import { bodyIssues, fieldLabelKey, fieldsUsed, LETTER_TYPES, MERGE_FIELDS, textIssues, tokenize } from '../../../../../shared/schemas/letters';
import { compact, pdfText } from '../pdf/poppler';

let engine: FontEngine;
beforeAll(async () => {
  engine = await initRenderer();
}, 60_000);

/** A case in which every merge field has a value; names with rare characters. */
function fullSource(): MergeSource {
  return {
    clientName: '欧阳䶮燚',
    region: 'tw',
    currency: 'CNY',
    caseRef: 'P-2025-00042',
    lenderId: 1,
    lenderName: '堃喆小额贷款有限公司',
    debtId: 1,
    raw: {
      'client.name': '欧阳䶮燚',
      'client.idMasked': '1101**********002X',
      'client.phone': '13800138000',
      'client.address': '上海市浦东新区世纪大道 100 号',
      'client.caseRef': 'P-2025-00042',
      'client.hardship': 'recorded',
      'lender.name': '堃喆小额贷款有限公司',
      'debt.accountRef': 'HT-2023-000123',
      'debt.principal': 12_345_678,
      'debt.interest': 456_789,
      'debt.penalty': 123_456,
      'debt.fees': 10_000,
      'debt.outstanding': 12_935_923,
      'debt.daysOverdue': 1_234,
      'debt.firstMissedDate': '2021-10-29',
      'proposal.monthly': 150_000,
      'proposal.months': 36,
      'proposal.total': 5_400_000,
      'proposal.saving': 7_535_923,
      'proposal.settlementAmount': 6_000_000,
      'proposal.startDate': '2025-04-01',
      'variation.monthly': 80_000,
      'variation.holdMonths': 3,
      'variation.fromDate': '2025-05-01',
      'counsellor.name': '司马喆',
      // A Taiwan case: the only region whose route and regulator are both worded.
      'region.route': 'tw',
      'region.regulator': 'tw',
      'region.creditBureau': 'tw',
      today: '2025-03-08',
    },
    amounts: { principalFen: 12_345_678, interestFen: 456_789, penaltyFen: 123_456, feesFen: 10_000, outstandingFen: 12_935_923 },
    hardship: { reason: 'job_loss', since: '2024-11-01', details: '工厂关闭后一直未能找到工作' },
    signature: { name: '欧阳䶮燚', idMasked: '1101**********002X', contact: '13800138000' },
  };
}

function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => allStrings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => allStrings(v, out));
  return out;
}

describe('the field parser', () => {
  it('finds fields with their offsets, and reports unknown ones with line and column', () => {
    expect(tokenize('a{{ client.name }}b')).toEqual([
      { kind: 'text', text: 'a' },
      { kind: 'field', path: 'client.name', offset: 1, length: 17 },
      { kind: 'text', text: 'b' },
    ]);
    expect(textIssues('第一行\n  {{debt.owed}} 与 {{client.name}}', 'blocks.3')).toEqual([
      { problem: 'unknown', field: 'debt.owed', location: 'blocks.3', offset: 6, line: 2, column: 3 },
    ]);
    expect(textIssues('x {{client.name', 'title')).toMatchObject([{ problem: 'unclosed', offset: 2, line: 1, column: 3 }]);
    expect(textIssues('x }} y', 'title')).toMatchObject([{ problem: 'unclosed', offset: 2 }]);
  });
});

describe('the default templates', () => {
  it('exist for every type in every language, use only known fields, and differ between languages', () => {
    for (const locale of LOCALES) {
      for (const type of LETTER_TYPES) {
        const t = DEFAULT_TEMPLATES[locale][type];
        expect(t, `${type}/${locale}`).toBeDefined();
        expect(bodyIssues(t.title, t.body), `${type}/${locale}`).toEqual([]);
        expect(t.body.blocks.length, `${type}/${locale}`).toBeGreaterThan(0);
        // Every letter is addressed to the lender.
        expect(fieldsUsed(t.title, t.body), `${type}/${locale}`).toContain('lender.name');
      }
    }
    // The Traditional texts are their own, not the Simplified ones.
    for (const type of LETTER_TYPES) expect(JSON.stringify(DEFAULT_TEMPLATES['zh-TW'][type].body)).not.toBe(JSON.stringify(DEFAULT_TEMPLATES['zh-CN'][type].body));
  });

  it('every character of every template, of the printed words and placeholders, and of the demo data is in the embedded fonts', () => {
    const demo = allStrings([DEMO_CLIENTS, DEMO_LENDERS]).join('');
    for (const locale of LOCALES) {
      const templates = allStrings(DEFAULT_TEMPLATES[locale]).join('');
      const printed =
        fixedWords(locale) +
        MERGE_FIELDS.map((f) => translate(locale, 'paper.letter.missing', { field: translate(locale, fieldLabelKey(f.path)) })).join('') +
        ['principal', 'interest', 'penalty', 'fees'].map((k) => translate(locale, `paper.letter.${k}`)).join('') +
        ['route.tw', 'route.hk', ...['regulator', 'creditBureau'].flatMap((f) => ['cn', 'tw', 'hk', 'mo'].map((r) => `${f}.${r}`))].map((k) => translate(locale, `paper.letter.${k}`)).join('');
      const family = familyFor(locale);
      for (const weight of ['normal', 'bold'] as const) {
        const font = engine.parsed[family][weight].font;
        expect(missingCharacters(font, templates + printed), `${locale} ${weight}`).toEqual([]);
      }
      // Names and notes of the demo cases may use any character: each must be in one of the families
      // (render.ts sets a character the letter's family lacks in the other one).
      const lacking = [...new Set(demo)].filter((ch) => !/\s/.test(ch) && !FONT_FAMILIES.some((f) => engine.has(f, ch.codePointAt(0)!)));
      expect(lacking, `demo data (${locale})`).toEqual([]);
    }
  });

  it('every template renders in every language with every field filled: no unknown field, no placeholder, the name and amounts in the PDF', async () => {
    const source = fullSource();
    for (const locale of LOCALES as readonly Locale[]) {
      for (const type of LETTER_TYPES) {
        const t = DEFAULT_TEMPLATES[locale][type];
        const draft = draftFromTemplate(t.title, t.body, source, locale);
        const { data, preview } = resolveLetter({ title: draft.title, body: draft.body, source, locale, date: '2025-03-08' });
        expect(preview.missingFields, `${type}/${locale}`).toEqual([]);
        const pdf = await renderPdf(buildLetterDocument(data), { creationDate: '2025-03-08T09:00:00Z' });
        const text = compact(pdfText(pdf));
        expect(text, `${type}/${locale}`).toContain(compact(data.title));
        expect(text, `${type}/${locale}`).toContain('欧阳䶮燚');
        expect(text).not.toContain('{{');
        expect(text).toContain(locale === 'en' ? '8March2025' : '2025年3月8日');
        if (t.body.blocks.some((b) => b.kind === 'amounts')) expect(text, `${type}/${locale}`).toContain('129,359.23');
      }
    }
    expect(amountRows(source, 'en').map((r) => r.label)).toEqual(['Principal', 'Interest', 'Penalty interest', 'Late fees and other charges']);
  }, 120_000);
});
