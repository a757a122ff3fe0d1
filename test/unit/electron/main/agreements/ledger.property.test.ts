import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, ledger, progressOf, type LedgerInstalment, type LedgerPayment } from '../../../../../electron/main/agreements/ledger';
import { addDays, daysBetween } from '../../../../../shared/domain/dates';

const START = '2025-01-01';

const scheduleArb = fc
  .array(fc.record({ amountFen: fc.integer({ min: 0, max: 2_000_000 }), gap: fc.integer({ min: 1, max: 45 }), missed: fc.boolean() }), { minLength: 1, maxLength: 24 })
  .map((rows) => {
    let date = START;
    return rows.map((r, i): LedgerInstalment => {
      date = addDays(date, r.gap);
      return { id: 100 + i, seq: i + 1, dueDate: date, amountFen: r.amountFen, missedAt: r.missed && i % 3 === 0 ? date : null };
    });
  });

/** Payments as recorded through the channel: never more in total than the schedule. */
function paymentsFor(instalments: LedgerInstalment[], raw: { amount: number; day: number; target: number | null }[]): LedgerPayment[] {
  let left = instalments.reduce((s, i) => s + i.amountFen, 0);
  const out: LedgerPayment[] = [];
  raw.forEach((r, k) => {
    const amount = Math.min(r.amount, left);
    if (amount <= 0) return;
    left -= amount;
    out.push({ id: k + 1, paidDate: addDays(START, r.day), amountFen: amount, instalmentId: r.target === null ? null : (instalments[r.target % instalments.length]?.id ?? null) });
  });
  return out;
}

const paymentsArb = fc.array(
  fc.record({ amount: fc.integer({ min: 1, max: 3_000_000 }), day: fc.integer({ min: 0, max: 800 }), target: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }) }),
  { maxLength: 30 },
);

describe('ledger (property)', () => {
  it('paid + outstanding = total, amounts stay within each instalment, states agree with the figures', () => {
    fc.assert(
      fc.property(scheduleArb, paymentsArb, fc.integer({ min: 0, max: 900 }), fc.integer({ min: 0, max: 15 }), (schedule, raw, todayOffset, grace) => {
        const payments = paymentsFor(schedule, raw);
        const today = addDays(START, todayOffset);
        const total = schedule.reduce((s, i) => s + i.amountFen, 0);
        const lines = ledger(schedule, payments, today, grace);
        const p = progressOf(lines, total);
        const paidIn = payments.reduce((s, x) => s + x.amountFen, 0);
        expect(p.paidFen + p.outstandingFen).toBe(total);
        expect(p.paidFen).toBe(paidIn);
        expect(allocate(schedule, payments).unallocatedFen).toBe(0);
        for (const l of lines) {
          expect(l.paidFen).toBeGreaterThanOrEqual(0);
          expect(l.paidFen).toBeLessThanOrEqual(l.amountFen);
          const late = daysBetween(l.dueDate, today);
          switch (l.state) {
            case 'paid':
              expect(l.paidFen).toBe(l.amountFen);
              break;
            case 'missed':
              expect(l.paidFen).toBeLessThan(l.amountFen);
              expect(l.missedAt !== null || late > grace).toBe(true);
              break;
            case 'late':
              expect(l.missedAt).toBeNull();
              expect(late).toBeGreaterThan(0);
              expect(late).toBeLessThanOrEqual(grace);
              break;
            case 'partial':
              expect(l.paidFen).toBeGreaterThan(0);
              expect(late).toBeLessThanOrEqual(0);
              break;
            case 'due':
              expect(l.paidFen).toBe(0);
              expect(late).toBeLessThanOrEqual(0);
              break;
          }
        }
        expect(p.paidInstalments).toBe(lines.filter((l) => l.state === 'paid').length);
        const firstOpen = lines.find((l) => l.state !== 'paid');
        expect(p.nextDue?.instalmentId ?? null).toBe(firstOpen?.id ?? null);
      }),
      { numRuns: 400 },
    );
  });

  it('payments naming no instalment fill the schedule in order', () => {
    fc.assert(
      fc.property(scheduleArb, paymentsArb, (schedule, raw) => {
        const payments = paymentsFor(
          schedule,
          raw.map((r) => ({ ...r, target: null })),
        );
        const { paidFen } = allocate(schedule, payments);
        // Once an instalment is not full, nothing after it has received anything.
        const firstShort = schedule.findIndex((inst, i) => paidFen[i]! < inst.amountFen);
        if (firstShort >= 0) for (let i = firstShort + 1; i < schedule.length; i++) expect(paidFen[i]).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});
