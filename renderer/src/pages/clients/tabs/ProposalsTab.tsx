import type { ClientDetail } from '../../../../../shared/schemas/clients';

// Slot for the proposals capability (filled in by its work).
export function ProposalsTab({ client }: { client: ClientDetail }) {
  void client;
  return null;
}
