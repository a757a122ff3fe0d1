// One language at a time (issue 14 §3): every document – a letter of every template, the
// financial statement, the schedule of debts, the proposal, the contact log and the packet – in
// each language, read back with pdftotext, holds no character of another script. English: no CJK
// but the data (the client's name and address, the lenders' names, the counsellor's and the
// collector's names). 繁體: no Simplified-only character outside that data. 简体: no
// Traditional-only one. A packet carries a letter in its own language only.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../../../../shared/schemas/common';
import { LETTER_TYPES } from '../../../../../shared/schemas/letters';
import { DOCUMENT_KINDS } from '../../../../../shared/schemas/documents';
import { makeTempDir, openTestCore, removeDir, type TestCore } from '../../../helpers/core';
import { hasForeignScript, SCRIPT_SETS } from '../../../helpers/script-purity';
import { pdfText } from '../pdf/poppler';
import { seedProposal } from './fixture';

const CLIENT = '王堃喆';
const ADDRESS = '北京市朝阳区建国路 88 号';
const COUNSELLOR = '李燚';
const COLLECTOR = '赵先生';
const LENDERS = ['招商银行信用卡中心', '䶮融消费金融', 'Acme Online Lending'] as const;
const DATA = [CLIENT, ADDRESS, COUNSELLOR, COLLECTOR, ...LENDERS];

let core: TestCore;
let out: string;
let clientId: number;
const lenderIds: number[] = [];
const debtIds: number[] = [];

beforeAll(async () => {
  core = openTestCore(undefined, { now: () => new Date('2025-03-15T09:00:00.000Z') });
  out = makeTempDir('parley-purity-');
  await core.call('settings.update', { counsellorName: COUNSELLOR });
  const client = await core.call('clients.create', {
    name: CLIENT,
    phone: '13800138000',
    idNumber: '11010519491231002X',
    address: ADDRESS,
    hardshipReason: 'job_loss',
    hardshipSince: '2024-10-08',
    employmentStatus: 'unemployed',
    householdAdults: 2,
    householdDependants: 1,
  });
  clientId = client.id;
  for (const [i, name] of LENDERS.entries()) {
    const l = await core.call('lenders.create', { name, type: i === 0 ? 'bank' : 'consumer_finance' });
    lenderIds.push(l.id);
    const d = await core.call('debts.create', {
      clientId,
      lenderId: l.id,
      productType: i === 0 ? 'credit_card' : 'consumer_loan',
      accountRef: `AC-${i}-778812`,
      principalFen: 1_234_567 * (i + 1),
      interestFen: 12_000,
      penaltyFen: 4_500,
      lateFeesFen: 1_000,
      firstMissedDate: '2024-11-05',
      ...(i === 0 ? { legalStage: 'lawsuit_filed' } : {}),
    });
    debtIds.push(d.id);
  }
  await core.call('statements.create', {
    clientId,
    statementDate: '2025-03-01',
    lines: [
      { kind: 'income', category: 'benefits', amountFen: 189_000 },
      { kind: 'expense', category: 'rent_mortgage', amountFen: 80_000 },
      { kind: 'expense', category: 'food', amountFen: 50_000 },
    ],
  });
  seedProposal(core, { clientId, caseRef: client.caseRef, lenders: lenderIds.map((id, i) => ({ id, name: LENDERS[i]! })), debtIds });
  // A call with a collector (his name is data) and an offer sent, which logs itself.
  await core.call('contacts.create', { clientId, debtId: debtIds[0]!, occurredAt: '2025-03-10T02:00:00.000Z', channel: 'phone', direction: 'in', person: COLLECTOR, summary: 'Asked for payment in full by Friday.' });
  const offer = await core.call('offers.create', { debtId: debtIds[0]!, params: { remedy: 'instalments', months: 12, withInterest: false }, startDate: '2025-04-15' });
  await core.call('offers.transition', { id: offer.id, rev: offer.rev, to: 'sent', onDate: '2025-03-15', logContact: { channel: 'letter' } });
});

afterAll(async () => {
  core.close();
  removeDir(core.dir);
  removeDir(out);
});

