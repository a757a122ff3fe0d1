import type { ClientDetail } from '../../../../../shared/schemas/clients';

// Slot for the contacts capability (filled in by its work).
export function TimelineTab({ client }: { client: ClientDetail }) {
  void client;
  return null;
}
