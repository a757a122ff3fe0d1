import { describe, expect, it } from 'vitest';
import { OFFER_TRANSITIONS, OfferTransitionInput, PaymentRecordInput } from '../../../../shared/schemas/agreements';

describe('agreements schemas', () => {
  it('lets a counter-offer carry terms, and nothing else', () => {
    const base = { id: 1, rev: 1, onDate: '2025-03-15' };
    expect(OfferTransitionInput.safeParse({ ...base, to: 'countered' }).success).toBe(false);
    expect(OfferTransitionInput.safeParse({ ...base, to: 'countered', counterParams: { remedy: 'card_instalments', months: 60 } }).success).toBe(true);
    expect(OfferTransitionInput.safeParse({ ...base, to: 'accepted', counterParams: { remedy: 'card_instalments', months: 60 } }).success).toBe(false);
    expect(OfferTransitionInput.safeParse({ ...base, to: 'countered', counterParams: { remedy: 'card_instalments', months: 61 } }).success).toBe(false);
  });

  it('keeps contact logging and reply follow-ups to sending', () => {
    const base = { id: 1, rev: 1, onDate: '2025-03-15' };
    expect(OfferTransitionInput.safeParse({ ...base, to: 'sent', logContact: { channel: 'letter' }, followUpDays: 10 }).success).toBe(true);
    expect(OfferTransitionInput.safeParse({ ...base, to: 'rejected', followUpDays: 10 }).success).toBe(false);
    expect(OfferTransitionInput.safeParse({ ...base, to: 'sent', followUpDays: 0 }).success).toBe(false);
    expect(OfferTransitionInput.safeParse({ ...base, to: 'sent', onDate: '2025-02-30' }).success).toBe(false);
  });

  it('refuses zero, negative and fractional-fen payments', () => {
    const base = { agreementId: 1, paidDate: '2025-03-15' };
    expect(PaymentRecordInput.safeParse({ ...base, amountFen: 1 }).success).toBe(true);
    for (const amountFen of [0, -5, 1.5]) expect(PaymentRecordInput.safeParse({ ...base, amountFen }).success).toBe(false);
  });

  it('ends the flow at accepted, rejected and expired', () => {
    expect(OFFER_TRANSITIONS.drafted).toEqual(['sent']);
    for (const s of ['accepted', 'rejected', 'expired'] as const) expect(OFFER_TRANSITIONS[s]).toEqual([]);
    expect(OFFER_TRANSITIONS.countered).toContain('sent');
  });
});
