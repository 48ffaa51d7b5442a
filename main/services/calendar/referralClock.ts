import type { Selectable } from 'kysely';
import { limitDeadline, type Deadline } from '../../domain/deadline';
import type { WorkCalendar } from '../../domain/workdays';
import type { ReferralTable } from '../../db/schema';

type ClockColumns = Pick<Selectable<ReferralTable>, 'clock_from' | 'basis' | 'limit_days' | 'extension_days' | 'suspended_days'>;

/** A referral's deadline from its stored clock, with changes about to be written. */
export function referralDeadline(cal: WorkCalendar, r: ClockColumns, changes: Partial<Pick<ClockColumns, 'extension_days' | 'suspended_days'>> = {}): Deadline {
  return limitDeadline(cal, {
    acceptedDay: r.clock_from,
    basis: r.basis,
    limitDays: r.limit_days,
    extensionDays: changes.extension_days ?? r.extension_days,
    suspendedDays: changes.suspended_days ?? r.suspended_days,
  });
}
