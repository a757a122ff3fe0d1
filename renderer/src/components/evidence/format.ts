import type { AttachmentKind } from '../../../../shared/schemas/evidence';

/** 1234567 -> '1.2 MB'. Units are the same in every UI language. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} KB`;
  return `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

export const KIND_COLORS: Record<AttachmentKind, string> = {
  income_proof: 'green',
  unemployment_proof: 'green',
  medical_record: 'gold',
  family_proof: 'gold',
  bank_statement: 'geekblue',
  expense_proof: 'cyan',
  hardship_proof: 'gold',
  contract: 'blue',
  account_statement: 'geekblue',
  collection_evidence: 'red',
  correspondence: 'purple',
  identity: 'default',
  other: 'default',
};
