// Evidence checklists on a real encrypted database, through the channels: defaults per
// remedy of the saved proposal, items from the case (illness, incidents), ticks when a file
// of the matching kind is attached (a lender's own documents only on that lender's debt),
// the lender's rules (audited; a refused change leaves the table as it was), and the list
// for the client read back from its PDF in all three languages.
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AttachmentKind } from '../../../../../shared/schemas/evidence';
import type { LenderChecklist } from '../../../../../shared/schemas/checklists';
import { compact, pdfText } from '../pdf/poppler';
import { seedCase } from '../documents/fixture';
import { core, expectNoBlankPage, f, out } from '../documents/world';

// The documents' world opens the core, seeds the case and makes the output folder per test.
beforeEach(async () => {
  // Lender 0: instalments; lender 1: a waiver; lender 2: a lump-sum settlement.
  await core.call('proposals.create', {
    clientId: f.clientId,
    name: '方案',
    months: 24,
    startDate: '2025-04-15',
    lines: [
      { debtId: f.debtIds[0]!, params: { remedy: 'instalments', months: 24, withInterest: false } },
      { debtId: f.debtIds[1]!, params: { remedy: 'waiver', waivers: { interest: { mode: 'percent', value: 100 } }, months: 24 } },
      { debtId: f.debtIds[2]!, params: { remedy: 'settlement', amountFen: 800_000, payBy: '2025-06-01' } },
    ],
  });
});

let n = 0;
const attach = (kind: AttachmentKind, extra: { debtId?: number } = {}) =>
  core.call('attachments.upload', { clientId: f.clientId, kind, fileName: `${kind}-${++n}.pdf`, dataBase64: Buffer.from(`%PDF-1.7\n% ${kind} ${n}\n%%EOF\n`).toString('base64'), ...extra });

async function lists(): Promise<LenderChecklist[]> {
  return (await core.call('checklists.forClient', { clientId: f.clientId })).lenders;
}
const of = (all: LenderChecklist[], i: number) => all.find((l) => l.lenderId === f.lenders[i]!.id)!;
const items = (l: LenderChecklist) => l.items.map((i) => i.item);
const done = (l: LenderChecklist) => l.items.filter((i) => i.done).map((i) => i.item);

