// Channel names of the lender and collector directory. Names only (no zod), so the preload can list them.
export const LENDERS_CHANNELS = [
  'lenders.list',
  'lenders.get',
  'lenders.create',
  'lenders.update',
  'lenders.delete',
  'lenders.merge',
  'lenders.suggest',
] as const;
