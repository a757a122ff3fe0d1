import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClientStatus } from '../../../../shared/schemas/clients';

const COLORS: Record<ClientStatus, string> = {
  intake: 'blue',
  assessment: 'gold',
  negotiating: 'orange',
  plan_active: 'green',
  closed: 'default',
};

export function StatusTag({ status }: { status: ClientStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`clients.statuses.${status}`)}</Tag>;
}
