import { z } from 'zod';
import { Id, IsoDate, IsoTimestamp, Locale } from './common';
import { Fen } from './money';
import type { Region } from '../domain/region';

// Letters: the types a counsellor drafts, the merge fields a template may use, the small
// structured body (paragraphs of plain text – data, never markup – lists, a table of amounts) shared by templates
// and letters, and the IPC inputs and outputs. The field syntax is {{group.name}}; the
// parser here is the one both the editor (inline errors) and the main process (refusal) use.

export const LETTER_TYPES = [
  'hardship',
  'instalment',
  'extension',
  'waiver',
  'card_instalment',
  'settlement',
  'verification',
  'complaint',
  'credit_dispute',
  'phone_confirmation',
  'holding',
  'chase',
  'reconsider',
  'revised_offer',
  'variation_lower',
  'variation_hold',
] as const;
export type LetterType = (typeof LETTER_TYPES)[number];
export const LetterTypeSchema = z.enum(LETTER_TYPES, { error: 'validation.choice' });

/**
 * Letter types that only exist in some regions (every other type fits every region).
 * 停息挂账 – a card issuer's personalised instalment plan under the mainland's card rules –
 * is a mainland practice: Taiwan's route is 前置協商 through the largest creditor bank, Hong
 * Kong's a debt relief plan or an IVA, and the negotiation letter (hardship) names them there.
 */
export const LETTER_TYPE_REGIONS: Partial<Record<LetterType, readonly Region[]>> = { card_instalment: ['cn'] };

/** Whether a case of this region is offered the letter type. */
export function letterTypeFits(type: LetterType, region: Region): boolean {
  return LETTER_TYPE_REGIONS[type]?.includes(region) ?? true;
}

/** The letter types offered for a case of the region, in their usual order (every type outside a case). */
export function letterTypesFor(region: Region | null): LetterType[] {
  return region === null ? [...LETTER_TYPES] : LETTER_TYPES.filter((t) => letterTypeFits(t, region));
}

export const LETTER_STATUSES = ['draft', 'final', 'sent'] as const;
export type LetterStatus = (typeof LETTER_STATUSES)[number];

// -- merge fields ------------------------------------------------------------------------------

export type FieldKind = 'text' | 'money' | 'date' | 'integer';

/** The catalogue of merge fields; labels are i18n keys letters.fields.<path>. */
export const MERGE_FIELDS = [
  { path: 'client.name', kind: 'text' },
  { path: 'client.idMasked', kind: 'text' },
  { path: 'client.phone', kind: 'text' },
  { path: 'client.address', kind: 'text' },
  { path: 'client.caseRef', kind: 'text' },
  { path: 'client.hardship', kind: 'text' },
  { path: 'lender.name', kind: 'text' },
  { path: 'debt.accountRef', kind: 'text' },
  { path: 'debt.court', kind: 'text' },
  { path: 'debt.caseNumber', kind: 'text' },
  { path: 'debt.principal', kind: 'money' },
  { path: 'debt.interest', kind: 'money' },
  { path: 'debt.penalty', kind: 'money' },
  { path: 'debt.fees', kind: 'money' },
  { path: 'debt.outstanding', kind: 'money' },
  { path: 'debt.daysOverdue', kind: 'integer' },
  { path: 'debt.firstMissedDate', kind: 'date' },
  /** The APR by the IRR method, printed with its label: 年化利率（IRR法）33.67%. */
  { path: 'debt.annualRate', kind: 'text' },
  { path: 'proposal.monthly', kind: 'money' },
  { path: 'proposal.months', kind: 'integer' },
  { path: 'proposal.total', kind: 'money' },
  { path: 'proposal.saving', kind: 'money' },
  { path: 'proposal.settlementAmount', kind: 'money' },
  { path: 'proposal.startDate', kind: 'date' },
  /** A variation request for an active agreement (filled when the request is drafted). */
  { path: 'variation.monthly', kind: 'money' },
  { path: 'variation.holdMonths', kind: 'integer' },
  { path: 'variation.fromDate', kind: 'date' },
  { path: 'counsellor.name', kind: 'text' },
  /**
   * Worded by the case's region: its debt-negotiation route (Taiwan's 前置協商, Hong Kong's
   * debt relief plan / IVA; nothing for the mainland and Macau, whose letters say it already),
   * and who regulates lenders there (12378 on the mainland, 金管會 in Taiwan, the HKMA…),
   * and who keeps the credit records a credit-report dispute is about (the PBoC's credit
   * reference center, Taiwan's JCIC 聯徵中心, a Hong Kong credit reference agency such as
   * TransUnion, Macau's 信貸資料平台).
   */
  { path: 'region.route', kind: 'text' },
  { path: 'region.regulator', kind: 'text' },
  { path: 'region.creditBureau', kind: 'text' },
  { path: 'today', kind: 'date' },
] as const satisfies readonly { path: string; kind: FieldKind }[];
export type MergeFieldPath = (typeof MERGE_FIELDS)[number]['path'];
export const MERGE_FIELD_PATHS: readonly string[] = MERGE_FIELDS.map((f) => f.path);
export const FIELD_GROUPS = ['client', 'lender', 'debt', 'proposal', 'variation', 'counsellor', 'region', 'today'] as const;

