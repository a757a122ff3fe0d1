import { z } from 'zod';

export const DemoStatus = z.object({ loaded: z.boolean(), clients: z.number().int(), lenders: z.number().int() });
export const DemoLoadResult = z.object({ clients: z.number().int(), lenders: z.number().int(), debts: z.number().int(), statements: z.number().int() });
export const DemoRemoveResult = z.object({ clients: z.number().int(), lenders: z.number().int() });
