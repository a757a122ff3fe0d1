import { ChecklistForClientInput, ChecklistForClientOutput, LenderRulesInput, LenderRulesOutput, SetLenderRuleInput } from '../schemas/checklists';
import type { ChannelDef } from './channel-def';
import type { CHECKLISTS_CHANNELS } from './checklists.channels';

// Inputs and outputs of the evidence checklists.
export const checklistsContract = {
  'checklists.forClient': { input: ChecklistForClientInput, output: ChecklistForClientOutput },
  'checklists.lenderRules': { input: LenderRulesInput, output: LenderRulesOutput },
  'checklists.setLenderRule': { input: SetLenderRuleInput, output: LenderRulesOutput },
} satisfies Record<(typeof CHECKLISTS_CHANNELS)[number], ChannelDef>;