export function isMergeField(path: string): path is MergeFieldPath {
  return MERGE_FIELD_PATHS.includes(path);
}

/** i18n key of a field's label (nested: letters.fields.client.name). */
export function fieldLabelKey(path: string): string {
  return `letters.fields.${path}`;
}

export type TextToken = { kind: 'text'; text: string } | { kind: 'field'; path: string; offset: number; length: number };

const FIELD = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Splits text into literal runs and {{field}} references (offsets into the text). */
export function tokenize(text: string): TextToken[] {
  const out: TextToken[] = [];
  let last = 0;
  for (const m of text.matchAll(FIELD)) {
    const at = m.index;
    if (at > last) out.push({ kind: 'text', text: text.slice(last, at) });
    out.push({ kind: 'field', path: m[1]!, offset: at, length: m[0].length });
    last = at + m[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

export interface FieldIssue {
  /** 'unknown' field name, or 'unclosed' braces. */
  problem: 'unknown' | 'unclosed';
  field: string;
  /** Where: 'title', 'salutation', 'blocks.2', 'blocks.2.items.0', 'enclosures.1'. */
  location: string;
  /** Character offset in that text (0-based), and 1-based line and column. */
  offset: number;
  line: number;
  column: number;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** Unknown fields and stray braces in one piece of text. */
export function textIssues(text: string, location: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const covered: [number, number][] = [];
  for (const t of tokenize(text)) {
    if (t.kind !== 'field') continue;
    covered.push([t.offset, t.offset + t.length]);
    if (!isMergeField(t.path)) issues.push({ problem: 'unknown', field: t.path, location, offset: t.offset, ...lineColumn(text, t.offset) });
  }
  // "{{" or "}}" that is not part of a complete reference.
  for (const m of text.matchAll(/\{\{|\}\}/g)) {
    const at = m.index;
    if (covered.some(([a, b]) => at >= a && at < b)) continue;
    issues.push({ problem: 'unclosed', field: text.slice(at, at + 24), location, offset: at, ...lineColumn(text, at) });
  }
  return issues.sort((a, b) => a.offset - b.offset);
}

// -- body model -------------------------------------------------------------------------------

const BlockText = z.string({ error: 'validation.text' }).max(10_000, 'validation.tooLong');

export const AmountRow = z.object({ label: z.string().min(1, 'validation.required').max(200, 'validation.tooLong'), amountFen: Fen }).strict();

/**
 * One block of a body. In a template an amounts block has no rows: they are generated from
 * the debt (or all the lender's debts) when a letter is drafted; in a letter it holds them.
 */
export const Block = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('paragraph'), text: BlockText }).strict(),
  z.object({ kind: z.literal('list'), ordered: z.boolean(), items: z.array(BlockText).min(1, 'validation.required').max(50, 'validation.tooLong') }).strict(),
  z.object({ kind: z.literal('amounts'), rows: z.array(AmountRow).max(50, 'validation.tooLong').optional(), total: z.boolean().optional() }).strict(),
]);
export type Block = z.infer<typeof Block>;

