// The client's own plan, from a real encrypted database through documents.save, read back
// with poppler in all three languages: every lender's monthly payment, count, dates and
// total as lenderFigures() gives them for the saved proposal (the plan object the packets
// print), the month-by-month totals, the end date, the duties and the signature lines; no
// scenario name or note; no page blank; one or two pages; each document in one script.
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../../../../shared/domain/money';
import { lenderFigures } from '../../../../../shared/domain/plan-figures';
import type { ProposalView } from '../../../../../shared/schemas/proposals';
import { monthRuns } from '../../../../../electron/main/documents/build/client-plan';
import { compact, pageCount, pdfText, renderPng } from '../pdf/poppler';
import { core, expectNoBlankPage, f, saved } from './world';

/** The builder's plan over 24 months; with `settle`, the third debt settled by one payment of 8,000.00 in June instead. */
async function savedPlan(settle = false): Promise<ProposalView> {
  const lines = settle ? [{ debtId: f.debtIds[2]!, params: { remedy: 'settlement' as const, amountFen: 800_000, payBy: '2025-06-01' } }] : [];
  return core.call('proposals.create', { clientId: f.clientId, name: '内部方案名-勿外传', notes: '内部备注：客户情绪不稳', months: 24, startDate: '2025-04-15', lines });
}

/** The figures every printed copy must show, computed from the proposal the channel returned. */
function figuresOf(p: ProposalView) {
  return p.lines.map((l) => ({
    lender: l.lenderName,
    figures: lenderFigures({ outstandingFen: l.outstandingFen, terms: l.terms }, { startDate: p.startDate, months: p.months }),
    schedule: l.terms.schedule,
  }));
}

// Characters that exist only in Simplified Chinese and that a Traditional plan could slip into.
const SIMPLIFIED_ONLY = /[还计划务费额为这个时会给说请问顾签钱笔们发应从单项间须与债权贷账开销减罚联络记录让换没条亲]/u;

