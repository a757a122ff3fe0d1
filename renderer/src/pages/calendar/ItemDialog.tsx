import { Alert, App, Button, Descriptions, Form, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarItemTitle } from '../../../../shared/domain/calendar-title';
import { MOVABLE_KINDS, type CalendarItem } from '../../../../shared/schemas/calendar';
import type { Locale } from '../../../../shared/schemas/common';
import { useMoveCalendarItem } from '../../api/calendar';
import { errorText } from '../../api/errors';
import { DateInput } from '../../components/DateInput';
import { navigate } from '../../router';
import { itemLink } from './itemLink';
import { useShownName } from '../../demo/useShownName';

// One item, opened from the grid (by click or Enter): what it is, whose case, the way to that
// case, and – for a follow-up or a review – a date to move it to, the keyboard's way of dragging.
export function ItemDialog({ item, today, onClose }: { item: CalendarItem; today: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const shown = useShownName();
  const { message } = App.useApp();
  const move = useMoveCalendarItem();
  const [date, setDate] = useState<string | null>(item.date);
  const movable = MOVABLE_KINDS.includes(item.kind);
  const title = calendarItemTitle(item, i18n.language as Locale);

  const submitMove = async () => {
    if (!date || !('rev' in item)) return;
    try {
      const moved = await move.mutateAsync({ kind: item.kind, id: item.id, rev: item.rev, date });
      void message.success(t('calendar.moved', { date: moved.date }));
      onClose();
    } catch (err) {
      void message.error(errorText(err, t));
    }
  };

  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={() => navigate(itemLink(item))}>
          {t('calendar.openCase')}
        </Button>
      }
    >
      <Descriptions column={1} size="small" bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('calendar.fields.date')}>{item.date}</Descriptions.Item>
        <Descriptions.Item label={t('calendar.fields.case')}>
          {shown(item.clientName)} · {item.caseRef}
        </Descriptions.Item>
        {item.lenderName && <Descriptions.Item label={t('calendar.fields.lender')}>{item.lenderName}</Descriptions.Item>}
        {item.kind === 'court' && item.court && <Descriptions.Item label={t('calendar.fields.court')}>{item.court}</Descriptions.Item>}
      </Descriptions>
      {movable ? (
        <Form layout="inline" onFinish={() => void submitMove()}>
          <Form.Item label={t('calendar.moveTo')} htmlFor="calendar-move-date">
            <DateInput id="calendar-move-date" value={date} onChange={setDate} allowClear={false} disabledDate={(d) => d.format('YYYY-MM-DD') < today} style={{ width: 160 }} />
          </Form.Item>
          <Space>
            <Button htmlType="submit" loading={move.isPending} disabled={!date || date === item.date}>
              {t('common.save')}
            </Button>
          </Space>
        </Form>
      ) : (
        <Alert type="info" showIcon title={t(`calendar.notMovable.${item.kind}`)} />
      )}
    </Modal>
  );
}