export const Body = z
  .object({
    salutation: z.string().max(500, 'validation.tooLong'),
    blocks: z.array(Block).max(200, 'validation.tooLong'),
    enclosures: z.array(z.string().min(1, 'validation.required').max(300, 'validation.tooLong')).max(30, 'validation.tooLong'),
    /** Set when a letter is made final: the signature and date it was signed with. */
    signature: z.object({ name: z.string(), idMasked: z.string().optional(), contact: z.string().optional() }).strict().optional(),
    date: IsoDate.optional(),
  })
  .strict();
export type Body = z.infer<typeof Body>;

export const Title = z.string({ error: 'validation.text' }).trim().min(1, 'validation.required').max(200, 'validation.tooLong');

/** Every field issue in a title and body, in reading order. */
export function bodyIssues(title: string, body: Body): FieldIssue[] {
  const issues: FieldIssue[] = [...textIssues(title, 'title'), ...textIssues(body.salutation, 'salutation')];
  body.blocks.forEach((b, i) => {
    if (b.kind === 'paragraph') issues.push(...textIssues(b.text, `blocks.${i}`));
    if (b.kind === 'list') b.items.forEach((item, j) => issues.push(...textIssues(item, `blocks.${i}.items.${j}`)));
    if (b.kind === 'amounts') b.rows?.forEach((r, j) => issues.push(...textIssues(r.label, `blocks.${i}.rows.${j}`)));
  });
  body.enclosures.forEach((e, i) => issues.push(...textIssues(e, `enclosures.${i}`)));
  return issues;
}

/** Every known field a title and body refer to. */
export function fieldsUsed(title: string, body: Body): string[] {
  const seen = new Set<string>();
  const visit = (text: string) => tokenize(text).forEach((t) => t.kind === 'field' && isMergeField(t.path) && seen.add(t.path));
  visit(title);
  visit(body.salutation);
  for (const b of body.blocks) {
    if (b.kind === 'paragraph') visit(b.text);
    if (b.kind === 'list') b.items.forEach(visit);
    if (b.kind === 'amounts') b.rows?.forEach((r) => visit(r.label));
  }
  body.enclosures.forEach(visit);
  return [...seen];
}

// -- views and IPC ----------------------------------------------------------------------------

export const TemplateSummary = z.object({
  id: Id,
  type: LetterTypeSchema,
  locale: Locale,
  name: z.string(),
  title: z.string(),
  currentVersion: z.number().int(),
  isDefault: z.boolean(),
  rev: z.number().int(),
  updatedAt: IsoTimestamp,
});
export type TemplateSummary = z.infer<typeof TemplateSummary>;

export const TemplateVersionView = z.object({
  id: Id,
  version: z.number().int(),
  name: z.string(),
  title: z.string(),
  body: Body,
  createdAt: IsoTimestamp,
  createdBy: z.string(),
});
export type TemplateVersionView = z.infer<typeof TemplateVersionView>;

export const TemplateDetail = TemplateSummary.extend({
  versionId: Id,
  body: Body,
  versions: z.array(TemplateVersionView.omit({ body: true })),
});
export type TemplateDetail = z.infer<typeof TemplateDetail>;

export const TemplateListInput = z.object({ type: LetterTypeSchema.optional(), locale: Locale.optional() }).strict().optional();
export const TemplateGetInput = z.object({ id: Id, version: z.number().int().positive().optional() }).strict();
export const TemplateSaveInput = z
  .object({
    id: Id,
    rev: z.number().int().positive(),
    name: z.string().trim().min(1, 'validation.required').max(100, 'validation.tooLong'),
    title: Title,
    body: Body,
  })
  .strict();
export const TemplateRestoreInput = z.object({ id: Id, rev: z.number().int().positive() }).strict();

export const FieldCatalogue = z.array(z.object({ path: z.string(), group: z.string(), kind: z.enum(['text', 'money', 'date', 'integer']) }));

