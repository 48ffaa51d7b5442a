import { DatePicker } from 'antd';
import dayjs from 'dayjs';

interface DayInputProps {
  /** A day as the API takes it: 2026-11-27. */
  value?: string | null;
  onChange?: (day: string | null) => void;
  /** The first and last day that may be picked (usually the host's today). */
  min?: string;
  max?: string;
  disabled?: boolean;
  /** Set by Form.Item, so its label names this field. */
  id?: string;
  allowClear?: boolean;
  width?: number | string;
  'aria-label'?: string;
}

/**
 * A day in 年-月-日 with the Chinese calendar picker. The browser's own date input shows mm/dd/yyyy
 * on an English Windows, and its calendar follows the PC's language, not the centre's.
 */
export function DayInput({ value, onChange, min, max, disabled, id, allowClear = false, width = 160, ...rest }: DayInputProps) {
  return (
    <DatePicker
      id={id}
      disabled={disabled}
      aria-label={rest['aria-label']}
      value={value ? dayjs(value) : null}
      onChange={(d) => onChange?.(d ? d.format('YYYY-MM-DD') : null)}
      format="YYYY-MM-DD"
      placeholder="年-月-日"
      minDate={min ? dayjs(min) : undefined}
      maxDate={max ? dayjs(max) : undefined}
      allowClear={allowClear}
      style={{ width }}
    />
  );
}
