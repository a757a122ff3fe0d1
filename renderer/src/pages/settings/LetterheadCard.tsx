// Slot: settings for the letterhead and logo (letters capability).
export function LetterheadCard() {
  return null;
}
