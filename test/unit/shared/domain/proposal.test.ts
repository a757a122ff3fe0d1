import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateProRata } from '../../../../shared/domain/money';
import { buildProposal, contingencyFor, overBudgetBy, CONTINGENCY_CAP_FEN, suggestRemedy, type ProposalDebt } from '../../../../shared/domain/proposal';
import { waiverOf } from '../../../../shared/domain/plan-figures';
import { outstandingOf } from '../../../../shared/domain/remedies';

const START = '2026-02-01';

let nextId = 1;
function debt(outstanding: number, over: Partial<ProposalDebt> = {}): ProposalDebt {
  const id = nextId++;
  return {
    debtId: id,
    lenderId: id,
    lenderName: `L${id}`,
    productType: 'online_loan',
    priority: false,
    principalFen: outstanding,
    interestFen: 0,
    penaltyFen: 0,
    lateFeesFen: 0,
    otherFen: 0,
    rate: null,
    ...over,
  };
}

const arbDebt: fc.Arbitrary<ProposalDebt> = fc
  .record({
    principalFen: fc.integer({ min: 0, max: 5e8 }),
    interestFen: fc.integer({ min: 0, max: 5e7 }),
    penaltyFen: fc.integer({ min: 0, max: 5e7 }),
    lateFeesFen: fc.integer({ min: 0, max: 1e6 }),
    otherFen: fc.integer({ min: 0, max: 1e6 }),
    priority: fc.boolean(),
    productType: fc.constantFrom('online_loan', 'credit_card', 'bank_loan'),
  })
  .map((r) => ({ ...debt(0), ...r, priority: r.priority }));
const arbCase = fc.record({
  disposableFen: fc.option(fc.integer({ min: -500_000, max: 3_000_000 }), { nil: null }),
  debts: fc.array(arbDebt, { minLength: 0, maxLength: 12 }),
});
const arbMonths = fc.constantFrom(12, 24, 36, 60, 84);

describe('the DOMAIN.md worked example', () => {
  it('160.00 over 4,550 / 6,700 / 1,200: 58.47 / 86.11 / 15.42 – each within a fen of the rounded 58.47 / 86.10 / 15.42, summing exactly to 160.00', () => {
    const debts = [debt(455_000), debt(670_000), debt(120_000)];
    const plan = buildProposal({ disposableFen: 16_000, debts }, { months: 36, startDate: START, contingencyFen: 0 });
    const shares = plan.lines.map((l) => l.shareFen);
    // DOMAIN.md rounds each share on its own (159.99 in all); largest remainder gives the lost
    // fen to the largest remainder (86.104…), so the shares add up to the budget.
    expect(shares).toEqual([5_847, 8_611, 1_542]);
    [5_847, 8_610, 1_542].forEach((printed, i) => expect(Math.abs(shares[i]! - printed)).toBeLessThanOrEqual(1));
    expect(shares.reduce((a, b) => a + b, 0)).toBe(16_000);
    expect(plan.budgetFen).toBe(16_000);
  });
});

describe('budget', () => {
  it('disposable − contingency (10 %, capped) − priority needs', () => {
    expect(contingencyFor(200_000)).toBe(20_000);
    expect(contingencyFor(5_000_000)).toBe(CONTINGENCY_CAP_FEN);
    expect(contingencyFor(0)).toBe(0);
    const court = debt(360_000, { priority: true, productType: 'bank_loan' });
    const plan = buildProposal({ disposableFen: 300_000, debts: [court, debt(1_000_000), debt(500_000)] }, { months: 36, startDate: START });
    expect(plan.contingencyFen).toBe(30_000);
    expect(plan.priorityFen).toBe(10_000); // 3,600.00 over 36 months
    expect(plan.budgetFen).toBe(300_000 - 30_000 - 10_000);
    expect(plan.lines[0]).toMatchObject({ debtId: court.debtId, reason: 'priority', shareFen: 0 });
    expect(plan.lines.slice(1).map((l) => l.shareFen)).toEqual([173_333, 86_667]) // 1,733.333… and 866.666…: the larger remainder gets the fen;
  });

  it('no statement: said so, and nothing to share', () => {
    const plan = buildProposal({ disposableFen: null, debts: [debt(100_000)] }, { months: 24, startDate: START });
    expect(plan.notices).toEqual(['noStatement', 'noBudget']);
    expect(plan.lines[0]!.terms.params.remedy).toBe('hardship');
    expect(plan.lines[0]!.reason).toBe('noBudget');
  });

  it('priority needs above what is available: said so; the others get hardship requests', () => {
    const plan = buildProposal({ disposableFen: 20_000, debts: [debt(3_600_000, { priority: true }), debt(50_000)] }, { months: 36, startDate: START, contingencyFen: 0 });
    expect(plan.notices).toEqual(['priorityExceeds', 'noBudget']);
    expect(plan.budgetFen).toBe(20_000 - 100_000);
    expect(plan.lines[1]!.terms.params.remedy).toBe('hardship');
  });
});

