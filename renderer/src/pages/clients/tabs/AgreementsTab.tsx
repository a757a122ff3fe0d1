import { Space } from 'antd';
import type { ClientDetail } from '../../../../../shared/schemas/clients';
import { AgreementsSection } from '../agreements/AgreementsSection';
import { OffersSection } from '../agreements/OffersSection';
import { ReviewPanel } from '../../reviews/ReviewPanel';

// Offers & plans: what was put to each lender and how it moved, then the agreements with
// their schedules and payments.
export function AgreementsTab({ client }: { client: ClientDetail }) {
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16} data-testid="agreements-tab">
      <ReviewPanel clientId={client.id} />
      <OffersSection clientId={client.id} />
      <AgreementsSection clientId={client.id} />
    </Space>
  );
}
