import { describe, expect, it } from 'vitest';
import { inHall, isoWeekday } from './attendance';

describe('驻点: who is in the hall', () => {
  it('knows the weekday of a day', () => {
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(isoWeekday('2026-11-29')).toBe(7);
  });

  it('follows the pattern when the day has no roster', () => {
    expect(inHall({ attendance: 'resident', rotationDays: [] }, null, '2026-11-24')).toBe(true);
    // 轮驻 on Tuesdays and Thursdays.
    expect(inHall({ attendance: 'rotating', rotationDays: [2, 4] }, null, '2026-11-24')).toBe(true);
    expect(inHall({ attendance: 'rotating', rotationDays: [2, 4] }, null, '2026-11-25')).toBe(false);
    expect(inHall({ attendance: 'on_call', rotationDays: [] }, null, '2026-11-24')).toBe(false);
  });

  it('lets the day’s roster override the pattern either way', () => {
    expect(inHall({ attendance: 'resident', rotationDays: [] }, { present: false, onDuty: '' }, '2026-11-24')).toBe(false);
    expect(inHall({ attendance: 'on_call', rotationDays: [] }, { present: true, onDuty: '陈律师' }, '2026-11-24')).toBe(true);
  });
});
