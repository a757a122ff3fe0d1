import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCaseCurrency } from '../../../components/caseRegion';
import type { TimelineItem } from '../../../../../shared/schemas/timeline';
import { formatFen } from '../../../components/Money';

type LegalItem = Extract<TimelineItem, { type: 'legal' }>;

/** A court or enforcement step on the client's timeline, worded from its kind and facts in the UI's language. */
export function LegalStep({ item }: { item: LegalItem }) {
  const { t, i18n } = useTranslation();
  const caseCurrency = useCaseCurrency();
  const e = item.legal;
  const detail = [
    e.kind === 'judgment' && e.decision ? t(`legal.decisions.${e.decision}`) : null,
    e.kind === 'enforcement_measure' && e.measure ? t(`legal.measures.${e.measure}`) : null,
    e.court,
    e.caseNumber ? t('legal.timeline.caseNumber', { value: e.caseNumber }) : null,
    e.amountFen !== null ? t('legal.timeline.amount', { amount: formatFen(e.amountFen, i18n.language, true, caseCurrency) }) : null,
    e.serviceDate ? t('legal.timeline.served', { date: e.serviceDate }) : null,
  ].filter(Boolean);
  return (
    <div data-testid={`timeline-${item.key}`}>
      <Space wrap size={4}>
        <Typography.Text type="secondary" style={{ fontVariantNumeric: 'tabular-nums', fontSize: 12 }}>
          {e.eventDate}
        </Typography.Text>
        {item.lenderName && <Tag>{item.lenderName}</Tag>}
        {e.origin !== 'entered' && <Typography.Text type="secondary">{t('legal.estimated')}</Typography.Text>}
      </Space>
      <div>
        <Typography.Text strong>{t(`legal.kinds.${e.kind}`)}</Typography.Text> {detail.length > 0 && <Typography.Text type="secondary">{detail.join(' · ')}</Typography.Text>}
      </div>
      {e.notes && <Typography.Text type="secondary">{e.notes}</Typography.Text>}
    </div>
  );
}
