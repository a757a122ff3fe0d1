// Slot: settings for retention period and purge of closed cases (cases capability).
export function RetentionCard() {
  return null;
}
