import type { InputProps } from 'antd';

/**
 * A field's length limit, said before it is reached: the count shows in the last few characters and
 * turns red past the limit, and the field's rule says what to do. Nothing typed or pasted is cut off
 * silently (antd's maxLength would drop the rest of a paste without a word).
 */
export function nearLimit(max: number): NonNullable<InputProps['count']> {
  const from = Math.max(1, Math.floor(max * 0.8));
  return { max, show: ({ count }) => (count >= from ? `${count} / ${max}` : null) };
}
