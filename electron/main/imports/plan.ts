// From a grid and a column mapping to what an import would do: each row read into a client
// part and a debt part and checked with the same schemas the forms use (every error
// translated, on its field), rows of the same person gathered into one client, each client
// compared with the cases already here (same ID number, or same name and phone), and each
// lender name matched against the directory by name, alias or pinyin.
import { isValidIsoDate } from '../../../shared/domain/dates';
import { readMoney } from '../../../shared/domain/money';
import { maskIdNumber } from '../../../shared/domain/prc-id';
import { translate } from '../../../shared/i18n';
import { ClientCreateInput } from '../../../shared/schemas/clients';
import type { Locale } from '../../../shared/schemas/common';
import { DebtCreateInput, PRODUCT_TYPES } from '../../../shared/schemas/debts';
import { CLIENT_FIELDS, IMPORT_FIELDS, type ImportDuplicate, type ImportField, type ImportMapping, type ImportPreviewOutput, type ImportRowView } from '../../../shared/schemas/imports';
import { clientByIdNumber, clientByNameAndPhone } from '../db/clients';
import type { Db } from '../db/connection';
import { findNameOwners, lenderNamesWithPinyin } from '../db/lenders';
import { lenderNameKeys, nameKey } from '../text/lender-names';
import type { Grid, RawCell } from './read-file';

type ClientValues = ReturnType<typeof ClientCreateInput.parse>;
type DebtValues = ReturnType<typeof DebtCreateInput.parse>;

export interface PlannedRow {
  line: number;
  values: Partial<Record<ImportField, string>>;
  errors: { field: ImportField | null; message: string }[];
  client: ClientValues | null;
  /** The debt without client and lender ids (null when the row holds no debt). */
  debt: Omit<DebtValues, 'clientId' | 'lenderId'> | null;
  lenderName: string | null;
  /** The client group this row belongs to. */
  key: string | null;
}

export interface PlannedClient {
  key: string;
  values: ClientValues;
  rows: PlannedRow[];
  duplicate: ImportDuplicate | null;
}

export interface LenderMatch {
  name: string;
  lenderId: number | null;
  matched: string | null;
  matchedOn: 'name' | 'alias' | 'pinyin' | null;
}

export interface ImportPlan {
  rows: PlannedRow[];
  clients: PlannedClient[];
  lenders: LenderMatch[];
  missingRequired: ImportField[];
}

const DEBT_FIELD_OF: Partial<Record<string, ImportField>> = {
  productType: 'productType',
  accountRef: 'accountRef',
  loanDate: 'loanDate',
  borrowedFen: 'borrowed',
  principalFen: 'principal',
  interestFen: 'interest',
  penaltyFen: 'penalty',
  lateFeesFen: 'lateFees',
  otherFen: 'otherFees',
  firstMissedDate: 'firstMissedDate',
};
const MONEY_FIELDS = ['borrowed', 'principal', 'interest', 'penalty', 'lateFees', 'otherFees'] as const;
const DATE_FIELDS = ['loanDate', 'firstMissedDate'] as const;
const DEBT_FIELDS = IMPORT_FIELDS.filter((f) => !CLIENT_FIELDS.includes(f));

/** How a cell reads as text in the preview. */
export function cellText(cell: RawCell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return isoOfDate(cell);
  if (typeof cell === 'object') return cell.text;
  return String(cell).trim();
}

function isoOfDate(d: Date): string {
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** A number cell as an amount: float noise from a formula (1234.5600000000002) is rounded to the fen, anything finer is kept and refused. */
function numberText(n: number): string {
  const fen = Math.round(n * 100);
  return Math.abs(n * 100 - fen) < 1e-6 ? (fen / 100).toFixed(2) : String(n);
}

/** A date cell, an Excel serial number, or text as 2024-01-05, 2024/1/5, 2024.1.5, 2024年1月5日, 20240105. */
function dateOf(cell: RawCell): string | null {
  if (cell instanceof Date) return isoOfDate(cell);
  if (typeof cell === 'number') {
    // Excel's day numbers (1900 system): 25569 is 1970-01-01. Years 1955–2119 only.
    if (Number.isInteger(cell) && cell > 20000 && cell < 80000) return isoOfDate(new Date((cell - 25569) * 86_400_000));
    return null;
  }
  if (typeof cell !== 'string') return null;
  const s = cell.normalize('NFKC').trim();
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isValidIsoDate(iso) ? iso : null;
}

/** The product type from its code or its name in any of the three languages. */
function productTypeOf(text: string): string | null {
  const key = nameKey(text);
  for (const type of PRODUCT_TYPES) {
    if (key === type) return type;
    for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) if (nameKey(translate(locale, `debts.productTypes.${type}`)) === key) return type;
  }
  return null;
}

