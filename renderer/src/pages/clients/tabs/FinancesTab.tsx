import type { ClientDetail } from '../../../../../shared/schemas/clients';

// PLACEHOLDER while this tab is being built in this session.
export function FinancesTab({ client }: { client: ClientDetail }) {
  return <div data-testid="finances-tab-pending">{client.caseRef}</div>;
}
