import type { ClientDetail } from '../../../../../shared/schemas/clients';

// Slot for the evidence capability (filled in by its work).
export function EvidenceTab({ client }: { client: ClientDetail }) {
  void client;
  return null;
}
