import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { WholeNumberSetting } from '../settings/WholeNumberSetting';

// Settings: how many months from a plan (or the last review) to the next case review.
export function ReviewIntervalCard() {
  const { t } = useTranslation();
  return (
    <Card title={t('reviews.interval.title')}>
      <WholeNumberSetting
        setting="reviewIntervalMonths"
        id="review-interval"
        min={1}
        max={24}
        label="reviews.interval.label"
        unit="reviews.interval.unit"
        saved="reviews.interval.saved"
        help="reviews.interval.help"
      />
    </Card>
  );
}
