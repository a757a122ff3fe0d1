import type { DebtView } from '../../../../../shared/schemas/debts';

// Slot: quick entry of a contact about this debt (contacts capability).
export function DebtContactAction({ debt }: { debt: DebtView }) {
  void debt;
  return null;
}
