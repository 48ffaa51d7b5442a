import * as chineseDaysModule from 'chinese-days';

// A CommonJS package whose names Node's ESM loader cannot see: there its functions sit on `default`.
const chineseDays = (chineseDaysModule as unknown as { default?: typeof chineseDaysModule }).default ?? chineseDaysModule;

/**
 * Deadlines count calendar days or working days; working days follow the State Council's holiday
 * schedule with its 调休 make-up days (from `chinese-days`), not Monday to Friday.
 */
export type DayBasis = 'calendar' | 'working';

const DAY_MS = 24 * 60 * 60 * 1000;

function shift(day: string, by: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + by * DAY_MS).toISOString().slice(0, 10);
}

export function isWorkingDay(day: string): boolean {
  return chineseDays.isWorkday(day);
}

/** The day `n` days after `day` (which does not count): the nth working day, or n calendar days on. */
export function addDays(day: string, n: number, basis: DayBasis): string {
  if (basis === 'calendar') return shift(day, n);
  let current = day;
  for (let left = n; left > 0; ) {
    current = shift(current, 1);
    if (isWorkingDay(current)) left--;
  }
  return current;
}

/** How many days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function daysBetween(from: string, to: string, basis: DayBasis): number {
  if (to <= from) return 0;
  if (basis === 'calendar') return Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
  let count = 0;
  for (let d = shift(from, 1); d <= to; d = shift(d, 1)) if (isWorkingDay(d)) count++;
  return count;
}
