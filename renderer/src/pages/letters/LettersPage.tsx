import { useTranslation } from 'react-i18next';
import { ComingSoonPage } from '../ComingSoonPage';

// Slot: all letters and packets (letters capability).
export function LettersPage() {
  const { t } = useTranslation();
  return <ComingSoonPage feature={t('nav.letters')} />;
}
