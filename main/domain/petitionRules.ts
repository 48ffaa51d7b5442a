import { addDays, lastDayOfPeriod, type WorkCalendar } from './workdays';

/**
 * 信访工作条例 (2022): the petitioner is told within 15 days of receipt whether the matter is accepted.
 * A calendar-day period; a last day of rest runs on to the next working day (民法典 Art. 203).
 */
export const PETITION_NOTICE_DAYS = 15;

export function petitionNoticeDue(cal: WorkCalendar, receivedDay: string): string {
  return lastDayOfPeriod(cal, addDays(cal, receivedDay, PETITION_NOTICE_DAYS, 'calendar'));
}
