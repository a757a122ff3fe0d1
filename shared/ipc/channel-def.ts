import { z } from 'zod';

export interface ChannelDef {
  input: z.ZodType;
  output: z.ZodType;
}

/** The input of a channel that takes nothing: undefined or {}, and nothing more. */
export const NoInput = z.object({}).strict().optional();
