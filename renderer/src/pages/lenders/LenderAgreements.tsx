// Slot: offers and plan progress with this lender across all cases (agreements capability).
export function LenderAgreements({ lenderId }: { lenderId: number }) {
  void lenderId;
  return null;
}
