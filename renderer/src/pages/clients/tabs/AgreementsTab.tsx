import { Alert, App, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { suggestedStatus } from '../../../../../shared/domain/case-status';
import type { ClientDetail } from '../../../../../shared/schemas/clients';
import { useAgreements, useOffers } from '../../../api/agreements';
import { errorText } from '../../../api/errors';
import { useUpdateClient } from '../../../api/clients';
import { AgreementsSection } from '../agreements/AgreementsSection';
import { OffersSection } from '../agreements/OffersSection';
import { ReviewPanel } from '../../reviews/ReviewPanel';

// Offers & plans: what was put to each lender and how it moved, then the agreements with
// their schedules and payments.
export function AgreementsTab({ client }: { client: ClientDetail }) {
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16} data-testid="agreements-tab">
      <StatusSuggestion client={client} />
      <ReviewPanel clientId={client.id} />
      <OffersSection clientId={client.id} />
      <AgreementsSection clientId={client.id} />
    </Space>
  );
}

/** Offers sent or a plan agreed while the case still says 接案: the next status, one click away. */
function StatusSuggestion({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const offers = useOffers(client.id);
  const agreements = useAgreements(client.id);
  const update = useUpdateClient();
  const next =
    offers.data && agreements.data
      ? suggestedStatus(client.status, { offerStatuses: offers.data.items.map((o) => o.status), agreementStatuses: agreements.data.items.map((a) => a.status) })
      : null;
  if (!next) return null;
  const to = t(`clients.statuses.${next}`);
  return (
    <Alert
      type="info"
      showIcon
      data-testid="status-suggestion"
      message={t(next === 'plan_active' ? 'agreements.statusHint.planActive' : 'agreements.statusHint.negotiating', { from: t(`clients.statuses.${client.status}`), to })}
      action={
        <Button size="small" type="primary" loading={update.isPending} onClick={() => update.mutateAsync({ id: client.id, rev: client.rev, patch: { status: next } }).catch((err: unknown) => void message.error(errorText(err, t)))}>
          {t('agreements.statusHint.apply', { to })}
        </Button>
      }
    />
  );
}
