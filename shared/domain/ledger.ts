// The arithmetic of a debt's ledger: what each entry does to the balance, by component.
//
// Entries record what happened (an opening balance, a lender's statement, a payment, a waiver
// granted or revoked, a write-off); their effect on each component is worked out here, in
// order – the opening first, then by date, then in the order recorded – so that the balance
// as of any date is the plain sum of the effects of the entries up to that date:
//   - opening / statement: sets the balance to the stated figures (its effect is the difference);
//   - payment: lowers the balance, fees and charges first, then interest, then principal
//     (the order of the Civil Code, art. 561, when nothing else was agreed);
//   - waiver / write-off: lowers the balance, penalty interest and fees first, principal last;
//     an amount of null means "whatever is left";
//   - waiver revoked: puts back exactly what the waiver it revokes took off.
// Nothing takes a component below zero: the part of a payment, waiver or write-off beyond the
// balance is reported as `unappliedFen` (an overpayment, or a waiver larger than the debt),
// never silently dropped and never turned into a negative balance.

export const COMPONENTS = ['principalFen', 'interestFen', 'penaltyFen', 'lateFeesFen', 'otherFen'] as const;
export type Component = (typeof COMPONENTS)[number];
export type Components = Record<Component, number>;

export const LEDGER_KINDS = ['opening', 'statement', 'payment', 'waiver', 'waiver_revoked', 'write_off'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

/** Which components a payment reaches first. */
export const PAYMENT_ORDER: readonly Component[] = ['lateFeesFen', 'otherFen', 'penaltyFen', 'interestFen', 'principalFen'];
/** Which components a waiver or write-off gives up first. */
export const WAIVER_ORDER: readonly Component[] = ['penaltyFen', 'lateFeesFen', 'otherFen', 'interestFen', 'principalFen'];

export function zero(): Components {
  return { principalFen: 0, interestFen: 0, penaltyFen: 0, lateFeesFen: 0, otherFen: 0 };
}

export function totalOf(c: Components): number {
  return c.principalFen + c.interestFen + c.penaltyFen + c.lateFeesFen + c.otherFen;
}

export function plus(a: Components, b: Components): Components {
  return {
    principalFen: a.principalFen + b.principalFen,
    interestFen: a.interestFen + b.interestFen,
    penaltyFen: a.penaltyFen + b.penaltyFen,
    lateFeesFen: a.lateFeesFen + b.lateFeesFen,
    otherFen: a.otherFen + b.otherFen,
  };
}

export function minus(a: Components, b: Components): Components {
  return plus(a, negate(b));
}

export function negate(a: Components): Components {
  // 0 - x, not -x: a negated zero would be -0, which compares unequal in deep equality.
  return { principalFen: 0 - a.principalFen, interestFen: 0 - a.interestFen, penaltyFen: 0 - a.penaltyFen, lateFeesFen: 0 - a.lateFeesFen, otherFen: 0 - a.otherFen };
}

export interface LedgerIntent {
  id: number;
  kind: LedgerKind;
  entryDate: string;
  /** Payment, waiver, write-off: the amount; null on a waiver or write-off means "the rest". */
  amountFen: number | null;
  /** Opening and statement: the figures stated. */
  stated: Components | null;
  /** Waiver revoked: the waiver it revokes. */
  revokesId: number | null;
}

export interface LedgerEffect {
  id: number;
  /** What the entry does to each component (negative lowers the balance). */
  effect: Components;
  /** The part of a payment, waiver or write-off that the balance could not absorb. */
  unappliedFen: number;
  /** The balance just after this entry. */
  balance: Components;
}

/** The order entries apply in: the opening first, then by date, then as recorded. */
export function ledgerOrder(a: Pick<LedgerIntent, 'id' | 'kind' | 'entryDate'>, b: Pick<LedgerIntent, 'id' | 'kind' | 'entryDate'>): number {
  const ao = a.kind === 'opening' ? 0 : 1;
  const bo = b.kind === 'opening' ? 0 : 1;
  if (ao !== bo) return ao - bo;
  if (a.entryDate !== b.entryDate) return a.entryDate < b.entryDate ? -1 : 1;
  return a.id - b.id;
}

/** Takes up to `amount` off the positive components in `order`; returns the effect and what was left over. */
export function reduce(balance: Components, amount: number | null, order: readonly Component[]): { effect: Components; unappliedFen: number } {
  const effect = zero();
  let left = amount === null ? Number.POSITIVE_INFINITY : amount;
  for (const c of order) {
    if (left <= 0) break;
    const take = Math.min(Math.max(0, balance[c]), left);
    effect[c] = 0 - take;
    left -= take;
  }
  return { effect, unappliedFen: amount === null ? 0 : left };
}

/** The effect of every entry, in ledger order. */
export function applyLedger(entries: readonly LedgerIntent[]): LedgerEffect[] {
  const ordered = [...entries].sort(ledgerOrder);
  const effects = new Map<number, Components>();
  let balance = zero();
  const out: LedgerEffect[] = [];
  for (const e of ordered) {
    let effect = zero();
    let unappliedFen = 0;
    switch (e.kind) {
      case 'opening':
      case 'statement':
        effect = minus(e.stated ?? zero(), balance);
        break;
      case 'payment':
        ({ effect, unappliedFen } = reduce(balance, e.amountFen ?? 0, PAYMENT_ORDER));
        break;
      case 'waiver':
      case 'write_off':
        ({ effect, unappliedFen } = reduce(balance, e.amountFen, WAIVER_ORDER));
        break;
      case 'waiver_revoked': {
        const waived = e.revokesId === null ? undefined : effects.get(e.revokesId);
        effect = waived ? negate(waived) : zero();
        break;
      }
    }
    effects.set(e.id, effect);
    balance = plus(balance, effect);
    out.push({ id: e.id, effect, unappliedFen, balance });
  }
  return out;
}