describe('the client’s own plan', () => {
  it('zh-CN: budget, who gets what each month, when it ends, duties, signatures – the packet’s figures', async () => {
    const plan = await savedPlan(true);
    const pdf = await saved('documents.save', { clientId: f.clientId, kind: 'clientPlan', locale: 'zh-CN' });
    const text = compact(pdfText(pdf));
    expect(text).toContain('我的还款计划');
    expect(text).toContain('王堃䶮');
    // Never the counsellor's own scenario name or notes.
    expect(text).not.toContain('内部方案名');
    expect(text).not.toContain('内部备注');
    // The budget: the statement's income and costs (16,410.50 and 3,560.00), what is left, what the lenders share.
    expect(text).toContain('¥16,410.50');
    expect(text).toContain('¥3,560.00');
    expect(text).toContain(compact(formatMoney(plan.disposableFen)));
    expect(text).toContain(compact(formatMoney(plan.budgetFen)));
    let total = 0;
    let end = '';
    for (const { lender, figures } of figuresOf(plan)) {
      expect(text).toContain(lender);
      total += figures.totalFen;
      if (figures.lastDueDate && figures.lastDueDate > end) end = figures.lastDueDate;
      if (figures.instalments === 0) continue;
      expect(text).toContain(compact(formatMoney(figures.totalFen)));
      if (figures.monthlyFen !== null) expect(text).toContain(compact(formatMoney(figures.monthlyFen)));
    }
    const [y, m, d] = end.split('-').map(Number);
    expect(text).toContain(`您一共要还${compact(formatMoney(total))}，最后一笔在${y}年${m}月${d}日`);
    // The month-by-month totals come from the same schedules.
    const runs = monthRuns(figuresOf(plan).map((l) => ({ lender: l.lender, remedy: l.figures.remedy, priority: false, figures: l.figures, schedule: l.schedule.map((s) => ({ date: s.dueDate, amountFen: s.amountFen })) })));
    expect(runs.length).toBe(3); // April–May, June with the settlement, then the rest
    expect(text).toContain('每个月一共要还多少');
    expect(text).toContain('一次付清');
    expect(text).toContain('¥8,000.00');
    expect(runs.reduce((s, r) => s + r.months * r.amountFen, 0)).toBe(total);
    for (const r of runs) expect(text).toContain(compact(formatMoney(r.amountFen)));
    // What the client must do, what a missed payment means, and the two signature lines.
    expect(text).toContain('每月按时');
    expect(text).toContain('一周内告诉顾问');
    expect(text).toContain('债权人或催收方寄来的信');
    expect(text).toContain('如果错过一次还款');
    expect(text).toContain('借款人签名');
    expect(text).toContain('顾问签名');
    expect(text).toContain(`案件编号：${f.caseRef}`);
    expect(pageCount(pdf)).toBeLessThanOrEqual(2);
    expectNoBlankPage(pdf);
    if (process.env.PARLEY_PLAN_PNG) for (let p = 1; p <= pageCount(pdf); p++) renderPng(pdf, p, `${process.env.PARLEY_PLAN_PNG}/client-plan.zh-CN.${p}`, 80);
  });

  it('zh-TW: Traditional words only (names aside), the same figures', async () => {
    const plan = await savedPlan();
    const pdf = await saved('documents.save', { clientId: f.clientId, kind: 'clientPlan', locale: 'zh-TW' });
    const text = compact(pdfText(pdf));
    expect(text).toContain('我的還款計畫');
    expect(text).toContain('借款人簽名');
    expect(text).toContain('一週內告訴顧問');
    for (const { figures } of figuresOf(plan)) if (figures.instalments > 0) expect(text).toContain(compact(formatMoney(figures.totalFen, { locale: 'zh-TW' })));
    // Names are the client's and the lenders' own: everything else must be Traditional.
    let rest = text;
    for (const name of ['王堃䶮', ...f.lenders.map((l) => l.name)]) rest = rest.split(name).join('');
    expect(rest.match(SIMPLIFIED_ONLY)).toBeNull();
    expectNoBlankPage(pdf);
    if (process.env.PARLEY_PLAN_PNG) renderPng(pdf, 1, `${process.env.PARLEY_PLAN_PNG}/client-plan.zh-TW.1`, 80);
  });

  it('en: no Chinese but the names, the same figures', async () => {
    const plan = await savedPlan();
    const pdf = await saved('documents.save', { clientId: f.clientId, kind: 'clientPlan', locale: 'en' });
    if (process.env.PARLEY_PLAN_PNG) for (let p = 1; p <= pageCount(pdf); p++) renderPng(pdf, p, `${process.env.PARLEY_PLAN_PNG}/client-plan.en.${p}`, 80);
    const raw = pdfText(pdf);
    expect(raw).toContain('My repayment plan');
    expect(raw).toContain("Client's signature");
    expect(raw).toContain('If you miss a payment');
    expect(compact(raw)).toContain(compact(`${formatMoney(plan.lines.reduce((s, l) => s + (l.terms.monthlyFen ?? 0), 0), { locale: 'en' })} in total each month`));
    expect(pageCount(pdf), 'a plan with the same total every month fits on one page').toBe(1);
    const text = compact(raw);
    for (const { figures } of figuresOf(plan)) if (figures.instalments > 0) expect(text).toContain(compact(formatMoney(figures.totalFen, { locale: 'en' })));
    let rest = text;
    for (const name of ['王堃䶮', ...f.lenders.map((l) => l.name)]) rest = rest.split(name).join('');
    expect(rest.match(/[\u3000-\u9fff\uff00-\uffef]/u)).toBeNull();
    expectNoBlankPage(pdf);

  });

  it.each([
    ['tw', 'zh-TW', 'NT$'],
    ['hk', 'zh-TW', 'HK$'],
    ['hk', 'en', 'HK$'],
    ['mo', 'zh-CN', 'MOP$'],
  ] as const)('a %s case’s plan (%s) prints every amount in the case’s currency, never in renminbi', async (region, locale, symbol) => {
    const c = await core.call('clients.get', { id: f.clientId });
    await core.call('clients.update', { id: f.clientId, rev: c.rev, patch: { region } });
    const plan = await savedPlan();
    const pdf = await saved('documents.save', { clientId: f.clientId, kind: 'clientPlan', locale });
    const text = compact(pdfText(pdf));
    const currency = ({ tw: 'TWD', hk: 'HKD', mo: 'MOP' } as const)[region];
    expect(text).toContain(compact(formatMoney(plan.budgetFen, { locale, currency })));
    for (const { figures } of figuresOf(plan)) if (figures.instalments > 0) expect(text).toContain(compact(formatMoney(figures.totalFen, { locale, currency })));
    expect(text).toContain(symbol);
    // Names aside (a lender may be called 堃元网络小贷), nothing says renminbi.
    let words = text;
    for (const name of ['王堃䶮', ...f.lenders.map((l) => l.name)]) words = words.split(name).join('');
    expect(words).not.toMatch(/¥|人民币|人民幣|CNY|RMB|元/);
    if (process.env.PARLEY_PLAN_PNG) renderPng(pdf, 1, `${process.env.PARLEY_PLAN_PNG}/client-plan.${region}.${locale}.1`, 80);
  });

  it('without a saved plan it says so and writes nothing', async () => {
    const err = await core.fail('documents.save', { clientId: f.clientId, kind: 'clientPlan' });
    expect(err.code).toBe('NOT_FOUND');
    expect(err.message).toBe('该客户还没有保存的还款方案。');
  });

  it('open and print go through the platform port with the plan’s own file name', async () => {
    await savedPlan();
    const printed = await core.call('documents.print', { clientId: f.clientId, kind: 'clientPlan', locale: 'zh-CN' });
    expect(core.platform.log.printed).toEqual([printed.path]);
    expect(printed.path!.endsWith(`${f.caseRef} 客户还款计划.pdf`)).toBe(true);
  });
});

describe('monthRuns', () => {
  const fig = (n: number) => ({ balanceFen: 0, remedy: 'instalments' as const, monthlyFen: 100, instalments: n, firstDueDate: null, lastDueDate: null, totalFen: 0, waiverFen: 0, beyondTerm: false, waivesPrincipal: false });
  it('merges equal months, keeps a gap as a month of nothing, and adds lines due in the same month', () => {
    const runs = monthRuns([
      { lender: 'A', remedy: 'instalments', priority: false, figures: fig(3), schedule: [{ date: '2025-11-15', amountFen: 100 }, { date: '2025-12-15', amountFen: 100 }, { date: '2026-02-15', amountFen: 100 }] },
      { lender: 'B', remedy: 'settlement', priority: false, figures: fig(1), schedule: [{ date: '2026-02-01', amountFen: 500 }] },
    ]);
    expect(runs).toEqual([
      { from: '2025-11', to: '2025-12', months: 2, amountFen: 100 },
      { from: '2026-01', to: '2026-01', months: 1, amountFen: 0 },
      { from: '2026-02', to: '2026-02', months: 1, amountFen: 600 },
    ]);
  });
});
