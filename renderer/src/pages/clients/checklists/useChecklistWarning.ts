import { useTranslation } from 'react-i18next';
import { useClientChecklists } from '../../../api/checklists';

/**
 * The warning shown before a letter for a lender is made final while that lender's evidence
 * checklist is incomplete: it names what is missing and never blocks. Null when complete
 * (or for a letter to no lender).
 */
export function useChecklistWarning(clientId: number, lenderId: number | null): string | null {
  const { t } = useTranslation();
  const q = useClientChecklists(clientId, lenderId !== null);
  if (lenderId === null) return null;
  const list = q.data?.lenders.find((l) => l.lenderId === lenderId);
  if (!list || list.missing === 0) return null;
  const items = list.items.filter((i) => !i.done).map((i) => t(`checklists.items.${i.item}`));
  return t('checklists.finalWarning', { lender: list.lenderName, items: items.join(t('common.listSeparator')) });
}
