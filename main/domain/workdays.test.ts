import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isWorkingDay } from './workdays';

describe('working days', () => {
  it('follow the holiday schedule, not Monday to Friday', () => {
    expect(isWorkingDay('2025-10-01')).toBe(false); // 国庆, a Wednesday
    expect(isWorkingDay('2025-09-28')).toBe(true); // 调休: a Sunday worked
    expect(isWorkingDay('2026-02-17')).toBe(false); // 春节
    expect(isWorkingDay('2026-02-14')).toBe(true); // 调休 Saturday before 春节
    expect(isWorkingDay('2026-02-28')).toBe(true); // 调休 Saturday after 春节
  });

  it('count five working days across 国庆 2025', () => {
    // Referred on 30 September: 1–8 October are holidays, the 11th is a make-up Saturday.
    // 9 Oct, 10 Oct, 11 Oct (make-up Saturday), 13 Oct, 14 Oct.
    expect(addDays('2025-09-30', 5, 'working')).toBe('2025-10-14');
    expect(addDays('2025-09-30', 1, 'working')).toBe('2025-10-09');
  });

  it('count across 春节 2026 with its make-up Saturdays', () => {
    // 13 Feb (Fri) → 14 Feb (make-up Sat) is the first; 15–23 are holidays.
    expect(addDays('2026-02-13', 1, 'working')).toBe('2026-02-14');
    expect(addDays('2026-02-13', 5, 'working')).toBe('2026-02-27');
    expect(addDays('2026-02-13', 6, 'working')).toBe('2026-02-28');
  });

  it('count calendar days plainly', () => {
    expect(addDays('2026-01-31', 30, 'calendar')).toBe('2026-03-02');
    expect(daysBetween('2026-01-31', '2026-03-02', 'calendar')).toBe(30);
  });

  it('measure the days between two dates as addDays made them', () => {
    for (const basis of ['calendar', 'working'] as const) {
      for (const n of [1, 5, 15, 30, 60]) {
        const end = addDays('2025-09-20', n, basis);
        expect(daysBetween('2025-09-20', end, basis)).toBe(n);
      }
    }
    expect(daysBetween('2026-03-01', '2026-02-01', 'working')).toBe(0);
  });
});

describe('referral deadlines', async () => {
  const { referralDeadline, urgency } = await import('./deadline');

  it('add the extension and the days suspended', () => {
    const clock = { referredDay: '2026-11-02', basis: 'calendar' as const, limitDays: 30, extensionDays: 0, suspendedDays: 0 };
    expect(referralDeadline(clock)).toBe('2026-12-02');
    expect(referralDeadline({ ...clock, extensionDays: 30, suspendedDays: 5 })).toBe('2027-01-06');
  });

  it('count 60 working days for a 信访 matter over 国庆', () => {
    expect(referralDeadline({ referredDay: '2025-09-15', basis: 'working', limitDays: 60, extensionDays: 0, suspendedDays: 0 })).toBe('2025-12-12');
  });

  it('tell on-track, due-soon and overdue apart', () => {
    expect(urgency('2026-12-10', '2026-12-01', 'calendar')).toBe('on_track');
    expect(urgency('2026-12-10', '2026-12-07', 'calendar')).toBe('due_soon');
    expect(urgency('2026-12-10', '2026-12-10', 'calendar')).toBe('due_soon');
    expect(urgency('2026-12-10', '2026-12-11', 'calendar')).toBe('overdue');
  });
});
