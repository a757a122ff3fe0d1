import type { DebtView } from '../../../../../shared/schemas/debts';

// Slot: draft a letter about this debt (letters capability).
export function DebtLetterAction({ debt }: { debt: DebtView }) {
  void debt;
  return null;
}
