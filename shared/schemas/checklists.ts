import { z } from 'zod';
import { CHECKLIST_ITEMS } from '../domain/evidence-checklist';
import { REMEDIES } from './remedies';
import { Id } from './common';

// Evidence checklists: per lender of a case, the documents it should have and which are on
// file; per lender in the directory, the documents it always or never asks for.

export const ChecklistItem = z.enum(CHECKLIST_ITEMS, { error: 'validation.choice' });

export const ChecklistEntryView = z.object({
  item: ChecklistItem,
  /** Why it is on the list: the remedy's default, the case (illness, family event, incidents), the lender's rule, or learned from accepted offers. */
  source: z.enum(['remedy', 'case', 'lender', 'learned']),
  learned: z.object({ offers: z.number().int(), of: z.number().int() }).nullable(),
  done: z.boolean(),
  files: z.array(z.string()),
});
export type ChecklistEntryView = z.infer<typeof ChecklistEntryView>;

export const LenderChecklist = z.object({
  lenderId: Id,
  lenderName: z.string(),
  remedies: z.array(z.enum(REMEDIES)),
  items: z.array(ChecklistEntryView),
  missing: z.number().int(),
});
export type LenderChecklist = z.infer<typeof LenderChecklist>;

export const ChecklistForClientInput = z.object({ clientId: Id }).strict();
export const ChecklistForClientOutput = z.object({ lenders: z.array(LenderChecklist) });
export type ChecklistForClientOutput = z.infer<typeof ChecklistForClientOutput>;

export const LenderRulesInput = z.object({ lenderId: Id }).strict();
export const LenderRulesOutput = z.object({
  lenderId: Id,
  rules: z.array(z.object({ kind: ChecklistItem, rule: z.enum(['require', 'skip']) })),
  /** What this lender's accepted offers carried, per kind of document (from the lender insights query). */
  learned: z.array(z.object({ item: ChecklistItem, offers: z.number().int(), of: z.number().int() })),
});
export type LenderRulesOutput = z.infer<typeof LenderRulesOutput>;

export const SetLenderRuleInput = z
  .object({
    lenderId: Id,
    kind: ChecklistItem,
    /** 'default': as the remedy needs (the rule is removed). */
    rule: z.enum(['require', 'skip', 'default'], { error: 'validation.choice' }),
  })
  .strict();
export type SetLenderRuleInput = z.infer<typeof SetLenderRuleInput>;
