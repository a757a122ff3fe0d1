import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../shared/domain/dates';
import { applyLedger, COMPONENTS, totalOf, zero, type Components, type LedgerIntent, type LedgerKind } from '../../../../shared/domain/ledger';

const START = '2025-01-01';

const figures = (p: number, i = 0, pen = 0, fees = 0, other = 0): Components => ({ principalFen: p, interestFen: i, penaltyFen: pen, lateFeesFen: fees, otherFen: other });

let nextId = 1;
function entry(kind: LedgerKind, entryDate: string, more: Partial<LedgerIntent> = {}): LedgerIntent {
  return { id: nextId++, kind, entryDate, amountFen: null, stated: null, revokesId: null, ...more };
}

const last = (entries: LedgerIntent[]) => applyLedger(entries).at(-1)!.balance;

describe('the ledger, worked examples', () => {
  it('a payment lowers fees and charges first, then interest, then principal', () => {
    const e = applyLedger([
      entry('opening', START, { stated: figures(10_000_00, 500_00, 200_00, 100_00, 0) }),
      entry('payment', '2025-02-01', { amountFen: 400_00 }),
    ]);
    expect(e[1]!.effect).toEqual(figures(0, -100_00, -200_00, -100_00, 0));
    expect(e[1]!.balance).toEqual(figures(10_000_00, 400_00, 0, 0, 0));
  });

  it('a payment beyond the balance stops at zero and says how much was not applied', () => {
    const e = applyLedger([entry('opening', START, { stated: figures(100_00, 20_00) }), entry('payment', '2025-02-01', { amountFen: 150_00 })]);
    expect(totalOf(e[1]!.balance)).toBe(0);
    expect(e[1]!.unappliedFen).toBe(30_00);
  });

  it('a statement restates the balance as of its date; later payments count from it, earlier ones are in it', () => {
    const opening = entry('opening', START, { stated: figures(5_000_00) });
    const before = entry('payment', '2025-02-01', { amountFen: 1_000_00 });
    const statement = entry('statement', '2025-03-01', { stated: figures(4_200_00, 300_00) });
    const after = entry('payment', '2025-03-15', { amountFen: 500_00 });
    // A payment recorded after the statement but dated before it is part of what the lender stated.
    const lateRecorded = entry('payment', '2025-02-20', { amountFen: 700_00 });
    expect(last([opening, before, statement, after, lateRecorded])).toEqual(figures(4_000_00, 0, 0, 0, 0));
  });

  it('the opening applies first whatever its date', () => {
    const pay = entry('payment', '2024-12-01', { amountFen: 100_00 });
    const opening = entry('opening', '2025-01-10', { stated: figures(1_000_00) });
    expect(last([pay, opening])).toEqual(figures(900_00));
  });

  it('a waiver takes penalty and fees before interest and principal; a null amount waives the rest', () => {
    const e = applyLedger([
      entry('opening', START, { stated: figures(1_000_00, 100_00, 50_00, 20_00, 10_00) }),
      entry('waiver', '2025-02-01', { amountFen: 100_00 }),
      entry('waiver', '2025-02-02', { amountFen: null }),
    ]);
    expect(e[1]!.effect).toEqual(figures(0, -20_00, -50_00, -20_00, -10_00));
    expect(totalOf(e[2]!.balance)).toBe(0);
    expect(e[2]!.unappliedFen).toBe(0);
  });

  it('revoking a conditional waiver puts back exactly what it took off, after the payments made since', () => {
    const waiver = entry('waiver', '2025-01-05', { amountFen: 400_00 });
    const entries = [
      entry('opening', START, { stated: figures(1_000_00, 400_00) }),
      waiver,
      entry('payment', '2025-02-01', { amountFen: 300_00 }),
      entry('waiver_revoked', '2025-03-01', { revokesId: waiver.id }),
    ];
    const e = applyLedger(entries);
    expect(e[3]!.effect).toEqual(figures(0, 400_00));
    expect(e[3]!.balance).toEqual(figures(700_00, 400_00));
  });
});

// ---- properties ----

const componentsArb = fc.record({
  principalFen: fc.integer({ min: 0, max: 50_000_000 }),
  interestFen: fc.integer({ min: 0, max: 5_000_000 }),
  penaltyFen: fc.integer({ min: 0, max: 2_000_000 }),
  lateFeesFen: fc.integer({ min: 0, max: 1_000_000 }),
  otherFen: fc.integer({ min: 0, max: 1_000_000 }),
});

