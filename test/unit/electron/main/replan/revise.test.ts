import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../../../../shared/domain/money';
import { dbContentHash, type TestCore } from '../../../helpers/core';
import { addLender, openCorePerTest, statement } from '../../../helpers/case';

// "Revise the plan" and the change-of-circumstances request, on a real encrypted database:
// a case with a court-enforced (priority) debt, a lender given a lump-sum settlement the
// counsellor chose, and two lenders on the pro-rata share. A lower income changes the two
// shares and nothing else, so only those two lenders get a revised-offer letter.

let core: TestCore;
openCorePerTest((c) => (core = c));

async function setUpCase() {
  const clientId = (await core.call('clients.create', { name: '王小明' })).id;
  await statement(core, clientId, '2025-03-10', 600_000);
  const debt = async (name: string, principalFen: number, extra: Record<string, unknown> = {}) => {
    const lenderId = addLender(core, name);
    return { lenderId, debtId: (await core.call('debts.create', { clientId, lenderId, principalFen, accountRef: `AC-${lenderId}`, ...extra })).id };
  };
  const court = await debt('丁法院执行', 360_000, { priority: true });
  const settle = await debt('戊小贷', 200_000, { interestFen: 50_000 });
  const a = await debt('甲贷', 455_000);
  const b = await debt('乙银行', 670_000);
  const proposal = await core.call('proposals.create', {
    clientId,
    name: '方案A',
    months: 36,
    startDate: '2025-04-01',
    lines: [{ debtId: settle.debtId, params: { remedy: 'settlement', amountFen: 150_000, payBy: '2025-06-30' } }],
  });
  return { clientId, court, settle, a, b, proposal };
}

const letters = (clientId: number) => core.call('letters.list', { clientId });

describe('replan.preview', () => {
  it('after a lower income: the two pro-rata lenders change, the priority debt and the chosen settlement do not; nothing is written', async () => {
    const { clientId, court, settle, a, b, proposal } = await setUpCase();
    await statement(core, clientId, '2025-03-14', 560_000);
    const before = dbContentHash(core.db);
    const p = await core.call('replan.preview', { proposalId: proposal.id });
    expect(dbContentHash(core.db)).toBe(before);

    expect(p.changes).toEqual([{ kind: 'disposable', fromFen: 160_000, toFen: 120_000 }]);
    expect(p.before.disposableFen).toBe(160_000);
    expect(p.after.disposableFen).toBe(120_000);
    const line = (debtId: number) => p.lines.find((l) => l.debtId === debtId)!;
    expect(line(court.debtId)).toMatchObject({ changed: false });
    expect(line(court.debtId).after).toEqual(line(court.debtId).before);
    expect(line(settle.debtId)).toMatchObject({ changed: false, after: { remedy: 'settlement', totalFen: 150_000 } });
    for (const d of [a, b]) {
      const l = line(d.debtId);
      expect(l.changed).toBe(true);
      expect(l.after!.monthlyFen!).toBeLessThan(l.before!.monthlyFen!);
    }
    expect(p.letterLenderIds.sort()).toEqual([a.lenderId, b.lenderId].sort());
    // The saved side is the saved proposal, figure for figure.
    const saved = proposal.lines.find((l) => l.debtId === a.debtId)!;
    expect(line(a.debtId).before).toMatchObject({ monthlyFen: saved.terms.monthlyFen, totalFen: saved.terms.totalFen, balanceFen: saved.outstandingFen });
  });

  it('nothing changed: every lender unchanged, no letter planned', async () => {
    const { proposal } = await setUpCase();
    const p = await core.call('replan.preview', { proposalId: proposal.id });
    expect(p.changes).toEqual([]);
    expect(p.lines.every((l) => !l.changed)).toBe(true);
    expect(p.letterLenderIds).toEqual([]);
  });

  it('a new debt joins the share (no letter of its own: it has had no offer); a settled debt leaves it', async () => {
    const { clientId, a, proposal } = await setUpCase();
    const lenderId = addLender(core, '己消费金融');
    const added = await core.call('debts.create', { clientId, lenderId, principalFen: 300_000 });
    await core.call('ledger.recordPayment', { debtId: a.debtId, entryDate: '2025-03-15', amountFen: 455_000 });
    const p = await core.call('replan.preview', { proposalId: proposal.id });
    expect(p.changes.map((c) => c.kind).sort()).toEqual(['debtAdded', 'debtClosed']);
    expect(p.lines.find((l) => l.debtId === added.id)).toMatchObject({ before: null, changed: true });
    expect(p.lines.find((l) => l.debtId === a.debtId)).toMatchObject({ after: null, changed: true });
    expect(p.letterLenderIds).not.toContain(lenderId);
    expect(p.letterLenderIds).not.toContain(a.lenderId);
  });

  it('refuses an unknown proposal (NOT_FOUND) and a bad id (VALIDATION, translated)', async () => {
    expect((await core.fail('replan.preview', { proposalId: 9999 })).code).toBe('NOT_FOUND');
    const e = await core.failRaw('replan.preview', { proposalId: -1 });
    expect(e.code).toBe('VALIDATION');
  });
});