describe('evidence checklists', () => {
  it('each lender gets its remedy’s defaults, nothing ticked on an empty case', async () => {
    const all = await lists();
    expect(all.map((l) => l.lenderName).sort()).toEqual(f.lenders.map((l) => l.name).sort());
    expect(of(all, 0).remedies).toEqual(['instalments']);
    expect(items(of(all, 0))).toEqual(['income_proof', 'expense_proof', 'bank_statement', 'account_statement']);
    expect(items(of(all, 1))).toEqual(['income_proof', 'bank_statement', 'hardship_proof', 'contract', 'account_statement']);
    expect(items(of(all, 2))).toEqual(['bank_statement', 'contract', 'account_statement']);
    for (const l of all) {
      expect(done(l)).toEqual([]);
      expect(l.missing).toBe(l.items.length);
      expect(l.items.every((i) => i.source === 'remedy')).toBe(true);
    }
  });

  it('ticks an item when a matching file is attached; a contract counts only on that lender’s debt', async () => {
    await attach('bank_statement');
    await attach('contract'); // on the case, not on a debt: no lender's contract
    let all = await lists();
    for (const l of all) expect(done(l)).toEqual(['bank_statement']);
    await attach('contract', { debtId: f.debtIds[1]! });
    await attach('unemployment_proof');
    all = await lists();
    // Proof of unemployment is proof of income and of hardship.
    expect(done(of(all, 1))).toEqual(['income_proof', 'bank_statement', 'hardship_proof', 'contract']);
    expect(of(all, 1).items.find((i) => i.item === 'contract')!.files).toEqual([expect.stringMatching(/^contract-\d+\.pdf$/)]);
    expect(done(of(all, 2))).toEqual(['bank_statement']); // lender 2's contract is still missing
    expect(of(all, 1).missing).toBe(1);
  });

  it('the case adds items: medical records for an illness, screenshots where a lender’s collectors misbehaved', async () => {
    const c = await core.call('clients.get', { id: f.clientId });
    await core.call('clients.update', { id: f.clientId, rev: c.rev, patch: { hardshipReason: 'illness' } });
    await core.call('contacts.create', {
      clientId: f.clientId,
      lenderId: f.lenders[2]!.id,
      occurredAt: '2025-03-01T02:00:00.000Z',
      channel: 'phone',
      direction: 'in',
      summary: '催收员威胁联系单位',
      isIncident: true,
      incidentTypes: ['threats'],
    });
    const all = await lists();
    expect(of(all, 0).items.find((i) => i.item === 'medical_record')?.source).toBe('case');
    expect(items(of(all, 2))).toContain('collection_evidence');
    expect(items(of(all, 0))).not.toContain('collection_evidence');
  });

  it('a lender’s rules add and remove items for every case, audited; back to default removes the rule', async () => {
    const lenderId = f.lenders[0]!.id;
    await core.call('checklists.setLenderRule', { lenderId, kind: 'identity', rule: 'require' });
    const rules = await core.call('checklists.setLenderRule', { lenderId, kind: 'account_statement', rule: 'skip' });
    expect(rules.rules).toEqual([
      { kind: 'account_statement', rule: 'skip' },
      { kind: 'identity', rule: 'require' },
    ]);
    let l = of(await lists(), 0);
    expect(items(l)).toEqual(['identity', 'income_proof', 'expense_proof', 'bank_statement']);
    expect(l.items[0]!.source).toBe('lender');
    const audit = core.db.prepare(`SELECT entity, action, before_json, after_json FROM audit_log WHERE entity = 'lender_evidence_rules' ORDER BY id`).all() as { after_json: string }[];
    expect(audit).toHaveLength(2);
    expect(JSON.parse(audit[1]!.after_json)).toEqual(rules.rules);
    await core.call('checklists.setLenderRule', { lenderId, kind: 'account_statement', rule: 'default' });
    l = of(await lists(), 0);
    expect(items(l)).toContain('account_statement');
    expect((await core.call('checklists.lenderRules', { lenderId })).rules).toEqual([{ kind: 'identity', rule: 'require' }]);
  });

  it('refuses bad input with a translated message and leaves the rules as they were', async () => {
    const lenderId = f.lenders[0]!.id;
    await core.call('checklists.setLenderRule', { lenderId, kind: 'identity', rule: 'require' });
    const before = core.db.prepare('SELECT * FROM lender_evidence_rules').all();
    const auditBefore = core.db.prepare('SELECT count(*) AS n FROM audit_log').get();
    const bad = await core.failRaw('checklists.setLenderRule', { lenderId, kind: 'passport', rule: 'require' });
    expect(bad.code).toBe('VALIDATION');
    expect(bad.message).not.toMatch(/validation\./);
    expect(bad.message).toMatch(/[\u4e00-\u9fff]/u); // in the counsellor's language (zh-CN here)
    expect((await core.failRaw('checklists.setLenderRule', { lenderId, kind: 'identity', rule: 'maybe' })).code).toBe('VALIDATION');
    expect((await core.fail('checklists.setLenderRule', { lenderId: 2 ** 31 - 1, kind: 'identity', rule: 'skip' })).code).toBe('NOT_FOUND');
    expect((await core.fail('checklists.forClient', { clientId: 2 ** 31 - 1 })).code).toBe('NOT_FOUND');
    expect(core.db.prepare('SELECT * FROM lender_evidence_rules').all()).toEqual(before);
    expect(core.db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual(auditBefore);
  });

  it('learns from what this lender’s accepted offers carried', async () => {
    // Two earlier cases with the same lender: each sent an offer with a bank statement and
    // medical records on file, and the lender accepted both.
    const lenderId = f.lenders[0]!.id;
    for (const name of ['李燚', '赵喆']) {
      const other = await seedCase(core, name, f.lenders);
      await core.call('attachments.upload', { clientId: other.clientId, kind: 'medical_record', fileName: `病历-${name}.pdf`, dataBase64: Buffer.from(`%PDF-1.7\n% ${name}\n%%EOF\n`).toString('base64') });
      const offer = await core.call('offers.create', { debtId: other.debtIds[0]!, params: { remedy: 'instalments', months: 12, withInterest: false } });
      core.db.prepare(`UPDATE offers SET status = 'accepted', updated_at = ? WHERE id = ?`).run('2099-01-01T00:00:00.000Z', offer.id);
    }
    const l = of(await lists(), 0);
    const learned = l.items.find((i) => i.item === 'medical_record');
    expect(learned).toMatchObject({ source: 'learned', learned: { offers: 2, of: 2 }, done: false });
    expect((await core.call('checklists.lenderRules', { lenderId })).learned).toEqual([{ item: 'medical_record', offers: 2, of: 2 }]);
  });

  it('the list for the client: what is missing first, what is received marked, in each language', async () => {
    await attach('bank_statement');
    const save = async (locale: 'zh-CN' | 'zh-TW' | 'en') => {
      const file = path.join(out, `list-${locale}.pdf`);
      core.platform.nextSavePath(file);
      await core.call('documents.save', { clientId: f.clientId, kind: 'evidenceList', locale });
      return fs.readFileSync(file);
    };
    const zh = await save('zh-CN');
    const text = compact(pdfText(zh));
    expect(text).toContain('需要准备的材料');
    expect(text).toContain('王堃䶮');
    expect(text).toContain('近三个月的工资条或收入证明');
    expect(text).toContain('借款合同');
    // Bank statements are on file for every lender: received, and listed after what is missing.
    expect(text.indexOf('银行流水')).toBeGreaterThan(text.indexOf('借款合同'));
    expect(text).toContain('已收到');
    expect(text).toContain('全部债权人');
    expectNoBlankPage(zh);
    const tw = compact(pdfText(await save('zh-TW')));
    expect(tw).toContain('需要準備的資料');
    expect(tw).toContain('借款合約');
    const en = pdfText(await save('en'));
    expect(en).toContain('Documents to bring');
    expect(en).toContain('Bank statements');
    let rest = compact(en);
    for (const name of ['王堃䶮', ...f.lenders.map((l) => l.name)]) rest = rest.split(name).join('');
    expect(rest.match(/[\u3000-\u9fff\uff00-\uffef]/u)).toBeNull();
  });
});
