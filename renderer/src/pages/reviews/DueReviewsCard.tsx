import { Badge, Button, Card, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDueReviews } from '../../api/calendar';
import { navigate, paths } from '../../router';
import { useShownName } from '../../demo/useShownName';

// The follow-ups page's list of cases due for review: overdue and this week.
export function DueReviewsCard() {
  const { t } = useTranslation();
  const shown = useShownName();
  const due = useDueReviews();
  const d = due.data;
  return (
    <Card
      data-testid="followups-reviews"
      loading={due.isPending}
      title={
        <Space>
          {t('reviews.dueTitle')}
          <Badge count={d?.count ?? 0} color="purple" showZero />
        </Space>
      }
    >
      {d && d.items.length === 0 ? (
        <Typography.Text type="secondary">{t('reviews.dueEmpty')}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={d?.items ?? []}
          renderItem={(r) => (
            <List.Item>
              <Space>
                <span style={{ fontVariantNumeric: 'tabular-nums' }}>{r.dueDate}</span>
                <Button type="link" style={{ padding: 0 }} onClick={() => navigate(paths.client(r.clientId, 'agreements', { review: 'open' }))}>
                  {shown(r.clientName)}
                  <Typography.Text type="secondary" style={{ marginLeft: 6, fontSize: 12 }}>
                    {r.caseRef}
                  </Typography.Text>
                </Button>
              </Space>
              <Tag color={r.reason === 'missed_twice' ? 'red' : 'purple'}>{t(`reviews.reasons.${r.reason}`)}</Tag>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
