// Slot: conduct incidents recorded against this lender across all cases (contacts capability).
export function LenderIncidents({ lenderId }: { lenderId: number }) {
  void lenderId;
  return null;
}
