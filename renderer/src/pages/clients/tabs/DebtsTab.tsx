import type { ClientDetail } from '../../../../../shared/schemas/clients';

// PLACEHOLDER while this tab is being built in this session.
export function DebtsTab({ client }: { client: ClientDetail }) {
  return <div data-testid="debts-tab-pending">{client.caseRef}</div>;
}
