// Slot: one letter – edit, preview, finalise, send (letters capability).
export function LetterPage({ id }: { id: number }) {
  void id;
  return null;
}