describe('suggested remedies', () => {
  it('a share that clears the balance within the months: interest-free instalments over fewer months', () => {
    const s = suggestRemedy(debt(100_000), 10_000, 36, START);
    expect(s).toEqual({ params: { remedy: 'instalments', months: 10, withInterest: false }, reason: 'fits' });
  });
  it('a share that does not clear the balance within the term: the charges waived, the principal within the term', () => {
    const s = suggestRemedy(debt(0, { principalFen: 600_000, interestFen: 200_000, productType: 'credit_card' }), 20_000, 36, START);
    expect(s.reason).toBe('waiverAtShare');
    expect(s.params).toMatchObject({ remedy: 'waiver', months: 30 });
  });
  it('not even the principal within the term: the share for the whole term, and the rest asked to be waived, openly', () => {
    const d = debt(0, { principalFen: 1_000_000, interestFen: 200_000 });
    const s = suggestRemedy(d, 20_000, 36, START);
    expect(s.reason).toBe('remainderWaived');
    expect(s.params).toEqual({
      remedy: 'waiver',
      months: 36,
      waivers: { interest: { mode: 'percent', value: 100 }, penalty: { mode: 'percent', value: 100 }, fees: { mode: 'percent', value: 100 }, principal: { mode: 'amount', value: 280_000 } },
    });
    const plan = buildProposal({ disposableFen: 20_000, debts: [d] }, { months: 36, startDate: START, contingencyFen: 0 });
    const line = plan.lines[0]!;
    expect(line.terms).toMatchObject({ monthlyFen: 20_000, months: 36, totalFen: 720_000 });
    expect(line.terms.schedule.at(-1)!.dueDate).toBe('2029-01-01');
    expect(line.beyondTerm).toBe(false);
    expect(plan.totals.waiverFen).toBe(480_000);
    expect(plan.notices).toEqual([]);
  });
  it('scenarios of different terms differ: 24, 36 and 60 months each end within their term', () => {
    const debts = [debt(0, { principalFen: 2_000_000, interestFen: 300_000, productType: 'credit_card' }), debt(450_000), debt(0, { principalFen: 800_000, penaltyFen: 90_000 })];
    const ends = [24, 36, 60].map((months) => {
      const plan = buildProposal({ disposableFen: 60_000, debts }, { months, startDate: START, contingencyFen: 0 });
      for (const l of plan.lines) {
        expect(l.terms.schedule.length).toBeLessThanOrEqual(months);
        expect(l.beyondTerm).toBe(false);
      }
      return plan.totals;
    });
    expect(new Set(ends.map((t) => t.totalFen)).size).toBe(3);
    expect(ends[0]!.waiverFen).toBeGreaterThan(ends[1]!.waiverFen);
    expect(ends[1]!.waiverFen).toBeGreaterThan(ends[2]!.waiverFen);
  });
  it('a remedy chosen by hand that costs more than the share is flagged as over budget', () => {
    const d = debt(9_000_000, { productType: 'credit_card' });
    const plan = buildProposal({ disposableFen: 100_000, debts: [d] }, { months: 36, startDate: START, contingencyFen: 0, overrides: { [d.debtId]: { remedy: 'card_instalments', months: 60 } } });
    expect(plan.lines[0]!.terms).toMatchObject({ months: 60, monthlyFen: 150_000 });
    expect(plan.lines[0]!.beyondTerm).toBe(true);
    expect(plan.notices).toEqual(['overBudget']);
    expect(overBudgetBy(plan.lines, plan.budgetFen)).toBe(50_000);
  });
  it('a line the counsellor stretches past the term is flagged as an exception', () => {
    const d = debt(1_000_000);
    const plan = buildProposal({ disposableFen: 20_000, debts: [d] }, { months: 36, startDate: START, contingencyFen: 0, overrides: { [d.debtId]: { remedy: 'instalments', months: 50, withInterest: false } } });
    expect(plan.lines[0]).toMatchObject({ reason: 'chosen', beyondTerm: true });
  });
  it('a chosen remedy replaces the suggestion and is marked as chosen', () => {
    const a = debt(455_000);
    const b = debt(670_000);
    const plan = buildProposal(
      { disposableFen: 16_000, debts: [a, b] },
      { months: 36, startDate: START, contingencyFen: 0, overrides: { [b.debtId]: { remedy: 'settlement', amountFen: 300_000, payBy: '2026-03-01' } } },
    );
    expect(plan.lines[1]).toMatchObject({ reason: 'chosen', terms: { totalFen: 300_000, savingFen: 370_000 } });
  });
});

