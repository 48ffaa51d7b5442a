import * as chineseDaysModule from 'chinese-days';

// A CommonJS package whose names Node's ESM loader cannot see: there its functions sit on `default`.
const chineseDays = (chineseDaysModule as unknown as { default?: typeof chineseDaysModule }).default ?? chineseDaysModule;

/**
 * One year's days off and make-up working days (调休上班), as the State Council's notice (国务院办公厅
 * 关于某年部分节假日安排的通知) has them. Weekends not listed are days off; weekdays not listed work.
 */
export interface HolidayArrangement {
  year: number;
  offDays: string[];
  workDays: string[];
}

export interface StatutoryHoliday {
  day: string;
  name: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function shiftDay(day: string, by: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + by * DAY_MS).toISOString().slice(0, 10);
}

export function isWeekend(day: string): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

function lunarToSolar(year: number, month: number, day: number): string {
  return chineseDays.getSolarDateFromLunar(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`).date;
}

/**
 * The days every citizen has off by 《全国年节及纪念日放假办法》 (as revised by 国务院令第 798 号, in force
 * 2025-01-01), Art. 2: 元旦 1 day, 春节 4 days (除夕 to 正月初三), 清明节 1 day (the solar term), 劳动节 2
 * days, 端午节 1 day (五月初五), 中秋节 1 day (八月十五), 国庆节 3 days — 13 days a year.
 */
export function statutoryHolidays(year: number): StatutoryHoliday[] {
  const springFestival = lunarToSolar(year, 1, 1);
  return [
    { day: `${year}-01-01`, name: '元旦' },
    ...[-1, 0, 1, 2].map((d) => ({ day: shiftDay(springFestival, d), name: '春节' })),
    { day: chineseDays.getSolarTermDate(year, 4, 'pure_brightness'), name: '清明节' },
    { day: `${year}-05-01`, name: '劳动节' },
    { day: `${year}-05-02`, name: '劳动节' },
    { day: lunarToSolar(year, 5, 5), name: '端午节' },
    { day: lunarToSolar(year, 8, 15), name: '中秋节' },
    ...[1, 2, 3].map((d) => ({ day: `${year}-10-0${d}`, name: '国庆节' })),
  ].sort((a, b) => a.day.localeCompare(b.day));
}

/**
 * A year's arrangement before its notice is out: the statutory days, and for each that falls on a
 * weekend a day off on the next weekday (放假办法 Art. 6: 适逢星期六、星期日，应当在工作日补假). The notice's
 * 调休 swaps cannot be foreseen, so every deadline that rests on this year is marked provisional.
 */
export function provisionalArrangement(year: number): HolidayArrangement {
  const holidays = statutoryHolidays(year).map((h) => h.day);
  const off = new Set(holidays);
  for (const day of holidays) {
    if (!isWeekend(day)) continue;
    let makeUp = shiftDay(day, 1);
    while (isWeekend(makeUp) || off.has(makeUp)) makeUp = shiftDay(makeUp, 1);
    off.add(makeUp);
  }
  return { year, offDays: [...off].sort(), workDays: [] };
}

/** Does the holiday package carry the State Council's notice for this year? 元旦 is in every notice. */
export function packageHasYear(year: number): boolean {
  return chineseDays.getDayDetail(`${year}-01-01`).name.includes(',');
}

/** Working or not by the package's notice data (only for a year it has). */
export function packageIsWorkingDay(day: string): boolean {
  return chineseDays.isWorkday(day);
}
