import { z } from 'zod';
import { checkIdNumber, normaliseIdNumber } from '../domain/prc-id';
import { isValidPersonName, normaliseName } from '../domain/person-name';
import { isValidPhone, normalisePhone } from '../domain/phone';
import { Id, optionalText } from './common';

export const CLIENT_STATUSES = ['intake', 'assessment', 'negotiating', 'plan_active', 'closed'] as const;
export const ClientStatus = z.enum(CLIENT_STATUSES, { error: 'validation.choice' });
export type ClientStatus = z.infer<typeof ClientStatus>;

export const GENDERS = ['unspecified', 'female', 'male'] as const;
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

const IdNumber = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
  z
    .string({ error: 'validation.text' })
    .max(40, 'validation.tooLong')
    .transform(normaliseIdNumber)
    .superRefine((id, ctx) => {
      const problem = checkIdNumber(id);
      if (problem) ctx.addIssue({ code: 'custom', message: `validation.idNumber.${problem}` });
    })
    .nullable(),
);

const Email = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? null : typeof v === 'string' ? v.trim() : v),
  z.email({ error: 'validation.email' }).max(200, 'validation.tooLong').nullable(),
);

const clientFields = {
  name: PersonName,
  gender: Gender,
  phone: Phone,
  idNumber: IdNumber,
  email: Email,
  address: optionalText(500),
  status: ClientStatus,
  notes: optionalText(20_000),
};

export const ClientCreateInput = z
  .object({
    ...clientFields,
    gender: Gender.default('unspecified'),
    phone: Phone.optional(),
    idNumber: IdNumber.optional(),
    email: Email.optional(),
    address: optionalText(500).optional(),
    status: ClientStatus.default('intake'),
    notes: optionalText(20_000).optional(),
  })
  .strict();

/** Fields left out stay as they are; `rev` is the revision the form was loaded at. */
export const ClientUpdateInput = z
  .object({
    id: Id,
    rev: z.number({ error: 'validation.number' }).int('validation.number').min(1, 'validation.number'),
    patch: z.object(clientFields).partial().strict(),
  })
  .strict();

export const ClientSummary = z.object({
  id: z.number().int(),
  caseRef: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  idNumberMasked: z.string().nullable(),
  status: ClientStatus,
  archived: z.boolean(),
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