function readRow(cells: RawCell[], line: number, mapping: ImportMapping, locale: Locale): PlannedRow {
  const t = (key: string, params: Record<string, string | number> = {}) => translate(locale, key, params);
  const values: PlannedRow['values'] = {};
  const errors: PlannedRow['errors'] = [];
  const cellOf = (field: ImportField): RawCell => {
    const column = mapping[field];
    return column === null || column === undefined ? null : (cells[column] ?? null);
  };
  for (const field of IMPORT_FIELDS) {
    const cell = cellOf(field);
    const text = cellText(cell);
    if (text) values[field] = text;
    if (cell !== null && typeof cell === 'object' && !(cell instanceof Date)) {
      errors.push({ field, message: t(cell.problem === 'formulaWithoutValue' ? 'imports.errors.formulaWithoutValue' : 'imports.errors.errorValue', { cell: cell.text }) });
    }
  }
  const text = (field: ImportField) => (errors.some((e) => e.field === field) ? undefined : values[field]);

  // The client part, checked as the client form checks it.
  const idCell = cellOf('idNumber');
  if (typeof idCell === 'number') errors.push({ field: 'idNumber', message: t('imports.errors.idAsNumber') });
  const clientInput: Record<string, string> = { name: text('name') ?? '' };
  for (const f of ['idNumber', 'phone', 'address', 'notes'] as const) {
    const v = f === 'idNumber' && typeof idCell === 'number' ? undefined : text(f);
    if (v !== undefined) clientInput[f] = v;
  }
  const client = ClientCreateInput.safeParse(clientInput);
  if (!client.success) for (const issue of client.error.issues) errors.push({ field: (issue.path[0] as ImportField) ?? null, message: t(issue.message) });

  // The debt part, when the row has one.
  const hasDebt = DEBT_FIELDS.some((f) => values[f] !== undefined);
  let debt: PlannedRow['debt'] = null;
  const lenderName = text('lender')?.normalize('NFC').replace(/\s+/g, ' ').trim() ?? null;
  if (hasDebt) {
    if (!lenderName) errors.push({ field: 'lender', message: t('imports.errors.lenderRequired') });
    const input: Record<string, unknown> = { clientId: 1, lenderId: 1 };
    for (const f of MONEY_FIELDS) {
      const cell = cellOf(f);
      const raw = text(f);
      if (raw === undefined) continue;
      // The money boxes' own reader, with its reason when the text is not an amount.
      const read = readMoney(typeof cell === 'number' ? numberText(cell) : raw);
      if ('problem' in read) errors.push({ field: f, message: t('imports.errors.amount', { value: raw, reason: t(`money.problems.${read.problem}`) }) });
      else input[f === 'otherFees' ? 'otherFen' : `${f}Fen`] = read.fen;
    }
    for (const f of DATE_FIELDS) {
      const raw = text(f);
      if (raw === undefined) continue;
      const iso = dateOf(cellOf(f));
      if (iso === null) errors.push({ field: f, message: t('imports.errors.date', { value: raw }) });
      else input[f] = iso;
    }
    const type = text('productType');
    if (type !== undefined) {
      const code = productTypeOf(type);
      if (code === null) errors.push({ field: 'productType', message: t('imports.errors.productType', { value: type }) });
      else input.productType = code;
    }
    const account = text('accountRef');
    if (account !== undefined) input.accountRef = account;
    const parsed = DebtCreateInput.safeParse(input);
    if (parsed.success) {
      const { clientId: _c, lenderId: _l, ...rest } = parsed.data;
      debt = rest;
    } else {
      for (const issue of parsed.error.issues) errors.push({ field: DEBT_FIELD_OF[String(issue.path[0])] ?? null, message: t(issue.message) });
    }
  }
  const c = client.success ? client.data : null;
  const key = c ? (c.idNumber ? `id:${c.idNumber}` : c.phone ? `np:${c.name}|${c.phone}` : `n:${c.name}`) : null;
  return { line, values, errors, client: c, debt, lenderName: hasDebt ? lenderName : null, key };
}

/** Matches each lender name of the sheet: by name or alias (as the directory compares names), then by pinyin. */
export function matchLenderNames(db: Db, names: readonly string[]): LenderMatch[] {
  const owners = findNameOwners(db, names, null);
  let byPinyin: Map<string, { lenderId: number; lenderName: string }> | null = null;
  return names.map((name) => {
    const owner = owners.get(name);
    if (owner) return { name, lenderId: owner.lenderId, matched: owner.lenderName, matchedOn: owner.name === owner.lenderName ? 'name' : 'alias' };
    byPinyin ??= new Map(lenderNamesWithPinyin(db).map((r) => [r.pinyin, r]));
    // 招商銀行 and zhaoshang yinhang find 招商银行; short keys would match by chance.
    for (const type of ['bank', 'online_platform'] as const) {
      const key = lenderNameKeys(name, type).full;
      const hit = key.length >= 6 ? byPinyin.get(key) : undefined;
      if (hit) return { name, lenderId: hit.lenderId, matched: hit.lenderName, matchedOn: 'pinyin' };
    }
    return { name, lenderId: null, matched: null, matchedOn: null };
  });
}

