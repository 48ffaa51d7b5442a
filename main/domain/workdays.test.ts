import { describe, expect, it } from 'vitest';
import { limitDeadline, urgency } from './deadline';
import { packageHasYear, packageIsWorkingDay, provisionalArrangement, statutoryHolidays } from './holidays';
import { addDays, daysBetween, lastDayOfPeriod, workCalendar } from './workdays';

const cal = workCalendar([]);

describe('working days', () => {
  it('follow the holiday schedule, not Monday to Friday', () => {
    expect(cal.isWorkingDay('2025-10-01')).toBe(false); // 国庆, a Wednesday
    expect(cal.isWorkingDay('2025-09-28')).toBe(true); // 调休: a Sunday worked
    expect(cal.isWorkingDay('2026-02-17')).toBe(false); // 春节
    expect(cal.isWorkingDay('2026-02-14')).toBe(true); // 调休 Saturday before 春节
    expect(cal.isWorkingDay('2026-02-28')).toBe(true); // 调休 Saturday after 春节
  });

  it('count five working days across 国庆 2025', () => {
    // Referred on 30 September: 1–8 October are holidays, the 11th is a make-up Saturday.
    // 9 Oct, 10 Oct, 11 Oct (make-up Saturday), 13 Oct, 14 Oct.
    expect(addDays(cal, '2025-09-30', 5, 'working')).toBe('2025-10-14');
    expect(addDays(cal, '2025-09-30', 1, 'working')).toBe('2025-10-09');
  });

  it('count across 春节 2026 with its make-up Saturdays', () => {
    // 13 Feb (Fri) → 14 Feb (make-up Sat) is the first; 15–23 are holidays.
    expect(addDays(cal, '2026-02-13', 1, 'working')).toBe('2026-02-14');
    expect(addDays(cal, '2026-02-13', 5, 'working')).toBe('2026-02-27');
    expect(addDays(cal, '2026-02-13', 6, 'working')).toBe('2026-02-28');
  });

  it('count calendar days plainly', () => {
    expect(addDays(cal, '2026-01-31', 30, 'calendar')).toBe('2026-03-02');
    expect(daysBetween(cal, '2026-01-31', '2026-03-02', 'calendar')).toBe(30);
  });

  it('measure the days between two dates as addDays made them', () => {
    for (const basis of ['calendar', 'working'] as const) {
      for (const n of [1, 5, 15, 30, 60]) {
        const end = addDays(cal, '2025-09-20', n, basis);
        expect(daysBetween(cal, '2025-09-20', end, basis)).toBe(n);
      }
    }
    expect(daysBetween(cal, '2026-03-01', '2026-02-01', 'working')).toBe(0);
  });
});

describe('the statutory holidays (全国年节及纪念日放假办法, 2024)', () => {
  it('give 13 days a year, the lunar ones on their lunar dates', () => {
    expect(statutoryHolidays(2027)).toEqual([
      { day: '2027-01-01', name: '元旦' },
      { day: '2027-02-05', name: '春节' }, // 除夕
      { day: '2027-02-06', name: '春节' }, // 正月初一
      { day: '2027-02-07', name: '春节' },
      { day: '2027-02-08', name: '春节' },
      { day: '2027-04-05', name: '清明节' },
      { day: '2027-05-01', name: '劳动节' },
      { day: '2027-05-02', name: '劳动节' },
      { day: '2027-06-09', name: '端午节' },
      { day: '2027-09-15', name: '中秋节' },
      { day: '2027-10-01', name: '国庆节' },
      { day: '2027-10-02', name: '国庆节' },
      { day: '2027-10-03', name: '国庆节' },
    ]);
  });

  it("fall on days the State Council's notices gave off, in every year the package carries", () => {
    // The computation checked against the official notices: each statutory day was a day off.
    for (const year of [2025, 2026]) {
      expect(packageHasYear(year)).toBe(true);
      for (const h of statutoryHolidays(year)) expect(packageIsWorkingDay(h.day), `${h.name} ${h.day}`).toBe(false);
    }
    expect(packageHasYear(2027)).toBe(false);
  });

  it('add a weekday off for a holiday on a weekend (补假), before the notice is out', () => {
    const off = provisionalArrangement(2027).offDays;
    // 春节 2027: 初一 and 初二 fall on Saturday and Sunday: Tuesday 9th and Wednesday 10th are given instead.
    expect(off).toEqual(expect.arrayContaining(['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10']));
    expect(off).not.toContain('2027-02-11');
    // 劳动节 on Saturday and Sunday; 国庆 2nd and 3rd on a weekend.
    expect(off).toEqual(expect.arrayContaining(['2027-05-03', '2027-05-04', '2027-10-04', '2027-10-05']));
  });
});

