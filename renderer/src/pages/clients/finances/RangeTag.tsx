import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCaseCurrency } from '../../../components/caseRegion';
import { formatFen } from '../../../components/Money';
import type { RangeFen } from './sections';

/** '¥500.00 – ¥1,200.00', 'at least ¥500.00', …; null when the category has no range. */
function useRangeText() {
  const { t, i18n } = useTranslation();
  const caseCurrency = useCaseCurrency();
  return (range: RangeFen | undefined): string | null => {
    if (!range || (range.minFen === null && range.maxFen === null)) return null;
    const min = range.minFen === null ? null : formatFen(range.minFen, i18n.language, true, caseCurrency);
    const max = range.maxFen === null ? null : formatFen(range.maxFen, i18n.language, true, caseCurrency);
    if (min !== null && max !== null) return t('finances.range.between', { min, max });
    return min !== null ? t('finances.range.atLeast', { min }) : t('finances.range.atMost', { max });
  };
}

/** "Above reference range" on a cost, with the range itself on hover. A prompt to justify, not a verdict. */
export function RangeTag({ mark, range }: { mark: 'above' | 'below' | null; range: RangeFen | undefined }) {
  const { t } = useTranslation();
  const rangeText = useRangeText()(range);
  if (!mark) return null;
  const tag = (
    <Tag color={mark === 'above' ? 'orange' : 'blue'} data-testid="range-tag" style={{ marginInlineEnd: 0 }}>
      {t(`finances.range.${mark}`)}
    </Tag>
  );
  return rangeText ? <Tooltip title={t('finances.range.reference', { range: rangeText })}>{tag}</Tooltip> : tag;
}
