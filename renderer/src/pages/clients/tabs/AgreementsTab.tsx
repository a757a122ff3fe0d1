import type { ClientDetail } from '../../../../../shared/schemas/clients';

// Slot for the agreements capability (filled in by its work).
export function AgreementsTab({ client }: { client: ClientDetail }) {
  void client;
  return null;
}
