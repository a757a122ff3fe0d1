import { useTranslation } from 'react-i18next';
import { shownText } from '../../../shared/i18n/generated-text';
import { DEFAULT_LOCALE } from '../../../shared/i18n';
import { LOCALES, type Locale } from '../../../shared/schemas/common';
import type { GeneratedText } from '../../../shared/schemas/generated-text';

// Entries the app wrote (a sent offer's contact, a follow-up it made) arrive as data and are
// worded here in the interface language, so switching language rewords them too.

export function useShownText(): <T extends string | null>(stored: T, generated: GeneratedText | null) => string | T {
  const { i18n } = useTranslation();
  const locale: Locale = (LOCALES as readonly string[]).includes(i18n.language) ? (i18n.language as Locale) : DEFAULT_LOCALE;
  return (stored, generated) => shownText(locale, stored, generated);
}
