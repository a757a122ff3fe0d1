// Issue 13, build point 0: a five-lender case whose 36-month pro-rata proposal waives interest
// and fees. Every lender's packet is rendered through the channels and read back with
// pdftotext: each lender's monthly payment, number of payments, total and waiver agree
// between the pro-rata table, the lender's own terms, its letter and the proposals tab's
// figures (proposals.get, which the tab shows); the waiver never exceeds the balance; no
// scenario name or internal note reaches a lender; the account number prints as typed.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../../../../shared/domain/money';
import { lenderFigures } from '../../../../../shared/domain/plan-figures';
import { folderPerTest, openCorePerTest } from '../../../helpers/case';
import type { TestCore } from '../../../helpers/core';
import { compact, pdfText } from '../pdf/poppler';

const SCENARIO = '方案A：36期（不留应急储备）';
const INTERNAL_NOTE = '内部备注：客户下月可能换工作，先不告诉债权人';
const CARD = '6225 **** **** 8841';

let core: TestCore;
let out: string;
openCorePerTest((c) => (core = c));
folderPerTest('parley-five-', (dir) => (out = dir));

const amount = (fen: number) => formatMoney(fen, { symbol: false });

async function fiveLenderCase() {
  await core.call('settings.update', { counsellorName: '李燚' });
  const client = await core.call('clients.create', {
    name: '张燚',
    phone: '13800138000',
    hardshipReason: 'job_loss',
    hardshipSince: '2025-01-10',
    hardshipDetails: '所在工厂关闭后失业，至今未找到稳定工作',
  });
  const lenders: { id: number; name: string }[] = [];
  const debt = async (name: string, productType: 'online_loan' | 'credit_card' | 'consumer_loan' | 'bank_loan', parts: Record<string, number>, accountRef: string) => {
    const lender = await core.call('lenders.create', { name, type: productType === 'credit_card' ? 'bank' : 'online_platform' });
    lenders.push({ id: lender.id, name });
    await core.call('debts.create', { clientId: client.id, lenderId: lender.id, productType, accountRef, firstMissedDate: '2024-12-01', ...parts });
  };
  await debt('花易借', 'online_loan', { principalFen: 420_000, interestFen: 90_000, penaltyFen: 30_000, lateFeesFen: 20_000 }, 'HYJ-2024-0042');
  await debt('招商银行信用卡中心', 'credit_card', { principalFen: 3_800_000, interestFen: 231_000, penaltyFen: 60_000, lateFeesFen: 40_000 }, CARD);
  await debt('燚达消费金融', 'consumer_loan', { principalFen: 1_200_000, interestFen: 150_000 }, 'YD-778812');
  await debt('堃元网络小贷', 'online_loan', { principalFen: 85_000, interestFen: 3_000 }, 'KY2024-0001');
  await debt('喆华银行', 'bank_loan', { principalFen: 2_600_000, interestFen: 120_000, penaltyFen: 45_000 }, 'ZH-LN-5521');
  await core.call('statements.create', {
    clientId: client.id,
    statementDate: '2025-03-01',
    lines: [
      { kind: 'income', category: 'benefits', amountFen: 190_000, label: '失业保险金' },
      { kind: 'income', category: 'salary', amountFen: 380_000, label: '配偶工资' },
      { kind: 'expense', category: 'rent_mortgage', amountFen: 180_000 },
      { kind: 'expense', category: 'food', amountFen: 150_000 },
    ],
  });
  return { clientId: client.id, caseRef: client.caseRef, lenders };
}

