import { describe, expect, it } from 'vitest';
import { calendarDay, isCalendarDay } from './common';

describe('calendar days', () => {
  it('are days that exist, in the years a centre’s records span', () => {
    expect(isCalendarDay('2026-11-23')).toBe(true);
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2026-02-30')).toBe(false);
    expect(isCalendarDay('9999-99-99')).toBe(false);
    expect(isCalendarDay('1899-12-31')).toBe(false);
    expect(calendarDay('日期').safeParse('2026-13-01').error?.issues[0]?.message).toBe('日期不存在（如 2 月没有 30 日），请重新选择');
  });
});
