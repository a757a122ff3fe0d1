import { DatePicker } from 'antd';
import type { DatePickerProps } from 'antd';
import dayjs from 'dayjs';

type DateInputProps = Omit<DatePickerProps, 'value' | 'onChange'> & {
  value?: string | null;
  onChange?: (date: string | null) => void;
};

/** A calendar date as the forms and the contract hold it: 'YYYY-MM-DD', or null. */
export function DateInput({ value, onChange, ...rest }: DateInputProps) {
  return (
    <DatePicker
      {...rest}
      style={{ width: '100%', ...rest.style }}
      value={value ? dayjs(value) : null}
      onChange={(d) => onChange?.(d && !Array.isArray(d) ? d.format('YYYY-MM-DD') : null)}
    />
  );
}