let n = 0;
async function saved(channel: 'documents.save' | 'packets.save' | 'letters.savePdf', input: Record<string, unknown>): Promise<string> {
  const file = `${out}/doc-${n++}.pdf`;
  core.platform.nextSavePath(file);
  await (core.call as (c: string, i: unknown) => Promise<unknown>)(channel, input);
  return pdfText(fs.readFileSync(file));
}

const expectPure = (language: Locale, what: string, text: string) => {
  expect(text.length, what).toBeGreaterThan(100);
  expect(hasForeignScript(language, text, DATA), `${language} ${what}`).toEqual([]);
};

describe('the character lists the check relies on', () => {
  it('knows the usual Simplified and Traditional forms, and never lists a character both scripts share', () => {
    for (const ch of ['这', '发', '报', '价', '还', '项', '计', '时']) expect(SCRIPT_SETS.simplifiedOnly.has(ch), ch).toBe(true);
    for (const ch of ['這', '發', '報', '價', '還', '項', '計']) expect(SCRIPT_SETS.traditionalOnly.has(ch), ch).toBe(true);
    for (const ch of ['信', '函', '人', '本', '金', '期', '日', '添', '周', '里']) {
      expect(SCRIPT_SETS.simplifiedOnly.has(ch), ch).toBe(false);
      expect(SCRIPT_SETS.traditionalOnly.has(ch), ch).toBe(false);
    }
    // The check can fail: a Simplified word in 繁體, Chinese in English, a Traditional word in 简体.
    expect(hasForeignScript('zh-TW', '項目 合计')).toHaveLength(1);
    expect(hasForeignScript('en', 'Total 合计', DATA)).toHaveLength(2);
    expect(hasForeignScript('zh-CN', '合計')).toHaveLength(1);
    expect(hasForeignScript('en', `Dear ${LENDERS[0]}`, DATA)).toEqual([]);
  });
});

describe.each(LOCALES)('documents in %s', (language) => {
  it.each(LETTER_TYPES)(`the %s letter`, async (type) => {
    const letter = await core.call('letters.draft', { clientId, debtId: debtIds[0]!, type, locale: language });
    expectPure(language, `letter ${type}`, await saved('letters.savePdf', { id: letter.id }));
  });

  it.each(DOCUMENT_KINDS)('the %s', async (kind) => {
    expectPure(language, kind, await saved('documents.save', { clientId, kind, locale: language, ...(kind === 'contactLog' ? { lenderId: lenderIds[0]! } : {}) }));
  });

  it('the packet, which carries the letter in its own language only', async () => {
    const own = await core.call('letters.draft', { clientId, lenderId: lenderIds[1]!, type: 'instalment', locale: language });
    for (const other of LOCALES.filter((l) => l !== language)) await core.call('letters.draft', { clientId, lenderId: lenderIds[1]!, type: 'hardship', locale: other });
    const text = await saved('packets.save', { clientId, lenderId: lenderIds[1]!, locale: language });
    expectPure(language, 'packet', text);
    expect(text.replace(/\s+/g, '')).toContain(own.title.replace(/\s+/g, ''));
  });
});

describe('a packet in a language no letter is written in', () => {
  it('leaves the other language’s letter out, and the packets list says where the letter is', async () => {
    const zh = await core.call('letters.draft', { clientId, lenderId: lenderIds[2]!, type: 'holding', locale: 'zh-CN' });
    const text = await saved('packets.save', { clientId, lenderId: lenderIds[2]!, locale: 'en' });
    expectPure('en', 'packet without an English letter', text);
    expect(text.replace(/\s+/g, '')).not.toContain(zh.title.replace(/\s+/g, ''));
    const list = await core.call('packets.lenders', { clientId, locale: 'en' });
    expect(list.items.find((l) => l.lenderId === lenderIds[2]!)).toMatchObject({ letter: null, letterLocales: ['zh-CN'] });
    const zhList = await core.call('packets.lenders', { clientId, locale: 'zh-CN' });
    expect(zhList.items.find((l) => l.lenderId === lenderIds[2]!)).toMatchObject({ letter: { id: zh.id }, letterLocales: [] });
  });
});
