import type { ClientStatus } from '../schemas/clients';

// The case status is the counsellor's to set; Parley only suggests the step the case has
// visibly taken: offers have gone out (negotiating), a lender has agreed a plan that is being
// paid (plan running). It never suggests going back, nor anything for a closed case.

const ORDER: readonly ClientStatus[] = ['intake', 'assessment', 'negotiating', 'plan_active', 'closed'];

export function suggestedStatus(current: ClientStatus, facts: { offerStatuses: readonly string[]; agreementStatuses: readonly string[] }): ClientStatus | null {
  let next: ClientStatus | null = null;
  if (facts.agreementStatuses.includes('active')) next = 'plan_active';
  else if (facts.offerStatuses.some((s) => s !== 'drafted')) next = 'negotiating';
  return next && ORDER.indexOf(next) > ORDER.indexOf(current) && current !== 'closed' ? next : null;
}
