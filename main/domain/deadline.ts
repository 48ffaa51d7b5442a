import { addDays, daysBetween, type DayBasis } from './workdays';

/** A referral's time limit: days from the day of referral, plus one extension, plus time suspended. */
export interface ReferralClock {
  referredDay: string;
  basis: DayBasis;
  limitDays: number;
  extensionDays: number;
  /** Days already spent suspended (中止) and given back. */
  suspendedDays: number;
}

export function referralDeadline(c: ReferralClock): string {
  return addDays(c.referredDay, c.limitDays + c.extensionDays + c.suspendedDays, c.basis);
}

/** The days a suspension that began on `since` and ends `today` gives back to the clock. */
export function suspensionDays(since: string, today: string, basis: DayBasis): number {
  return daysBetween(since, today, basis);
}

/** How near a deadline is: the supervisor's screen highlights the last days and the overdue. */
export const DUE_SOON_DAYS = 3;
export type Urgency = 'on_track' | 'due_soon' | 'overdue';

export function urgency(deadline: string, today: string, basis: DayBasis): Urgency {
  if (today > deadline) return 'overdue';
  return daysBetween(today, deadline, basis) <= DUE_SOON_DAYS ? 'due_soon' : 'on_track';
}

/** The last day that still counts as "due soon" seen from today: queues filter on it. */
export function dueSoonUntil(today: string, basis: DayBasis): string {
  return addDays(today, DUE_SOON_DAYS, basis);
}
