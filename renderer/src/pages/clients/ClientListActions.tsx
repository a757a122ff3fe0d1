// Slot: actions beside "new client" on the client list (import a handed-over case: cases capability).
export function ClientListActions() {
  return null;
}
