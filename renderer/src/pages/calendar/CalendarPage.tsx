import { CalendarOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Result, Segmented, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIn } from '../../../../shared/domain/dates';
import { CALENDAR_KINDS, type CalendarItem, type CalendarKind } from '../../../../shared/schemas/calendar';
import { useCalendarRange, useMoveCalendarItem } from '../../api/calendar';
import { errorText } from '../../api/errors';
import { useSettings } from '../../api/settings';
import { CalendarGrid } from './CalendarGrid';
import { periodLabel, step, visibleRange, type CalendarView } from './days';
import { ExportIcsModal } from './ExportIcsModal';
import { ItemDialog } from './ItemDialog';
import { KIND_COLOUR } from './itemLink';

// The calendar across all open cases: a month or a week, the kinds to show, each item opening
// its case; follow-ups and reviews dragged to another day; the days shown exported as .ics.
export function CalendarPage() {
  const settings = useSettings();
  if (!settings.data) return <Spin />;
  return <Calendar today={todayIn(settings.data.timeZone)} />;
}

function Calendar({ today }: { today: string }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [view, setView] = useState<CalendarView>('month');
  const [anchor, setAnchor] = useState(today);
  const [kinds, setKinds] = useState<CalendarKind[]>([...CALENDAR_KINDS]);
  const [open, setOpen] = useState<CalendarItem | null>(null);
  const [exporting, setExporting] = useState(false);
  const { from, to } = visibleRange(view, anchor);
  const range = useCalendarRange(from, to, kinds);
  const move = useMoveCalendarItem();

  const onMove = (item: CalendarItem, date: string) => {
    if (!('rev' in item)) return;
    move.mutateAsync({ kind: item.kind, id: item.id, rev: item.rev, date }).then(
      (moved) => void message.success(t('calendar.moved', { date: moved.date })),
      (err: unknown) => void message.error(errorText(err, t)),
    );
  };

  return (
    <Space direction="vertical" size={8} style={{ width: '100%' }}>
      <div>
        <Typography.Title level={3} style={{ marginBottom: 0 }}>
          {t('calendar.title')}
        </Typography.Title>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('calendar.subtitle')}
        </Typography.Text>
      </div>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Space wrap>
          <Segmented<CalendarView>
            aria-label={t('calendar.view')}
            value={view}
            onChange={setView}
            options={[
              { value: 'month', label: t('calendar.month') },
              { value: 'week', label: t('calendar.week') },
            ]}
          />
          <Button icon={<LeftOutlined />} aria-label={t('calendar.previous')} onClick={() => setAnchor(step(view, anchor, -1))} />
          <Button onClick={() => setAnchor(today)}>{t('calendar.today')}</Button>
          <Button icon={<RightOutlined />} aria-label={t('calendar.next')} onClick={() => setAnchor(step(view, anchor, 1))} />
          <Typography.Text strong data-testid="calendar-period" data-from={from} data-to={to} style={{ fontSize: 16 }}>
            {periodLabel(view, anchor, i18n.language)}
          </Typography.Text>
        </Space>
        <Button icon={<CalendarOutlined />} onClick={() => setExporting(true)} disabled={kinds.length === 0}>
          {t('calendar.export.button')}
        </Button>
      </Space>
      <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
        <legend style={{ float: 'left', fontSize: 13, marginRight: 8, width: 'auto', marginBottom: 0 }}>{t('calendar.filter')}</legend>
        <Checkbox.Group<CalendarKind>
          value={kinds}
          onChange={(v) => setKinds(CALENDAR_KINDS.filter((k) => v.includes(k)))}
          options={CALENDAR_KINDS.map((k) => ({
            value: k,
            label: <span style={{ borderBottom: `3px solid ${KIND_COLOUR[k]}` }}>{t(`calendar.kinds.${k}`)}</span>,
          }))}
        />
      </fieldset>
      {range.data && range.data.truncated.length > 0 && (
        <Alert type="info" showIcon title={t('calendar.truncated', { kinds: range.data.truncated.map((k) => t(`calendar.kinds.${k}`)).join('、') })} />
      )}
      {range.isError ? (
        <Result status="warning" title={errorText(range.error, t)} />
      ) : (
        <Card size="small" styles={{ body: { padding: 8 } }} loading={range.isPending && kinds.length > 0}>
          <CalendarGrid
            view={view}
            from={from}
            to={to}
            today={today}
            month={anchor.slice(0, 7)}
            items={kinds.length === 0 ? [] : (range.data?.items ?? [])}
            onOpen={setOpen}
            onMove={onMove}
            onShowWeek={(date) => {
              setView('week');
              setAnchor(date);
            }}
          />
        </Card>
      )}
      {open && <ItemDialog item={open} today={today} onClose={() => setOpen(null)} />}
      {exporting && <ExportIcsModal from={from} to={to} kinds={kinds} onClose={() => setExporting(false)} />}
    </Space>
  );
}
