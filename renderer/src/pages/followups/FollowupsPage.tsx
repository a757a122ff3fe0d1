import { useTranslation } from 'react-i18next';
import { ComingSoonPage } from '../ComingSoonPage';

// Slot: follow-ups across all cases (contacts capability).
export function FollowupsPage() {
  const { t } = useTranslation();
  return <ComingSoonPage feature={t('nav.followups')} />;
}