export const LetterSummary = z.object({
  id: Id,
  clientId: Id,
  clientName: z.string(),
  caseRef: z.string(),
  debtId: Id.nullable(),
  lenderId: Id.nullable(),
  lenderName: z.string().nullable(),
  type: LetterTypeSchema,
  locale: Locale,
  title: z.string(),
  status: z.enum(LETTER_STATUSES),
  templateVersionId: Id.nullable(),
  finalisedAt: IsoTimestamp.nullable(),
  sentAt: IsoTimestamp.nullable(),
  rev: z.number().int(),
  createdAt: IsoTimestamp,
  updatedAt: IsoTimestamp,
});
export type LetterSummary = z.infer<typeof LetterSummary>;

export const LetterDetail = LetterSummary.extend({
  body: Body,
  pdfFileId: Id.nullable(),
  pdfSha256: z.string().nullable(),
  sentContactId: Id.nullable(),
  /** Fields this letter uses that have no value for the case (they block "final"). */
  missingFields: z.array(z.string()),
  /** Enclosures the letter names that the lender's packet would not hold (a warning before "final"). */
  enclosuresNotInPacket: z.array(z.string()),
  templateVersion: z.number().int().nullable(),
});
export type LetterDetail = z.infer<typeof LetterDetail>;

export const LetterListInput = z
  .object({ clientId: Id.optional(), status: z.enum(LETTER_STATUSES).optional(), type: LetterTypeSchema.optional(), lenderId: Id.optional() })
  .strict()
  .optional();
export const LetterIdInput = z.object({ id: Id }).strict();
export const LetterRevInput = z.object({ id: Id, rev: z.number().int().positive() }).strict();
export const LetterDraftInput = z
  .object({ clientId: Id, debtId: Id.optional(), lenderId: Id.optional(), type: LetterTypeSchema, locale: Locale })
  .strict()
  .refine((v) => v.debtId !== undefined || v.lenderId !== undefined, { message: 'validation.required', path: ['lenderId'] });
export const LetterDraftAllInput = z
  .object({ clientId: Id, type: LetterTypeSchema, locale: Locale, includeExisting: z.boolean().optional() })
  .strict();
export const LetterDraftAllOutput = z.object({
  created: z.array(LetterSummary),
  skipped: z.array(z.object({ lenderId: Id, lenderName: z.string(), letterId: Id })),
});
export const LetterUpdateInput = z.object({ id: Id, rev: z.number().int().positive(), title: Title, body: Body }).strict();
export const LetterSentInput = z.object({ id: Id, rev: z.number().int().positive(), date: IsoDate.optional() }).strict();

/** What the preview shows: the letter resolved for the case, missing fields as placeholders. */
export const PreviewSpan = z.object({ text: z.string(), bold: z.boolean().optional(), missing: z.boolean().optional() });
export const PreviewBlock = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('paragraph'), spans: z.array(PreviewSpan) }),
  z.object({ kind: z.literal('list'), ordered: z.boolean(), items: z.array(z.array(PreviewSpan)) }),
  z.object({
    kind: z.literal('amounts'),
    headers: z.tuple([z.string(), z.string()]),
    rows: z.array(z.object({ label: z.string(), amount: z.string() })),
    totalLabel: z.string(),
    total: z.string().nullable(),
  }),
]);
export const LetterPreview = z.object({
  locale: Locale,
  title: z.array(PreviewSpan),
  salutation: z.array(PreviewSpan),
  blocks: z.array(PreviewBlock),
  closing: z.object({ lead: z.string(), salute: z.string() }),
  /** 附件： / Enclosures: in the letter's language. */
  enclosuresLabel: z.string(),
  signature: z.array(z.string()),
  date: z.string(),
  enclosures: z.array(z.array(PreviewSpan)),
  caseReference: z.string(),
  missingFields: z.array(z.string()),
});
export type LetterPreview = z.infer<typeof LetterPreview>;

export const PdfActionOutput = z.object({ done: z.boolean(), path: z.string().nullable() });
