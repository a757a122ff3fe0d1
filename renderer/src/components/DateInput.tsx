import { DatePicker } from 'antd';
import type { DatePickerProps } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';

type DateInputProps = Omit<DatePickerProps, 'value' | 'onChange'> & {
  value?: string | null;
  onChange?: (date: string | null) => void;
};

/** A calendar date as the forms and the contract hold it: 'YYYY-MM-DD', or null. */
export function DateInput({ value, onChange, ...rest }: DateInputProps) {
  // One date object per value, not one per render: the picker starts over from its value each
  // time that object changes, and a form drawn again between typing a date and pressing Enter
  // (a query coming back, a message shown) made Enter commit the old date instead.
  const day = useMemo(() => (value ? dayjs(value) : null), [value]);
  return (
    <DatePicker
      {...rest}
      style={{ width: '100%', ...rest.style }}
      value={day}
      onChange={(d) => onChange?.(d && !Array.isArray(d) ? d.format('YYYY-MM-DD') : null)}
    />
  );
}
