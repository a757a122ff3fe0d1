import { describe, expect, it } from 'vitest';
import { suggestedStatus } from '../../../../shared/domain/case-status';

describe('suggestedStatus', () => {
  it('suggests negotiating once an offer has gone out, and the plan once an agreement runs', () => {
    expect(suggestedStatus('intake', { offerStatuses: ['drafted'], agreementStatuses: [] })).toBeNull();
    expect(suggestedStatus('intake', { offerStatuses: ['drafted', 'sent'], agreementStatuses: [] })).toBe('negotiating');
    expect(suggestedStatus('assessment', { offerStatuses: ['accepted'], agreementStatuses: ['active'] })).toBe('plan_active');
    expect(suggestedStatus('negotiating', { offerStatuses: ['accepted'], agreementStatuses: ['active'] })).toBe('plan_active');
  });

  it('never suggests going back, staying put, or reopening a closed case', () => {
    expect(suggestedStatus('negotiating', { offerStatuses: ['sent'], agreementStatuses: [] })).toBeNull();
    expect(suggestedStatus('plan_active', { offerStatuses: ['sent'], agreementStatuses: [] })).toBeNull();
    expect(suggestedStatus('closed', { offerStatuses: ['sent'], agreementStatuses: ['active'] })).toBeNull();
    expect(suggestedStatus('intake', { offerStatuses: [], agreementStatuses: ['completed'] })).toBeNull();
  });
});
