import { Button, Card, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { calendarItemTitle } from '../../../../shared/domain/calendar-title';
import { addDays, todayIn } from '../../../../shared/domain/dates';
import { CALENDAR_KINDS } from '../../../../shared/schemas/calendar';
import type { Locale } from '../../../../shared/schemas/common';
import { useCalendarRange } from '../../api/calendar';
import { href, navigate, paths } from '../../router';
import { itemLink, KIND_COLOUR } from './itemLink';
import { useShownName } from '../../demo/useShownName';

const SHOWN = 8;

// The overview's "due in the next 7 days": today's and the coming week's items of every kind,
// each opening its case; the calendar holds the rest.
export function DueSoonCard({ timeZone }: { timeZone: string }) {
  const { t, i18n } = useTranslation();
  const shown = useShownName();
  const today = todayIn(timeZone);
  const range = useCalendarRange(today, addDays(today, 7), CALENDAR_KINDS);
  const items = range.data?.items ?? [];
  return (
    <Card
      size="small"
      data-testid="dashboard-due-soon"
      loading={range.isPending}
      title={t('calendar.dueSoon')}
      extra={
        <Button type="link" size="small" onClick={() => navigate(paths.calendar())}>
          {t('calendar.openCalendar')}
        </Button>
      }
    >
      {items.length === 0 ? (
        <Typography.Text type="secondary">{t('calendar.dueSoonEmpty')}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={items.slice(0, SHOWN)}
          renderItem={(item) => (
            <List.Item style={{ borderLeft: `3px solid ${KIND_COLOUR[item.kind]}`, paddingLeft: 8 }}>
              <Space size={8} style={{ minWidth: 0 }}>
                <span style={{ fontVariantNumeric: 'tabular-nums' }}>{item.date}</span>
                <a href={href(itemLink(item))}>{shown(item.clientName)}</a>
                <Typography.Text ellipsis style={{ maxWidth: 420 }}>
                  {calendarItemTitle(item, i18n.language as Locale)}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
          footer={items.length > SHOWN ? t('dashboard.more', { count: items.length - SHOWN }) : undefined}
        />
      )}
    </Card>
  );
}
