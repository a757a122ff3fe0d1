import { z } from 'zod';
import { checkPersonalId, ID_TYPES, idProblemKey, inferIdType, normalisePersonalId } from '../domain/personal-id';
import { REGIONS } from '../domain/region';
import { isValidPersonName, normaliseName } from '../domain/person-name';
import { isValidPhone, normalisePhone } from '../domain/phone';
import { Id, IsoDate, IsoMonthOrDate, optionalText } from './common';

export const CLIENT_STATUSES = ['intake', 'assessment', 'negotiating', 'plan_active', 'closed'] as const;
export const ClientStatus = z.enum(CLIENT_STATUSES, { error: 'validation.choice' });
export type ClientStatus = z.infer<typeof ClientStatus>;

export const GENDERS = ['unspecified', 'female', 'male'] as const;
export const EMPLOYMENT_STATUSES = ['employed', 'self_employed', 'unemployed', 'retired', 'student', 'other'] as const;
export const HARDSHIP_REASONS = ['job_loss', 'illness', 'business_failure', 'family_event', 'income_drop', 'over_borrowing', 'other'] as const;
export const CLOSURE_REASONS = ['settled', 'plan_completed', 'referred', 'dropped'] as const;

const nullable = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' || (typeof v === 'string' && v.trim() === '') ? null : v), schema.nullable());
const HouseholdCount = z.number({ error: 'validation.number' }).int('validation.number').min(0, 'validation.number').max(30, 'validation.number');
export const Gender = z.enum(GENDERS, { error: 'validation.choice' });

const PersonName = z
  .string({ error: 'validation.required' })
  .max(200, 'validation.tooLong')
  .transform(normaliseName)
  .pipe(z.string().min(1, 'validation.required').refine(isValidPersonName, 'validation.personName'));

const Phone = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
  z
    .string({ error: 'validation.text' })
    .max(40, 'validation.tooLong')
    .transform(normalisePhone)
    .refine(isValidPhone, 'validation.phone')
    .nullable(),
);

// Tidied here; checked against its type at the object (the type may come with it, or from the case).
const IdNumber = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
  z.string({ error: 'validation.text' }).max(40, 'validation.tooLong').transform(normalisePersonalId).nullable(),
);

export const IdTypeInput = z.enum(ID_TYPES, { error: 'validation.choice' });
export const RegionField = z.enum(REGIONS, { error: 'validation.choice' });

/**
 * The number checked by its type: the type sent with it, or – for a number sent alone, as a
 * spreadsheet row sends it – the type its shape says (a mainland ID when it has none).
 * The handler checks the stored pair again after merging a patch.
 */
function checkIdAgainstType(v: { idNumber?: string | null; idType?: (typeof ID_TYPES)[number] }, ctx: z.core.$RefinementCtx, inferWhenAbsent: boolean): void {
  if (!v.idNumber) return;
  if (!v.idType && !inferWhenAbsent) return;
  const type = v.idType ?? inferIdType(v.idNumber);
  const problem = checkPersonalId(type, v.idNumber);
  if (problem) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: idProblemKey(type, problem) });
}

const Email = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? null : typeof v === 'string' ? v.trim() : v),
  z.email({ error: 'validation.email' }).max(200, 'validation.tooLong').nullable(),
);

const clientFields = {
  name: PersonName,
  gender: Gender,
  phone: Phone,
  idNumber: IdNumber,
  idType: IdTypeInput,
  region: RegionField,
  email: Email,
  address: optionalText(500),
  status: ClientStatus,
  notes: optionalText(20_000),
  householdAdults: nullable(HouseholdCount),
  householdDependants: nullable(HouseholdCount),
  employmentStatus: nullable(z.enum(EMPLOYMENT_STATUSES, { error: 'validation.choice' })),
  employer: optionalText(200),
  occupation: optionalText(200),
  hardshipReason: nullable(z.enum(HARDSHIP_REASONS, { error: 'validation.choice' })),
  hardshipSince: nullable(IsoMonthOrDate),
  hardshipDetails: optionalText(5000),
  consentDate: nullable(IsoDate),
  consentScope: optionalText(500),
  consentRecordedBy: optionalText(100),
  closureReason: nullable(z.enum(CLOSURE_REASONS, { error: 'validation.choice' })),
  assignedCounsellor: optionalText(100),
};

/** Everything but the name may be left out when a case is opened. */
export const ClientCreateInput = z
  .object(clientFields)
  .partial()
  .extend({ name: PersonName, gender: Gender.default('unspecified'), status: ClientStatus.default('intake') })
  .strict()
  .superRefine((v, ctx) => checkIdAgainstType(v, ctx, true));

/** Fields left out stay as they are; `rev` is the revision the form was loaded at. */
export const ClientUpdateInput = z
  .object({
    id: Id,
    rev: z.number({ error: 'validation.number' }).int('validation.number').min(1, 'validation.number'),
    patch: z
      .object(clientFields)
      .partial()
      .strict()
      .superRefine((v, ctx) => checkIdAgainstType(v, ctx, false)),
    /** With a change of status: the day it really changed (default today). */
    statusDate: IsoDate.optional(),
  })
  .strict();

export const ClientSummary = z.object({
  id: z.number().int(),
  caseRef: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  idNumberMasked: z.string().nullable(),
  idType: z.enum(ID_TYPES),
  /** The case's region: its amounts are in that region's currency. */
  region: z.enum(REGIONS),
  status: ClientStatus,
  archived: z.boolean(),
  isDemo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ClientSummary = z.infer<typeof ClientSummary>;

export const ClientDetail = ClientSummary.extend({
  gender: Gender,
  email: z.string().nullable(),
  address: z.string().nullable(),
  notes: z.string().nullable(),
  rev: z.number().int(),
  householdAdults: z.number().int().nullable(),
  householdDependants: z.number().int().nullable(),
  employmentStatus: z.enum(EMPLOYMENT_STATUSES).nullable(),
  employer: z.string().nullable(),
  occupation: z.string().nullable(),
  hardshipReason: z.enum(HARDSHIP_REASONS).nullable(),
  hardshipSince: z.string().nullable(),
  hardshipDetails: z.string().nullable(),
  consentDate: z.string().nullable(),
  consentScope: z.string().nullable(),
  consentRecordedBy: z.string().nullable(),
  closureReason: z.enum(CLOSURE_REASONS).nullable(),
  assignedCounsellor: z.string().nullable(),
  /** Monthly disposable income from the latest statement; null until there is one. */
  disposableFen: z.number().int().nullable(),
});
export type ClientDetail = z.infer<typeof ClientDetail>;

export const CLIENT_SORTS = ['updatedAt', 'createdAt', 'name', 'caseRef', 'status'] as const;

export const ClientListInput = z
  .object({
    page: z.number({ error: 'validation.number' }).int('validation.number').min(1, 'validation.number').max(1_000_000, 'validation.number').default(1),
    pageSize: z.number({ error: 'validation.number' }).int('validation.number').min(1, 'validation.number').max(200, 'validation.number').default(50),
    sort: z.enum(CLIENT_SORTS, { error: 'validation.choice' }).default('updatedAt'),
    order: z.enum(['asc', 'desc'], { error: 'validation.choice' }).default('desc'),
    status: ClientStatus.optional(),
    archived: z.boolean({ error: 'validation.type' }).default(false),
    q: z.string({ error: 'validation.text' }).max(100, 'validation.tooLong').optional(),
  })
  .strict();
export type ClientListInput = z.output<typeof ClientListInput>;

export const ClientListOutput = z.object({
  items: z.array(ClientSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const ClientIdInput = z.object({ id: Id }).strict();