describe('replan.confirm', () => {
  it('saves the revised plan and drafts revised-offer letters only for the lenders whose payment changed, quoting the plan', async () => {
    const { clientId, a, b, proposal } = await setUpCase();
    await statement(core, clientId, '2025-03-14', 560_000);
    expect(await letters(clientId)).toEqual([]);
    const preview = await core.call('replan.preview', { proposalId: proposal.id });
    const r = await core.call('replan.confirm', { proposalId: proposal.id, rev: preview.rev, locale: 'zh-CN' });
    expect(r.letters.map((l) => l.lenderName).sort()).toEqual(['乙银行', '甲贷']);

    const list = await letters(clientId);
    expect(list).toHaveLength(2);
    expect(list.every((l) => l.type === 'revised_offer' && l.status === 'draft' && l.locale === 'zh-CN')).toBe(true);
    expect(list.map((l) => l.lenderId).sort()).toEqual([a.lenderId, b.lenderId].sort());

    // The saved proposal is the previewed plan, and no longer stale.
    const saved = (await core.call('proposals.list', { clientId })).find((p) => p.id === proposal.id)!;
    expect(saved.rev).toBe(proposal.rev + 1);
    expect(saved.disposableFen).toBe(120_000);
    for (const l of preview.lines) expect(saved.lines.find((x) => x.debtId === l.debtId)!.terms.monthlyFen).toBe(l.after!.monthlyFen);
    expect((await core.call('replan.stale', { clientId })).proposals).toEqual([]);

    // Each letter quotes the figures the proposals tab shows for its lender.
    for (const summary of list) {
      const letter = await core.call('letters.get', { id: summary.id });
      const line = saved.lines.find((l) => l.lenderId === summary.lenderId)!;
      const text = letter.body.blocks.map((x) => (x.kind === 'paragraph' ? x.text : x.kind === 'list' ? x.items.join('') : '')).join('');
      expect(text).toContain(`每月还款人民币${formatMoney(line.terms.monthlyFen!, { symbol: false })}元，共${line.terms.schedule.length}期`);
      expect(text).toContain(`还款总额为人民币${formatMoney(line.terms.totalFen, { symbol: false })}元`);
      expect(letter.missingFields).toEqual([]);
    }
    // The letters are on the timeline.
    const timeline = await core.call('timeline.list', { clientId, types: ['letter'] });
    expect(timeline.items.filter((i) => i.type === 'letter')).toHaveLength(2);
  });

  it('a lender under an active agreement gets no revised offer (a variation request is the way)', async () => {
    const { clientId, a, b, proposal } = await setUpCase();
    const line = (await core.call('offers.proposalChoices', { clientId }))[0]!.lines.find((l) => l.debtId === a.debtId)!;
    const [offer] = await core.call('offers.createFromProposal', { proposalId: proposal.id, lineIds: [line.id] });
    const sent = await core.call('offers.transition', { id: offer!.id, rev: offer!.rev, to: 'sent', onDate: '2025-03-15' });
    await core.call('offers.transition', { id: sent.offer.id, rev: sent.offer.rev, to: 'accepted', onDate: '2025-03-15' });
    await statement(core, clientId, '2025-03-14', 560_000);
    const preview = await core.call('replan.preview', { proposalId: proposal.id });
    expect(preview.lines.find((l) => l.debtId === a.debtId)!.underAgreement).toBe(true);
    const r = await core.call('replan.confirm', { proposalId: proposal.id, rev: preview.rev, locale: 'en' });
    expect(r.letters.map((l) => l.lenderId)).toEqual([b.lenderId]);
  });

  it('a confirmation on an out-of-date preview is refused and changes nothing', async () => {
    const { clientId, proposal } = await setUpCase();
    await statement(core, clientId, '2025-03-14', 560_000);
    const preview = await core.call('replan.preview', { proposalId: proposal.id });
    await core.call('proposals.update', { id: proposal.id, rev: proposal.rev, name: '方案A', months: 24, startDate: '2025-04-01' });
    const before = dbContentHash(core.db);
    const e = await core.fail('replan.confirm', { proposalId: proposal.id, rev: preview.rev, locale: 'zh-CN' });
    expect(e.code).toBe('CONFLICT');
    expect(e.message).toBe('方案在此期间已被修改，请重新计算后再确认。');
    expect(dbContentHash(core.db)).toBe(before);
  });

  it('refuses a language it has no letters in, with a translated message, and writes nothing', async () => {
    const { clientId, proposal } = await setUpCase();
    await statement(core, clientId, '2025-03-14', 560_000);
    const before = dbContentHash(core.db);
    const e = await core.failRaw('replan.confirm', { proposalId: proposal.id, rev: proposal.rev, locale: 'fr' });
    expect(e.code).toBe('VALIDATION');
    expect(e.fields?.locale).toBeTruthy();
    expect(dbContentHash(core.db)).toBe(before);
  });

  it('open offers of lenders whose figures did not change stop being marked; the others stay marked', async () => {
    const { clientId, court, a, proposal } = await setUpCase();
    const choices = (await core.call('offers.proposalChoices', { clientId }))[0]!.lines;
    const lineIds = choices.filter((l) => l.debtId === court.debtId || l.debtId === a.debtId).map((l) => l.id);
    const offers = await core.call('offers.createFromProposal', { proposalId: proposal.id, lineIds });
    await statement(core, clientId, '2025-03-14', 560_000);
    expect((await core.call('replan.stale', { clientId })).offers).toHaveLength(2);
    const preview = await core.call('replan.preview', { proposalId: proposal.id });
    await core.call('replan.confirm', { proposalId: proposal.id, rev: preview.rev, locale: 'zh-CN' });
    const still = (await core.call('replan.stale', { clientId })).offers;
    expect(still.map((o) => o.id)).toEqual([offers.find((o) => o.debtId === a.debtId)!.id]);
  });
});