describe('five lenders, one plan: every packet agrees with itself and with the proposals tab', () => {
  it('monthly payment, payments, total and waiver are the same everywhere; the waiver never exceeds the balance; nothing internal is printed', async () => {
    const c = await fiveLenderCase();
    const plan = await core.call('proposals.create', { clientId: c.clientId, name: SCENARIO, months: 36, startDate: '2025-04-15', contingencyFen: 0, notes: INTERNAL_NOTE });
    const drafted = await core.call('letters.draftAll', { clientId: c.clientId, type: 'instalment', locale: 'zh-CN' });
    expect(drafted.created).toHaveLength(5);
    // One letter is finalised first: its frozen text must agree too.
    const card = c.lenders[1]!;
    const cardLetter = drafted.created.find((l) => l.lenderId === card.id)!;
    await core.call('letters.finalise', { id: cardLetter.id, rev: cardLetter.rev });

    // The plan honours its term, and asks some lenders to waive something.
    expect(plan.lines).toHaveLength(5);
    const figures = new Map(plan.lines.map((l) => [l.lenderId, lenderFigures(l, plan)]));
    for (const f of figures.values()) {
      expect(f.instalments).toBeGreaterThan(0);
      expect(f.instalments).toBeLessThanOrEqual(36);
      expect(f.beyondTerm).toBe(false);
      expect(f.waiverFen).toBeGreaterThanOrEqual(0);
      expect(f.waiverFen).toBeLessThanOrEqual(f.balanceFen);
      expect(f.waiverFen).toBe(f.balanceFen - f.totalFen);
    }
    expect([...figures.values()].filter((f) => f.waiverFen > 0).length).toBeGreaterThanOrEqual(2);
    expect(plan.totals.waiverFen).toBe([...figures.values()].reduce((s, f) => s + f.waiverFen, 0));

    for (const lender of c.lenders) {
      const file = path.join(out, `${lender.id}.pdf`);
      core.platform.nextSavePath(file);
      await core.call('packets.save', { clientId: c.clientId, lenderId: lender.id, locale: 'zh-CN' });
      const pdf = fs.readFileSync(file);
      // To look at the packets: PARLEY_PACKETS_OUT=<folder> keeps a copy of each.
      if (process.env.PARLEY_PACKETS_OUT) fs.copyFileSync(file, path.join(process.env.PARLEY_PACKETS_OUT, `packet-${lender.name}.pdf`));
      const raw = pdfText(pdf);
      // Layout mode keeps each printed line (a table row, a pair of facts) together.
      const text = compact(pdfText(pdf, { layout: true }));
      const f = figures.get(lender.id)!;
      const line = plan.lines.find((l) => l.lenderId === lender.id)!;

      // Nothing internal reaches a lender.
      expect(text).not.toContain(compact(SCENARIO));
      expect(text).not.toContain('方案A');
      expect(text).not.toContain(compact(INTERNAL_NOTE));
      expect(text).not.toContain('节省');

      // The lender's own terms.
      expect(text).toContain(`每月还款：${amount(f.monthlyFen!)}`);
      expect(text).toContain(`还款期数：${f.instalments}期`);
      expect(text).toContain(`还款总额：${amount(f.totalFen)}`);
      expect(text).toContain(`减免金额：${amount(f.waiverFen)}`);
      expect(text).toContain(`欠款合计：${amount(f.balanceFen)}`);
      expect(text).toContain('方案期限：36个月');
      // The schedule below has exactly that many rows, ending on the last date shown.
      const schedule = text.slice(text.indexOf('累计（元）'));
      expect(schedule).toContain(amount(f.totalFen)); // the cumulative total
      expect(line.terms.schedule).toHaveLength(f.instalments);

      // Every lender's row of the pro-rata table, in every packet: name, remedy, balance, share %, monthly, payments, total, waiver.
      for (const other of plan.lines) {
        const o = figures.get(other.lenderId)!;
        const pct = `${((other.shareFen / plan.budgetFen) * 100).toFixed(1)}%`;
        expect(text, `${lender.name}'s packet, ${other.lenderName}'s row`).toContain(
          `${amount(other.outstandingFen)}${pct}${amount(o.monthlyFen!)}${o.instalments}${amount(o.totalFen)}${amount(o.waiverFen)}`,
        );
      }

      // The letter says the same.
      expect(text).toContain(`每月还款人民币${amount(f.monthlyFen!)}元，共${f.instalments}期`);
      expect(text).toContain(`还款总额为人民币${amount(f.totalFen)}元`);
      // The hardship is the client's own, and the account number prints exactly as typed.
      if (lender.id === card.id) expect(raw.replace(/[ \t]+/g, ' ')).toContain(CARD);
    }
  }, 120_000);
});

describe('enclosures named in a letter against what the packet holds', () => {
  it('a draft lists the enclosures its lender’s packet would not hold, until the evidence is there', async () => {
    const c = await fiveLenderCase();
    await core.call('proposals.create', { clientId: c.clientId, name: SCENARIO, months: 36, startDate: '2025-04-15', contingencyFen: 0 });
    const drafted = await core.call('letters.draftAll', { clientId: c.clientId, type: 'hardship', locale: 'zh-CN' });
    const first = drafted.created.find((l) => l.lenderId === c.lenders[0]!.id)!;
    let l = await core.call('letters.get', { id: first.id });
    // 身份证复印件, 收入证明, 困难情况证明材料 are not there; 家庭收支明细表 is the packet's own statement.
    expect(l.body.enclosures).toEqual(['身份证复印件', '收入证明', '困难情况证明材料', '家庭收支明细表']);
    expect(l.enclosuresNotInPacket).toEqual(['身份证复印件', '收入证明', '困难情况证明材料']);
    // The hardship paragraph is the client's own.
    expect(l.body.blocks.some((b) => b.kind === 'paragraph' && b.text.includes('本人自2025年1月10日起因失业陷入经济困难。所在工厂关闭后失业，至今未找到稳定工作。'))).toBe(true);

    const now = '2025-03-15T09:00:00.000Z';
    const file = (n: number) =>
      Number(core.db.prepare(`INSERT INTO files (sha256, size, mime, blob_name, created_at) VALUES (?, 10, 'application/pdf', ?, ?)`).run(`sha${n}`, `blob${n}`, now).lastInsertRowid);
    const att = core.db.prepare(`INSERT INTO attachments (file_id, client_id, debt_id, kind, file_name, created_at, updated_at) VALUES (?, ?, NULL, ?, ?, ?, ?)`);
    att.run(file(1), c.clientId, 'income_proof', '配偶工资流水.pdf', now, now);
    att.run(file(2), c.clientId, 'identity', '身份证正反面.jpg', now, now);
    l = await core.call('letters.get', { id: first.id });
    expect(l.enclosuresNotInPacket).toEqual(['困难情况证明材料']);
    att.run(file(3), c.clientId, 'hardship_proof', '失业登记证明.pdf', now, now);
    l = await core.call('letters.get', { id: first.id });
    expect(l.enclosuresNotInPacket).toEqual([]);
  });
});
