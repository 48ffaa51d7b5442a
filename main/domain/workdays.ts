import { packageHasYear, packageIsWorkingDay, provisionalArrangement, shiftDay, isWeekend, type HolidayArrangement } from './holidays';

/**
 * Deadlines count calendar days or working days, as each time limit says ("N日" or "N个工作日").
 * Working days follow the State Council's notice with its 调休 days, not Monday to Friday: the notice
 * the admin entered for a year (设置 · 节假日), else the one the holiday package carries, else the
 * statutory holidays computed for that year — provisional until the notice is entered.
 */
export type DayBasis = 'calendar' | 'working';

export interface WorkCalendar {
  isWorkingDay(day: string): boolean;
  /** True when the year's days off are computed from the statute, not taken from its notice. */
  isProvisional(day: string): boolean;
}

export function workCalendar(entered: readonly HolidayArrangement[]): WorkCalendar {
  const byYear = new Map<number, { off: Set<string>; work: Set<string>; provisional: boolean }>();
  for (const a of entered) byYear.set(a.year, { off: new Set(a.offDays), work: new Set(a.workDays), provisional: false });
  const yearOf = (day: string) => {
    const year = Number(day.slice(0, 4));
    let known = byYear.get(year);
    if (!known && !packageHasYear(year)) {
      const computed = provisionalArrangement(year);
      known = { off: new Set(computed.offDays), work: new Set(computed.workDays), provisional: true };
      byYear.set(year, known);
    }
    return known ?? null;
  };
  return {
    isWorkingDay(day) {
      const known = yearOf(day);
      if (!known) return packageIsWorkingDay(day);
      if (known.work.has(day)) return true;
      return !known.off.has(day) && !isWeekend(day);
    },
    isProvisional(day) {
      return yearOf(day)?.provisional ?? false;
    },
  };
}

/** The day `n` days after `day` (which does not count): the nth working day, or n calendar days on. */
export function addDays(cal: WorkCalendar, day: string, n: number, basis: DayBasis): string {
  if (basis === 'calendar') return shiftDay(day, n);
  let current = day;
  for (let left = n; left > 0; ) {
    current = shiftDay(current, 1);
    if (cal.isWorkingDay(current)) left--;
  }
  return current;
}

/**
 * The last day of a period: a period whose last day is a statutory day of rest ends on the first
 * working day after it (民法典 Art. 203).
 */
export function lastDayOfPeriod(cal: WorkCalendar, day: string): string {
  let current = day;
  while (!cal.isWorkingDay(current)) current = shiftDay(current, 1);
  return current;
}

/** How many days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function daysBetween(cal: WorkCalendar, from: string, to: string, basis: DayBasis): number {
  if (to <= from) return 0;
  if (basis === 'calendar') return calendarDaysBetween(from, to);
  let count = 0;
  for (let d = shiftDay(from, 1); d <= to; d = shiftDay(d, 1)) if (cal.isWorkingDay(d)) count++;
  return count;
}

/** Calendar days between two days, for "受理至今" and "已超期 N 天": no holidays needed. */
export function calendarDaysBetween(from: string, to: string): number {
  return to <= from ? 0 : Math.round((Date.parse(to) - Date.parse(from)) / (24 * 60 * 60 * 1000));
}

/** Does any day from `from` to `to` fall in a year whose days off are only provisional? */
export function restsOnProvisional(cal: WorkCalendar, from: string, to: string): boolean {
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    if (cal.isProvisional(`${year}-01-01`)) return true;
  }
  return false;
}
