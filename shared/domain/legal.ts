import type { LegalStage } from '../schemas/debts';
import { addDays } from './dates';

// Court and enforcement steps of a debt: which stage a history of dated events puts the
// debt in, and when the appeal period of a first-instance decision runs out.

export const LEGAL_EVENT_KINDS = [
  'pre_litigation_mediation', // 诉前调解
  'lawsuit_filed', // 起诉 / 立案
  'hearing', // 开庭
  'judgment', // 判决 or 裁定
  'court_mediation', // 法院调解（调解书）
  'appeal', // 上诉
  'enforcement_applied', // 申请强制执行
  'enforcement_measure', // 执行措施：冻结、扣划、查封
  'dishonest_listed', // 失信被执行人
  'consumption_restricted', // 限制高消费
  'enforcement_terminated', // 终结本次执行（终本）
  'removed_from_lists', // 移出名单 / 解除限制
] as const;
export type LegalEventKind = (typeof LEGAL_EVENT_KINDS)[number];

/** 判决 (appeal within 15 days of service) or 裁定 (10 days). */
export const DECISION_TYPES = ['judgment', 'ruling'] as const;
export type DecisionType = (typeof DECISION_TYPES)[number];
export const INSTANCES = ['first', 'second'] as const;
export const ENFORCEMENT_MEASURES = ['freezing', 'deduction', 'seizure', 'other'] as const;

/** Kinds that carry an amount: what the court awarded, or what a measure froze or deducted. */
export const KINDS_WITH_AMOUNT: readonly LegalEventKind[] = ['judgment', 'court_mediation', 'enforcement_measure'];
/** Only a judgment or ruling is served with an appeal period. */
export const KINDS_WITH_SERVICE: readonly LegalEventKind[] = ['judgment'];
/** A hearing may be recorded ahead of its date; every other step is recorded once it happened. */
export const KINDS_IN_FUTURE: readonly LegalEventKind[] = ['hearing'];

/** Days to appeal after service (Civil Procedure Law: 15 for a judgment, 10 for a ruling). */
export const APPEAL_DAYS: Record<DecisionType, number> = { judgment: 15, ruling: 10 };

/**
 * The last day to appeal a first-instance decision served on `serviceDate`: the period starts
 * the day after service. (A last day that falls on a public holiday moves to the next working
 * day; Parley has no holiday calendar, so the counsellor checks that case.)
 */
export function appealDeadline(serviceDate: string, decision: DecisionType): string {
  return addDays(serviceDate, APPEAL_DAYS[decision]);
}

/** Whether an event opens an appeal period that Parley follows up. */
export function opensAppeal(e: { kind: LegalEventKind; instance: string | null; serviceDate: string | null }): boolean {
  return e.kind === 'judgment' && e.instance !== 'second' && e.serviceDate !== null;
}

/** The stage each kind of step puts a debt in (listings are kept until a removal, below). */
const STAGE_OF: Record<LegalEventKind, LegalStage> = {
  pre_litigation_mediation: 'mediation',
  lawsuit_filed: 'lawsuit_filed',
  hearing: 'lawsuit_filed',
  judgment: 'judgment',
  court_mediation: 'judgment',
  appeal: 'judgment',
  enforcement_applied: 'enforcement',
  enforcement_measure: 'enforcement',
  dishonest_listed: 'dishonest_list',
  consumption_restricted: 'consumption_restriction',
  enforcement_terminated: 'enforcement',
  removed_from_lists: 'enforcement',
};

/** The step recorded for a debt whose stage was given as one value (at intake, or before events existed). */
export const KIND_OF_STAGE: Record<Exclude<LegalStage, 'none'>, LegalEventKind> = {
  mediation: 'pre_litigation_mediation',
  lawsuit_filed: 'lawsuit_filed',
  judgment: 'judgment',
  enforcement: 'enforcement_applied',
  dishonest_list: 'dishonest_listed',
  consumption_restriction: 'consumption_restricted',
};

export interface DatedStep {
  id: number;
  kind: LegalEventKind;
  eventDate: string;
}

/**
 * The debt's current stage and the date it began, from its steps in date order (same-day
 * steps in the order recorded). The latest step decides, except that a listing as a
 * dishonest debtor or a consumption restriction stays until a removal: a measure or the end
 * of this round of enforcement (终本) after a listing leaves the debtor listed.
 */
export function deriveStage(steps: readonly DatedStep[]): { stage: LegalStage; since: string | null } {
  const ordered = [...steps].sort((a, b) => (a.eventDate < b.eventDate ? -1 : a.eventDate > b.eventDate ? 1 : a.id - b.id));
  let stage: LegalStage = 'none';
  let since: string | null = null;
  let dishonest = false;
  let restricted = false;
  for (const s of ordered) {
    if (s.kind === 'dishonest_listed') dishonest = true;
    if (s.kind === 'consumption_restricted') restricted = true;
    if (s.kind === 'removed_from_lists') dishonest = restricted = false;
    const next: LegalStage = dishonest ? 'dishonest_list' : restricted ? 'consumption_restriction' : STAGE_OF[s.kind];
    if (next !== stage) {
      stage = next;
      since = s.eventDate;
    }
  }
  return { stage, since };
}

/**
 * What a kind of step may carry, as field -> i18n key of the refusal: a value given for a
 * kind that has no such field is refused, not dropped; a decision is served on or after its date.
 */
export function kindFieldIssues(e: {
  kind: LegalEventKind;
  eventDate: string;
  amountFen: number | null;
  serviceDate: string | null;
  decision: unknown;
  instance: unknown;
  measure: unknown;
}): Record<string, string> {
  const out: Record<string, string> = {};
  const refuse = (field: string) => (out[field] = 'legal.errors.notForKind');
  if (e.amountFen !== null && !KINDS_WITH_AMOUNT.includes(e.kind)) refuse('amountFen');
  if (e.serviceDate !== null && !KINDS_WITH_SERVICE.includes(e.kind)) refuse('serviceDate');
  else if (e.serviceDate !== null && e.serviceDate < e.eventDate) out.serviceDate = 'legal.errors.servedBeforeDecision';
  if (e.decision !== null && e.kind !== 'judgment') refuse('decision');
  if (e.instance !== null && e.kind !== 'judgment') refuse('instance');
  if (e.measure !== null && e.kind !== 'enforcement_measure') refuse('measure');
  return out;
}
