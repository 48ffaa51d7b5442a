import type { Attendance } from '../../shared/attendance';

/** The ISO weekday (Monday 1 … Sunday 7) of a day `YYYY-MM-DD`. */
export function isoWeekday(day: string): number {
  const d = new Date(`${day}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

export interface StationPattern {
  attendance: Attendance;
  rotationDays: readonly number[];
}

export interface RosterEntry {
  present: boolean;
  onDuty: string;
}

/**
 * Whether a station is in the hall on a working day: as the day's roster says, if the desk kept
 * one for it; else by its pattern (常驻 yes, 轮驻 on its weekdays, 随叫随驻 not until called).
 */
export function inHall(pattern: StationPattern, roster: RosterEntry | null, day: string): boolean {
  if (roster) return roster.present;
  switch (pattern.attendance) {
    case 'resident':
      return true;
    case 'rotating':
      return pattern.rotationDays.includes(isoWeekday(day));
    case 'on_call':
      return false;
  }
}
