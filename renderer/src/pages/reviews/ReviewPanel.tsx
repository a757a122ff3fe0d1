import { Button, Card, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { daysBetween, todayIn } from '../../../../shared/domain/dates';
import { useClientReviews } from '../../api/calendar';
import { useSettings } from '../../api/settings';
import { useClientQuery } from '../../router';
import { ReviewModal } from './ReviewModal';

// A case's review on its plans tab: when the next one is due and why, the way into it, and
// the reviews done before. Opened at once when the calendar sent the counsellor here.
export function ReviewPanel({ clientId }: { clientId: number }) {
  const { t } = useTranslation();
  const reviews = useClientReviews(clientId);
  const settings = useSettings();
  const asked = useClientQuery().review === 'open';
  const [open, setOpen] = useState(asked);
  const data = reviews.data;
  if (!data || (data.open === null && data.done.length === 0)) return null;
  const today = todayIn(settings.data?.timeZone);
  const r = data.open;

  return (
    <Card size="small" title={t('reviews.title')} data-testid="review-panel">
      {r ? (
        <Space wrap>
          <Typography.Text strong>{t('reviews.due', { date: r.dueDate })}</Typography.Text>
          <Tag color={r.reason === 'missed_twice' ? 'red' : 'blue'}>{t(`reviews.reasons.${r.reason}`)}</Tag>
          {r.dueDate < today && <Typography.Text type="danger">{t('reviews.overdue', { days: daysBetween(r.dueDate, today) })}</Typography.Text>}
          <Button type="primary" onClick={() => setOpen(true)}>
            {t('reviews.start')}
          </Button>
        </Space>
      ) : (
        <Typography.Text type="secondary">{t('reviews.none')}</Typography.Text>
      )}
      {data.done.length > 0 && (
        <List
          size="small"
          header={<Typography.Text type="secondary">{t('reviews.history')}</Typography.Text>}
          dataSource={data.done}
          renderItem={(d) => (
            <List.Item>
              {t('reviews.historyLine', { date: d.completedDate ?? '', outcome: t(`reviews.outcomes.${d.outcome ?? 'continue'}`) })}
              {d.notes && <Typography.Text type="secondary"> · {d.notes}</Typography.Text>}
            </List.Item>
          )}
        />
      )}
      {open && r && <ReviewModal review={r} onClose={() => setOpen(false)} />}
    </Card>
  );
}
