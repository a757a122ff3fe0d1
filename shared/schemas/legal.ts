import { z } from 'zod';
import { DECISION_TYPES, ENFORCEMENT_MEASURES, INSTANCES, LEGAL_EVENT_KINDS } from '../domain/legal';
import { Id, IsoDate, optionalText } from './common';
import { LEGAL_STAGES } from './debts';
import { Fen } from './money';

// Court and enforcement steps of one debt (legal.* channels): each dated, with the court,
// the case number (案号), the amount awarded or enforced, the date a decision was served,
// and notes. Answers carry the debt's whole history and the stage derived from it.

export const LEGAL_EVENT_ORIGINS = ['entered', 'migrated', 'intake'] as const;

const eventFields = {
  kind: z.enum(LEGAL_EVENT_KINDS, { error: 'validation.choice' }),
  eventDate: IsoDate,
  court: optionalText(100).default(null),
  caseNumber: optionalText(60).default(null),
  amountFen: Fen.nullable().default(null),
  /** 送达日期: the day a judgment or ruling reached the client; the appeal period runs from it. */
  serviceDate: IsoDate.nullable().default(null),
  decision: z.enum(DECISION_TYPES, { error: 'validation.choice' }).nullable().default(null),
  instance: z.enum(INSTANCES, { error: 'validation.choice' }).nullable().default(null),
  measure: z.enum(ENFORCEMENT_MEASURES, { error: 'validation.choice' }).nullable().default(null),
  notes: optionalText(5_000).default(null),
};

export const LegalListInput = z.object({ debtId: Id }).strict();
export const LegalCreateInput = z
  .object({ debtId: Id, ...eventFields })
  .strict();
export const LegalUpdateInput = z
  .object({ id: Id, rev: z.number({ error: 'validation.number' }).int().min(1), ...eventFields })
  .strict();
export const LegalDeleteInput = z.object({ id: Id }).strict();

export const LegalEventView = z.object({
  id: z.number().int(),
  debtId: z.number().int(),
  clientId: z.number().int(),
  kind: z.enum(LEGAL_EVENT_KINDS),
  eventDate: z.string(),
  court: z.string().nullable(),
  caseNumber: z.string().nullable(),
  amountFen: z.number().int().nullable(),
  serviceDate: z.string().nullable(),
  decision: z.enum(DECISION_TYPES).nullable(),
  instance: z.enum(INSTANCES).nullable(),
  measure: z.enum(ENFORCEMENT_MEASURES).nullable(),
  notes: z.string().nullable(),
  /** entered: by the counsellor; migrated / intake: made from a single stage value, dated when Parley recorded it. */
  origin: z.enum(LEGAL_EVENT_ORIGINS),
  /** The last day to appeal (first-instance decision with a service date), else null. */
  appealDeadline: z.string().nullable(),
  rev: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type LegalEventView = z.infer<typeof LegalEventView>;

/** A debt's legal history, oldest step first, with the stage it leads to. */
export const LegalHistory = z.object({
  debtId: z.number().int(),
  stage: z.enum(LEGAL_STAGES),
  stageSince: z.string().nullable(),
  events: z.array(LegalEventView),
});
export type LegalHistory = z.infer<typeof LegalHistory>;