const stepArb = fc.oneof(
  fc.record({ kind: fc.constant<LedgerKind>('payment'), amount: fc.integer({ min: 1, max: 20_000_000 }), day: fc.integer({ min: 0, max: 400 }) }),
  fc.record({ kind: fc.constant<LedgerKind>('waiver'), amount: fc.option(fc.integer({ min: 1, max: 20_000_000 })), day: fc.integer({ min: 0, max: 400 }) }),
  fc.record({ kind: fc.constant<LedgerKind>('write_off'), amount: fc.option(fc.integer({ min: 1, max: 20_000_000 })), day: fc.integer({ min: 0, max: 400 }) }),
  fc.record({ kind: fc.constant<LedgerKind>('statement'), stated: componentsArb, day: fc.integer({ min: 0, max: 400 }) }),
  fc.record({ kind: fc.constant<LedgerKind>('waiver_revoked'), target: fc.nat(), day: fc.integer({ min: 0, max: 400 }) }),
);

type Step = { kind: LedgerKind; day: number; amount?: number | null; stated?: Components; target?: number };

function build(opening: Components, steps: Step[]): LedgerIntent[] {
  const out: LedgerIntent[] = [{ id: 1, kind: 'opening', entryDate: START, amountFen: null, stated: opening, revokesId: null }];
  steps.forEach((s, k) => {
    const id = k + 2;
    const date = addDays(START, s.day);
    if (s.kind === 'waiver_revoked') {
      const waivers = out.filter((e) => e.kind === 'waiver' && e.entryDate <= date);
      if (!waivers.length) return;
      out.push({ id, kind: s.kind, entryDate: date, amountFen: null, stated: null, revokesId: waivers[s.target! % waivers.length]!.id });
      return;
    }
    out.push({ id, kind: s.kind, entryDate: date, amountFen: s.amount ?? null, stated: s.stated ?? null, revokesId: null });
  });
  return out;
}

describe('the ledger, properties', () => {
  it('no component ever goes below zero; what could not be applied is reported, and payments + unapplied = amounts paid', () => {
    fc.assert(
      fc.property(componentsArb, fc.array(stepArb, { maxLength: 25 }), (opening, steps) => {
        const entries = build(opening, steps);
        const effects = applyLedger(entries);
        for (const e of effects) for (const c of COMPONENTS) expect(e.balance[c]).toBeGreaterThanOrEqual(0);
        const byId = new Map(entries.map((x) => [x.id, x]));
        for (const e of effects) {
          const x = byId.get(e.id)!;
          if (x.kind === 'payment' || ((x.kind === 'waiver' || x.kind === 'write_off') && x.amountFen !== null)) {
            expect(-totalOf(e.effect) + e.unappliedFen).toBe(x.amountFen);
            for (const c of COMPONENTS) expect(e.effect[c]).toBeLessThanOrEqual(0);
          }
        }
      }),
    );
  });

  it('a waiver is never more than the balance it is granted against', () => {
    fc.assert(
      fc.property(componentsArb, fc.array(stepArb, { maxLength: 25 }), (opening, steps) => {
        const effects = applyLedger(build(opening, steps));
        const entries = build(opening, steps);
        let before = zero();
        for (const e of effects) {
          const x = entries.find((y) => y.id === e.id)!;
          if (x.kind === 'waiver') expect(-totalOf(e.effect)).toBeLessThanOrEqual(totalOf(before));
          before = e.balance;
        }
      }),
    );
  });

  it('revoking a waiver restores exactly what it took off, component by component', () => {
    fc.assert(
      fc.property(componentsArb, fc.array(stepArb, { maxLength: 25 }), (opening, steps) => {
        const entries = build(opening, steps);
        const effects = new Map(applyLedger(entries).map((e) => [e.id, e]));
        for (const x of entries) {
          if (x.kind !== 'waiver_revoked') continue;
          const waived = effects.get(x.revokesId!)!.effect;
          const restored = effects.get(x.id)!.effect;
          for (const c of COMPONENTS) expect(restored[c]).toBe(0 - waived[c]);
        }
      }),
    );
  });

  it('settling (a waiver of the rest) always leaves exactly zero, and the balance is the sum of the effects', () => {
    fc.assert(
      fc.property(componentsArb, fc.array(stepArb, { maxLength: 25 }), (opening, steps) => {
        const entries = build(opening, steps);
        const settle: LedgerIntent = { id: 999, kind: 'waiver', entryDate: addDays(START, 401), amountFen: null, stated: null, revokesId: null };
        const effects = applyLedger([...entries, settle]);
        expect(totalOf(effects.at(-1)!.balance)).toBe(0);
        const sum = effects.reduce((s, e) => s + totalOf(e.effect), 0);
        expect(sum).toBe(0);
      }),
    );
  });

  it('the order entries are recorded in does not matter beyond their dates (same ids, shuffled input)', () => {
    fc.assert(
      fc.property(componentsArb, fc.array(stepArb, { maxLength: 15 }), fc.nat(), (opening, steps, seed) => {
        const entries = build(opening, steps);
        const shuffled = [...entries].sort((a, b) => ((a.id * 7919 + seed) % 101) - ((b.id * 7919 + seed) % 101));
        expect(applyLedger(shuffled)).toEqual(applyLedger(entries));
      }),
    );
  });
});