describe('replan.variation', () => {
  async function withAgreement() {
    const c = await setUpCase();
    const line = (await core.call('offers.proposalChoices', { clientId: c.clientId }))[0]!.lines.find((l) => l.debtId === c.a.debtId)!;
    const [offer] = await core.call('offers.createFromProposal', { proposalId: c.proposal.id, lineIds: [line.id] });
    const sent = await core.call('offers.transition', { id: offer!.id, rev: offer!.rev, to: 'sent', onDate: '2025-03-15' });
    const accepted = await core.call('offers.transition', { id: sent.offer.id, rev: sent.offer.rev, to: 'accepted', onDate: '2025-03-15' });
    return { ...c, agreement: accepted.agreement!, monthlyFen: line.monthlyFen! };
  }

  it('a lower payment: a variation request to the lender, in the letter language, quoting both amounts, on the timeline', async () => {
    const { clientId, agreement, monthlyFen, a } = await withAgreement();
    const r = await core.call('replan.variation', { clientId, kind: 'lower', fromDate: '2025-05-01', locale: 'zh-TW', agreements: [{ agreementId: agreement.id, monthlyFen: Math.floor(monthlyFen / 2) }] });
    expect(r.letters).toMatchObject([{ agreementId: agreement.id, lenderId: a.lenderId, lenderName: '甲贷' }]);
    const letter = await core.call('letters.get', { id: r.letters[0]!.letterId });
    expect(letter.type).toBe('variation_lower');
    expect(letter.locale).toBe('zh-TW');
    const text = letter.body.blocks.map((x) => (x.kind === 'paragraph' ? x.text : '')).join('');
    expect(text).toContain(`每月還款${formatMoney(monthlyFen, { symbol: false })}元`);
    expect(text).toContain(`調整為${formatMoney(Math.floor(monthlyFen / 2), { symbol: false })}元`);
    expect(text).toContain('2025年5月1日');
    expect(letter.missingFields).toEqual([]);
    const timeline = await core.call('timeline.list', { clientId, types: ['letter'] });
    expect(timeline.items).toMatchObject([{ type: 'letter', lenderId: a.lenderId, letter: { letterType: 'variation_lower', event: 'created' } }]);
  });

  it('a hold for N months', async () => {
    const { clientId, agreement } = await withAgreement();
    const r = await core.call('replan.variation', { clientId, kind: 'hold', holdMonths: 3, fromDate: '2025-05-01', locale: 'en', agreements: [{ agreementId: agreement.id }] });
    const letter = await core.call('letters.get', { id: r.letters[0]!.letterId });
    expect(letter.type).toBe('variation_hold');
    expect(letter.body.blocks.map((x) => (x.kind === 'paragraph' ? x.text : '')).join(' ')).toContain('pause my payments for 3 months from 1 May 2025');
  });

  it('refuses, field by field, and writes nothing: a payment not lower, a hold without months, an agreement not active or not this client’s', async () => {
    const { clientId, agreement, monthlyFen } = await withAgreement();
    const other = (await core.call('clients.create', { name: '李四' })).id;
    const before = dbContentHash(core.db);
    const e1 = await core.fail('replan.variation', { clientId, kind: 'lower', locale: 'zh-CN', agreements: [{ agreementId: agreement.id, monthlyFen }] });
    expect(e1.code).toBe('VALIDATION');
    expect(e1.fields?.['agreements.0.monthlyFen']).toBe('申请的金额必须低于现在的每月还款额。');
    const e2 = await core.fail('replan.variation', { clientId, kind: 'hold', locale: 'zh-CN', agreements: [{ agreementId: agreement.id }] });
    expect(Object.keys(e2.fields ?? {})).toEqual(['holdMonths']);
    const e3 = await core.fail('replan.variation', { clientId: other, kind: 'hold', holdMonths: 2, locale: 'zh-CN', agreements: [{ agreementId: agreement.id }] });
    expect(e3.fields?.['agreements.0.agreementId']).toBe('该协议不属于这个客户。');
    const e4 = await core.failRaw('replan.variation', { clientId, kind: 'hold', holdMonths: 2, locale: 'zh-CN', agreements: [] });
    expect(e4.code).toBe('VALIDATION');
    expect(dbContentHash(core.db)).toBe(before);
    await core.call('agreements.setStatus', { id: agreement.id, rev: agreement.rev, status: 'cancelled' });
    const e5 = await core.fail('replan.variation', { clientId, kind: 'hold', holdMonths: 2, locale: 'zh-CN', agreements: [{ agreementId: agreement.id }] });
    expect(e5.fields?.['agreements.0.agreementId']).toBe('该协议不在执行中。');
  });
});
