import { DatePicker, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoMonth } from '../../../shared/domain/dates';

/**
 * When something began, known to the day ('2025-03-08') or only to the month ('2025-03'):
 * a choice of how precise, then the matching picker. Switching keeps what was picked (a day
 * becomes its month; a month becomes its 1st).
 */
export function MonthOrDateInput({ id, value, onChange }: { id?: string; value?: string | null; onChange?: (value: string | null) => void }) {
  const { t } = useTranslation();
  const [byMonth, setByMonth] = useState(() => !!value && isIsoMonth(value));
  // One date object per value, as in DateInput: a new one each render makes the picker drop a typed date.
  const day = useMemo(() => (value ? dayjs(isIsoMonth(value) ? `${value}-01` : value) : null), [value]);
  const switchTo = (month: boolean) => {
    setByMonth(month);
    if (value) onChange?.(month ? value.slice(0, 7) : isIsoMonth(value) ? `${value}-01` : value);
  };
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Select
        aria-label={t('forms.precision.label')}
        style={{ width: 130 }}
        value={byMonth ? 'month' : 'day'}
        onChange={(v) => switchTo(v === 'month')}
        options={[
          { value: 'day', label: t('forms.precision.day') },
          { value: 'month', label: t('forms.precision.month') },
        ]}
      />
      <DatePicker
        id={id}
        picker={byMonth ? 'month' : 'date'}
        style={{ width: '100%' }}
        value={day}
        onChange={(d) => onChange?.(d && !Array.isArray(d) ? d.format(byMonth ? 'YYYY-MM' : 'YYYY-MM-DD') : null)}
      />
    </Space.Compact>
  );
}
