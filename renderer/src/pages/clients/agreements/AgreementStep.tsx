import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TimelineItem } from '../../../../../shared/schemas/timeline';
import { AGREEMENT_COLORS } from './format';

type AgreementItem = Extract<TimelineItem, { type: 'agreement' }>;

/** An agreement's status change on the client's timeline, on the day it happened. */
export function AgreementStep({ item }: { item: AgreementItem }) {
  const { t } = useTranslation();
  const e = item.agreement;
  const tag = (s: typeof e.from) => <Tag color={AGREEMENT_COLORS[s]}>{t(`agreements.agreementStatus.${s}`)}</Tag>;
  return (
    <div data-testid={`timeline-${item.key}`}>
      <Space wrap size={4}>
        <Typography.Text type="secondary" style={{ fontVariantNumeric: 'tabular-nums', fontSize: 12 }}>
          {e.onDate}
        </Typography.Text>
        {item.lenderName && <Tag>{item.lenderName}</Tag>}
        {e.origin === 'migrated' && <Typography.Text type="secondary">{t('contacts.timeline.agreementMigrated')}</Typography.Text>}
      </Space>
      <div>
        <Space size={4} wrap>
          <Typography.Text strong>{t('contacts.timeline.agreement')}</Typography.Text>
          {tag(e.from)}→{tag(e.to)}
          {e.reason && <Typography.Text type="secondary">{t(`contacts.timeline.agreementReason.${e.reason}`)}</Typography.Text>}
        </Space>
      </div>
      {e.note && <Typography.Text type="secondary">{e.note}</Typography.Text>}
    </div>
  );
}
