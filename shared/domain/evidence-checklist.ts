// Evidence checklists: which documents a case should have for one lender, and which of them
// are on file. Pure: the capability gathers the inputs (the remedies the latest proposal asks
// of the lender, the client's hardship reason, misconduct incidents with the lender, the
// lender's own rules, what accepted offers of this lender carried, the case's attachments)
// and this decides.
//
// An item is a kind of attachment. A few kinds stand in for others: proof of unemployment
// is proof of income (none), and unemployment, medical and family papers are all proof of
// hardship. The lender's contract, its statement of account and evidence of its collectors'
// conduct count only when they hang on that lender's debt or contact.
import type { AttachmentKind } from '../schemas/evidence';
import type { Remedy } from '../schemas/remedies';

export const CHECKLIST_ITEMS = [
  'identity',
  'income_proof',
  'expense_proof',
  'bank_statement',
  'hardship_proof',
  'medical_record',
  'family_proof',
  'contract',
  'account_statement',
  'collection_evidence',
] as const satisfies readonly AttachmentKind[];
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];

/** Items that belong to one lender: a file counts only on that lender's debt or contact. */
export const LENDER_ITEMS: ReadonlySet<ChecklistItem> = new Set(['contract', 'account_statement', 'collection_evidence']);

/** The kinds of file that tick an item. */
export const SATISFIED_BY: Record<ChecklistItem, readonly AttachmentKind[]> = {
  identity: ['identity'],
  income_proof: ['income_proof', 'unemployment_proof'],
  expense_proof: ['expense_proof'],
  bank_statement: ['bank_statement'],
  hardship_proof: ['hardship_proof', 'unemployment_proof', 'medical_record', 'family_proof'],
  medical_record: ['medical_record'],
  family_proof: ['family_proof'],
  contract: ['contract'],
  account_statement: ['account_statement'],
  collection_evidence: ['collection_evidence'],
};

/** The item a kind of file was learned as (what accepted offers carried), if any. */
export function itemOfKind(kind: AttachmentKind): ChecklistItem | null {
  if (kind === 'unemployment_proof') return 'income_proof';
  return (CHECKLIST_ITEMS as readonly string[]).includes(kind) ? (kind as ChecklistItem) : null;
}

/**
 * What each remedy needs by default – what a lender usually asks before it agrees:
 * an extension or a hold needs the hardship shown; instalments need the budget shown;
 * a waiver or a settlement needs the debt itself shown (contract, statement of account)
 * and the money; a card plan (停息挂账) is asked with ID, income and hardship.
 */
export const REMEDY_DEFAULTS: Record<Remedy, readonly ChecklistItem[]> = {
  extension: ['income_proof', 'hardship_proof', 'account_statement'],
  instalments: ['income_proof', 'expense_proof', 'bank_statement', 'account_statement'],
  waiver: ['income_proof', 'hardship_proof', 'bank_statement', 'contract', 'account_statement'],
  settlement: ['bank_statement', 'contract', 'account_statement'],
  card_instalments: ['identity', 'income_proof', 'hardship_proof', 'bank_statement', 'account_statement'],
  hardship: ['income_proof', 'hardship_proof', 'expense_proof'],
};

/** Without a proposal for the lender yet: what any negotiation starts from. */
export const BASE_ITEMS: readonly ChecklistItem[] = ['income_proof', 'account_statement'];

/** A learned item: at least this many accepted offers of the remedy, and at least half of them, carried it. */
export const LEARNED_MIN_OFFERS = 2;

export type ItemSource = 'remedy' | 'case' | 'lender' | 'learned';
export type LenderRule = 'require' | 'skip';

export interface ChecklistFile {
  kind: AttachmentKind;
  fileName: string;
  /** The file hangs on this lender's debt or contact (not only on the case). */
  onLender: boolean;
}

export interface ChecklistInput {
  remedies: readonly Remedy[];
  hardshipReason: string | null;
  /** Misconduct incidents with this lender recorded in the case. */
  incidents: number;
  rules: readonly { kind: string; rule: LenderRule }[];
  /** From evidenceOnAcceptedOffers for this lender. */
  learned: { accepted: readonly { remedy: Remedy; offers: number }[]; byKind: readonly { remedy: Remedy; kind: AttachmentKind; offers: number }[] };
  /** The case's files this lender may see: general ones and those on this lender's debts or contacts. */
  files: readonly ChecklistFile[];
}

export interface ChecklistEntry {
  item: ChecklistItem;
  source: ItemSource;
  /** For a learned item: how many accepted offers carried it, of how many. */
  learned: { offers: number; of: number } | null;
  done: boolean;
  /** The files that tick it. */
  files: string[];
}

/** The checklist for one lender of one case: items in catalogue order, each ticked or not. */
export function checklistFor(input: ChecklistInput): ChecklistEntry[] {
  const sources = new Map<ChecklistItem, { source: ItemSource; learned: ChecklistEntry['learned'] }>();
  const add = (item: ChecklistItem, source: ItemSource, learned: ChecklistEntry['learned'] = null) => {
    if (!sources.has(item)) sources.set(item, { source, learned });
  };
  const rules = new Map(input.rules.map((r) => [r.kind, r.rule] as const));
  for (const [kind, rule] of rules) if (rule === 'require' && (CHECKLIST_ITEMS as readonly string[]).includes(kind)) add(kind as ChecklistItem, 'lender');
  for (const remedy of input.remedies) for (const item of REMEDY_DEFAULTS[remedy]) add(item, 'remedy');
  if (input.remedies.length === 0) for (const item of BASE_ITEMS) add(item, 'remedy');
  if (input.hardshipReason === 'illness') add('medical_record', 'case');
  if (input.hardshipReason === 'family_event') add('family_proof', 'case');
  if (input.incidents > 0) add('collection_evidence', 'case');
  // Learned: what accepted offers of the same remedies (any remedy, without a proposal) mostly carried.
  const relevant = input.remedies.length > 0 ? new Set(input.remedies) : null;
  const of = input.learned.accepted.filter((a) => !relevant || relevant.has(a.remedy)).reduce((s, a) => s + a.offers, 0);
  const carried = new Map<ChecklistItem, number>();
  for (const k of input.learned.byKind) {
    if (relevant && !relevant.has(k.remedy)) continue;
    const item = itemOfKind(k.kind);
    if (item) carried.set(item, (carried.get(item) ?? 0) + k.offers);
  }
  for (const [item, offers] of carried) {
    const n = Math.min(offers, of);
    if (n >= LEARNED_MIN_OFFERS && n * 2 >= of) add(item, 'learned', { offers: n, of });
  }
  const out: ChecklistEntry[] = [];
  for (const item of CHECKLIST_ITEMS) {
    const s = sources.get(item);
    if (!s || rules.get(item) === 'skip') continue;
    const kinds = SATISFIED_BY[item];
    const files = input.files.filter((f) => kinds.includes(f.kind) && (!LENDER_ITEMS.has(item) || f.onLender)).map((f) => f.fileName);
    out.push({ item, source: s.source, learned: s.learned, done: files.length > 0, files });
  }
  return out;
}