/** What the sheet says, read and checked on its own: the part of a plan that depends only on the file, mapping and language. */
export type SheetReading = Omit<ImportPlan, 'lenders'>;

/** Reads and checks every row and gathers the clients; no database involved, so it can be kept between preview and commit. */
export function readSheet(grid: Grid, mapping: ImportMapping, locale: Locale): SheetReading {
  const t = (key: string, params: Record<string, string | number> = {}) => translate(locale, key, params);
  const missingRequired: ImportField[] = [];
  if (mapping.name === undefined || mapping.name === null) missingRequired.push('name');
  if (DEBT_FIELDS.some((f) => f !== 'lender' && mapping[f] !== undefined && mapping[f] !== null) && (mapping.lender === undefined || mapping.lender === null)) {
    missingRequired.push('lender');
  }
  const rows = grid.rows.slice(1).map((cells, i) => readRow(cells, i + 2, mapping, locale));

  // Rows of the same person become one client; an ID number given twice with two names is an error.
  const groups = new Map<string, PlannedClient>();
  for (const row of rows) {
    if (!row.key || !row.client) continue;
    const group = groups.get(row.key);
    if (!group) {
      groups.set(row.key, { key: row.key, values: { ...row.client }, rows: [row], duplicate: null });
      continue;
    }
    if (group.values.name !== row.client.name) {
      row.errors.push({ field: 'name', message: t('imports.errors.sameIdOtherName', { line: group.rows[0]!.line, name: group.values.name }) });
      continue;
    }
    group.rows.push(row);
    // The first value given for each field counts (an address on one row of several).
    for (const [k, v] of Object.entries(row.client) as [keyof ClientValues, unknown][]) {
      if ((group.values[k] === null || group.values[k] === undefined) && v !== null && v !== undefined) (group.values as Record<string, unknown>)[k] = v;
    }
  }

  return { rows, clients: [...groups.values()], missingRequired };
}

/** The plan against the database as it is now: clients already here, lenders matched. */
export function planImport(db: Db, reading: SheetReading): ImportPlan {
  const { rows, clients, missingRequired } = reading;
  for (const c of clients) {
    c.duplicate = null;
    const byId = c.values.idNumber ? clientByIdNumber(db, c.values.idNumber) : undefined;
    const byNamePhone = !byId && c.values.phone ? clientByNameAndPhone(db, c.values.name, c.values.phone) : undefined;
    const existing = byId ?? byNamePhone;
    if (existing) {
      c.duplicate = {
        // Named by its first row, so no ID number travels to the renderer as a key.
        key: `row${c.rows[0]!.line}`,
        name: c.values.name,
        lines: c.rows.map((r) => r.line),
        reason: byId ? 'idNumber' : 'namePhone',
        existing: { id: existing.id, caseRef: existing.case_ref, name: existing.name },
        choices: byId ? ['skip', 'addDebts'] : ['skip', 'addDebts', 'new'],
      };
    }
  }

  const lenderNames = [...new Set(rows.map((r) => r.lenderName).filter((n): n is string => !!n))];
  return { rows, clients, lenders: matchLenderNames(db, lenderNames), missingRequired };
}

/** The preview: counts, every row with an error first (up to a limit), then the first rows; duplicates, lenders. */
export function previewOf(plan: ImportPlan, firstRows = 20, maxRows = 300): ImportPreviewOutput {
  // ID numbers are shown masked, as everywhere else in the app.
  const view = (r: PlannedRow): ImportRowView => ({
    line: r.line,
    values: r.values.idNumber ? { ...r.values, idNumber: maskIdNumber(r.values.idNumber) } : r.values,
    errors: r.errors,
  });
  const wrong = plan.rows.filter((r) => r.errors.length > 0).slice(0, maxRows);
  const shown = [...wrong, ...plan.rows.slice(0, firstRows).filter((r) => r.errors.length === 0)];
  return {
    totalRows: plan.rows.length,
    clients: plan.clients.length,
    debts: plan.rows.filter((r) => r.debt !== null).length,
    errorRows: plan.rows.filter((r) => r.errors.length > 0).length,
    rows: shown.map(view),
    duplicates: plan.clients.flatMap((c) => (c.duplicate ? [c.duplicate] : [])),
    lenders: plan.lenders.map((l) => ({ name: l.name, matched: l.matched, matchedOn: l.matchedOn })),
    missingRequired: plan.missingRequired,
  };
}
