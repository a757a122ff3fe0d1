import { useTranslation } from 'react-i18next';
import { shownName } from '../../../shared/domain/demo';

/** Names as the interface shows them: a demo case's 示例· mark in the interface's language (範例·, Demo ·). */
export function useShownName(): (name: string) => string {
  const { t } = useTranslation();
  const mark = t('demo.namePrefix');
  return (name) => shownName(name, mark);
}
