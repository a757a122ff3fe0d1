// Channel names of offers to lenders (from a proposal or typed by hand) and their replies. Names only (no zod), so the preload can list them.
export const OFFERS_CHANNELS = ['offers.list', 'offers.proposalChoices', 'offers.createFromProposal', 'offers.create', 'offers.transition', 'offers.delete'] as const;
