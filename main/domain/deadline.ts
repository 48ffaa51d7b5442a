import { addDays, daysBetween, lastDayOfPeriod, restsOnProvisional, type DayBasis, type WorkCalendar } from './workdays';

/**
 * A matter's time limit: days from the day it was accepted (受理) — a return and a new referral do not
 * restart it — plus one extension, plus time suspended.
 */
export interface LimitClock {
  acceptedDay: string;
  basis: DayBasis;
  limitDays: number;
  extensionDays: number;
  /** Days already spent suspended (中止) and given back. */
  suspendedDays: number;
}

export interface Deadline {
  day: string;
  /** The count passes through a year whose holidays are computed, not yet announced. */
  provisional: boolean;
}

export function limitDeadline(cal: WorkCalendar, c: LimitClock): Deadline {
  const counted = addDays(cal, c.acceptedDay, c.limitDays + c.extensionDays + c.suspendedDays, c.basis);
  // Working days already end on a working day; a calendar count ending on a day of rest moves on.
  const day = c.basis === 'calendar' ? lastDayOfPeriod(cal, counted) : counted;
  return { day, provisional: restsOnProvisional(cal, c.acceptedDay, day) };
}

/** The days a suspension that began on `since` and ends `today` gives back to the clock. */
export function suspensionDays(cal: WorkCalendar, since: string, today: string, basis: DayBasis): number {
  return daysBetween(cal, since, today, basis);
}

/** How near a deadline is: the supervisor's screen highlights the last days and the overdue. */
export const DUE_SOON_DAYS = 3;
export type Urgency = 'on_track' | 'due_soon' | 'overdue';

/** "Due soon" counts working days whatever the limit's basis: three days before a long holiday are not three days. */
export function urgency(cal: WorkCalendar, deadline: string, today: string): Urgency {
  if (today > deadline) return 'overdue';
  return daysBetween(cal, today, deadline, 'working') <= DUE_SOON_DAYS ? 'due_soon' : 'on_track';
}

/** The last day that still counts as "due soon" seen from today: queues filter on it. */
export function dueSoonUntil(cal: WorkCalendar, today: string): string {
  return addDays(cal, today, DUE_SOON_DAYS, 'working');
}
