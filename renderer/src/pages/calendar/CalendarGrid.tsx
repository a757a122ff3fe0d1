import { Button, Tooltip, Typography } from 'antd';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarItemTitle } from '../../../../shared/domain/calendar-title';
import { MOVABLE_KINDS, type CalendarItem } from '../../../../shared/schemas/calendar';
import type { Locale } from '../../../../shared/schemas/common';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { daysOf, weekdayNames, type CalendarView } from './days';
import { KIND_COLOUR } from './itemLink';
import { useShownName } from '../../demo/useShownName';

// The grid of days: whole weeks, Monday first. Each day lists its items as buttons (Enter
// opens one); follow-ups and reviews can be dragged onto another day, the rest say on hover
// why they cannot. A month shows two items a day and a link to the week for the rest.

const MONTH_ITEMS = 2;

function ItemChip({ item, onOpen, onDragStart, compact }: { item: CalendarItem; onOpen: () => void; onDragStart: (e: DragEvent) => void; compact: boolean }) {
  const { t, i18n } = useTranslation();
  const shown = useShownName();
  const movable = MOVABLE_KINDS.includes(item.kind);
  const what = calendarItemTitle(item, i18n.language as Locale);
  const hint = movable ? t('calendar.dragHint') : t(`calendar.notMovable.${item.kind}`);
  return (
    <Tooltip title={hint} mouseEnterDelay={0.4}>
      <button
        type="button"
        draggable={movable}
        onDragStart={onDragStart}
        onClick={onOpen}
        data-testid={`calendar-item-${item.key}`}
        data-kind={item.kind}
        style={{
          display: 'block',
          width: '100%',
          textAlign: 'left',
          border: '1px solid #f0f0f0',
          borderLeft: `3px solid ${KIND_COLOUR[item.kind]}`,
          background: '#fff',
          borderRadius: 4,
          padding: '1px 4px',
          marginTop: 2,
          fontSize: 12,
          lineHeight: '18px',
          color: '#262626',
          cursor: movable ? 'grab' : 'pointer',
          whiteSpace: compact ? 'nowrap' : 'normal',
          overflow: 'hidden',
          textOverflow: 'ellipsis',
        }}
      >
        <span style={{ fontWeight: 500 }}>{shown(item.clientName)}</span> {what}
        {item.kind === 'instalment' && item.paid && <> · {t('calendar.paid')}</>}
      </button>
    </Tooltip>
  );
}

export function CalendarGrid(props: {
  view: CalendarView;
  from: string;
  to: string;
  today: string;
  month: string;
  items: CalendarItem[];
  onOpen: (item: CalendarItem) => void;
  onMove: (item: CalendarItem, date: string) => void;
  onShowWeek: (date: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [dragging, setDragging] = useState<CalendarItem | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const days = daysOf(props.from, props.to);
  const byDay = new Map<string, CalendarItem[]>();
  for (const item of props.items) byDay.set(item.date, [...(byDay.get(item.date) ?? []), item]);
  const month = props.view === 'month';
  const fullDate = (d: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`));

  return (
    <div>
      <div aria-hidden style={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: 4, marginBottom: 4 }}>
        {weekdayNames(i18n.language).map((name) => (
          <Typography.Text key={name} type="secondary" style={{ fontSize: 12, textAlign: 'center' }}>
            {name}
          </Typography.Text>
        ))}
      </div>
      <ol
        onDragEnd={() => {
          setDragging(null);
          setOver(null);
        }}
        style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: 4 }}>
        {days.map((date) => {
          const list = byDay.get(date) ?? [];
          const shown = month ? list.slice(0, MONTH_ITEMS) : list;
          const outside = month && date.slice(0, 7) !== props.month;
          const isToday = date === props.today;
          return (
            <li
              key={date}
              data-testid={`calendar-day-${date}`}
              onDragOver={(e) => {
                if (!dragging) return;
                e.preventDefault();
                e.dataTransfer.dropEffect = 'move';
                if (over !== date) setOver(date);
              }}
              onDragLeave={() => setOver((o) => (o === date ? null : o))}
              onDrop={(e) => {
                e.preventDefault();
                setOver(null);
                const item = dragging;
                setDragging(null);
                if (item && item.date !== date) props.onMove(item, date);
              }}
              style={{
                minHeight: month ? 74 : 320,
                padding: 4,
                borderRadius: 6,
                border: `1px solid ${over === date ? '#1677ff' : isToday ? '#1f6f78' : '#f0f0f0'}`,
                background: over === date ? '#e6f4ff' : outside ? '#fafafa' : '#fff',
                overflow: 'hidden',
              }}
            >
              <div style={{ fontSize: 12, fontWeight: isToday ? 700 : 400, color: outside ? '#595959' : '#262626', display: 'flex', justifyContent: 'space-between' }}>
                <span aria-hidden>{month ? Number(date.slice(8)) : `${Number(date.slice(5, 7))}/${Number(date.slice(8))}`}</span>
                <VisuallyHidden>{fullDate(date)}</VisuallyHidden>
                {isToday && <span style={{ color: '#1f6f78' }}>{t('calendar.today')}</span>}
              </div>
              {shown.map((item) => (
                <ItemChip
                  key={item.key}
                  item={item}
                  compact={month}
                  onOpen={() => props.onOpen(item)}
                  onDragStart={(e) => {
                    e.dataTransfer.setData('text/plain', item.key);
                    e.dataTransfer.effectAllowed = 'move';
                    setDragging(item);
                  }}
                />
              ))}
              {list.length > shown.length && (
                <Button type="link" size="small" style={{ padding: 0, height: 20, fontSize: 12 }} onClick={() => props.onShowWeek(date)}>
                  {t('calendar.more', { count: list.length - shown.length })}
                </Button>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