describe('a year without a notice', () => {
  it('counts the statutory holidays and says it is provisional', () => {
    expect(cal.isWorkingDay('2027-01-01')).toBe(false);
    expect(cal.isWorkingDay('2027-02-09')).toBe(false);
    expect(cal.isWorkingDay('2027-02-11')).toBe(true);
    expect(cal.isProvisional('2027-03-01')).toBe(true);
    expect(cal.isProvisional('2026-12-31')).toBe(false);
  });

  it('follows the notice once the admin enters it, 调休 Saturdays included', () => {
    const entered = workCalendar([{ year: 2027, offDays: ['2027-01-01', ...['05', '06', '07', '08', '09', '10', '11', '12', '13'].map((d) => `2027-02-${d}`)], workDays: ['2027-02-20'] }]);
    expect(entered.isProvisional('2027-02-01')).toBe(false);
    expect(entered.isWorkingDay('2027-02-12')).toBe(false);
    expect(entered.isWorkingDay('2027-02-20')).toBe(true); // a make-up Saturday
    expect(entered.isWorkingDay('2027-02-21')).toBe(false); // an ordinary Sunday
    expect(entered.isWorkingDay('2027-05-03')).toBe(true); // not in the entry: the entry is the whole notice
  });
});

describe('time limits', () => {
  const clock = { acceptedDay: '2026-11-02', basis: 'calendar' as const, limitDays: 30, extensionDays: 0, suspendedDays: 0 };

  it('add the extension and the days suspended', () => {
    expect(limitDeadline(cal, clock)).toEqual({ day: '2026-12-02', provisional: false });
    expect(limitDeadline(cal, { ...clock, extensionDays: 30, suspendedDays: 5 })).toEqual({ day: '2027-01-06', provisional: true });
  });

  it('end a calendar-day period that ends on a day of rest on the next working day (民法典 Art. 203)', () => {
    expect(lastDayOfPeriod(cal, '2026-11-28')).toBe('2026-11-30'); // a Saturday
    expect(lastDayOfPeriod(cal, '2025-10-01')).toBe('2025-10-09'); // 国庆 and 中秋 2025: 1–8 October
    // Accepted 2 December 2026: the 30th day is New Year's Day 2027, a Friday; the weekend follows.
    expect(limitDeadline(cal, { ...clock, acceptedDay: '2026-12-02' })).toEqual({ day: '2027-01-04', provisional: true });
  });

  it('count working days when the limit says so: 5 working days across 春节 2027 skip the provisional holidays', () => {
    expect(limitDeadline(cal, { ...clock, acceptedDay: '2027-02-04', basis: 'working', limitDays: 5 })).toEqual({ day: '2027-02-17', provisional: true });
  });

  it('tell on-track, due-soon and overdue apart by working days', () => {
    expect(urgency(cal, '2026-12-10', '2026-12-01')).toBe('on_track');
    expect(urgency(cal, '2026-12-10', '2026-12-07')).toBe('due_soon');
    expect(urgency(cal, '2026-12-10', '2026-12-10')).toBe('due_soon');
    expect(urgency(cal, '2026-12-10', '2026-12-11')).toBe('overdue');
    expect(urgency(cal, '2026-10-09', '2026-09-30')).toBe('due_soon'); // 国庆 2026 between: one working day apart
  });
});
