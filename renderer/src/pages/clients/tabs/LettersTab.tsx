import type { ClientDetail } from '../../../../../shared/schemas/clients';

// Slot for the letters capability (filled in by its work).
export function LettersTab({ client }: { client: ClientDetail }) {
  void client;
  return null;
}