describe('properties', () => {
  it('shares sum exactly to a positive budget, none negative, each within a fen of the exact proportion', () => {
    fc.assert(
      fc.property(arbCase, arbMonths, (c, months) => {
        const plan = buildProposal(c, { months, startDate: START });
        const others = plan.lines.filter((l) => !l.priority);
        const shares = others.map((l) => l.shareFen);
        for (const s of shares) expect(s).toBeGreaterThanOrEqual(0);
        const totalBalance = others.reduce((s, l) => s + l.outstandingFen, 0);
        if (plan.budgetFen > 0 && others.length > 0) {
          expect(shares.reduce((a, b) => a + b, 0)).toBe(plan.budgetFen);
          for (const l of others) expect(Math.abs(l.shareFen - (plan.budgetFen * l.outstandingFen) / totalBalance)).toBeLessThan(1);
        } else {
          expect(shares.every((s) => s === 0)).toBe(true);
        }
        expect(plan.budgetFen).toBe(plan.disposableFen - plan.contingencyFen - plan.priorityFen);
      }),
      { numRuns: 400 },
    );
  });

  it('a budget of zero or less proposes no instalment plan to any lender, and says why', () => {
    fc.assert(
      fc.property(arbCase, arbMonths, (c, months) => {
        const plan = buildProposal(c, { months, startDate: START });
        if (plan.budgetFen > 0) return;
        for (const l of plan.lines.filter((x) => !x.priority)) {
          expect(l.terms.params.remedy).toBe('hardship');
          expect(l.terms.schedule).toEqual([]);
          expect(l.reason).toBe('noBudget');
        }
        if (plan.lines.some((l) => !l.priority)) expect(plan.notices).toContain('noBudget');
      }),
      { numRuns: 400 },
    );
  });

  it('the suggestions are affordable: each line pays at most its share a month, ends within the term, and totals add up', () => {
    fc.assert(
      fc.property(arbCase, arbMonths, (c, months) => {
        const plan = buildProposal(c, { months, startDate: START });
        for (const l of plan.lines) {
          expect(l.terms.schedule.reduce((s, i) => s + i.amountFen, 0)).toBe(l.terms.totalFen);
          expect(l.problems).toEqual({});
          if (!l.priority && l.terms.monthlyFen !== null) expect(l.terms.monthlyFen).toBeLessThanOrEqual(l.shareFen);
          // The chosen term is honoured, and what a lender is asked to give up is never more than it is owed.
          expect(l.terms.schedule.length).toBeLessThanOrEqual(months);
          expect(l.beyondTerm).toBe(false);
          expect(waiverOf(l)).toBeGreaterThanOrEqual(0);
          expect(waiverOf(l)).toBeLessThanOrEqual(l.outstandingFen);
        }
        expect(plan.totals.totalFen).toBe(plan.lines.reduce((s, l) => s + l.terms.totalFen, 0));
        expect(plan.lines.every((l) => l.outstandingFen > 0)).toBe(true);
        expect(plan.lines.length).toBe(c.debts.filter((d) => outstandingOf(d) > 0).length);
      }),
      { numRuns: 400 },
    );
  });

  it('the same case gives the same plan (deterministic remainders)', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        expect(buildProposal(c, { months: 36, startDate: START })).toEqual(buildProposal(c, { months: 36, startDate: START }));
      }),
      { numRuns: 100 },
    );
  });

  it('ties go to the earlier debt', () => {
    expect(allocateProRata(1, [100, 100])).toEqual([1, 0]);
  });
});
