// Channel names of offers to lenders, agreements, instalments and payments. Names only (no zod), so the preload can list them.
export const AGREEMENTS_CHANNELS = [
  'offers.list',
  'offers.proposalChoices',
  'offers.createFromProposal',
  'offers.create',
  'offers.transition',
  'offers.delete',
  'agreements.list',
  'agreements.byLender',
  'agreements.get',
  'agreements.setStatus',
  'payments.record',
  'payments.delete',
  'instalments.markMissed',
] as const;
