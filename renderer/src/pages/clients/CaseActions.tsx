import type { ClientDetail } from '../../../../shared/schemas/clients';

// Slot: case-level actions in the client page header (hand-over export, purge: cases capability).
export function CaseActions({ client }: { client: ClientDetail }) {
  void client;
  return null;
}
