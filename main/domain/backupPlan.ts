import type { BackupSchedule } from '../../shared/schemas/system';
import { chinaDay } from '../../shared/time';

/**
 * When an automatic backup is due, which backups rotation keeps, and when the windows must warn.
 * Pure: the host's clock and what the data dir holds come in as arguments.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
/** Without a good backup for this long, every desk window says so. */
export const BACKUP_WARN_AFTER_MS = 2 * DAY_MS;

/** The instant of today's HH:mm in China. */
function todayAt(time: string, now: Date): Date {
  const [h, m] = time.split(':').map(Number);
  return new Date(`${chinaDay(now)}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00+08:00`);
}

/**
 * Due once a day: after the centre's 日结 (once it has closed today), or at the set time. An attempt
 * after the trigger — good or failed — counts; a failed one is retried only on the next day, and is
 * what the windows warn about in the meantime.
 */
export function backupDue(schedule: Pick<BackupSchedule, 'target' | 'when' | 'time'>, lastAttemptAt: string | null, centreClosedAt: string | null, now: Date): boolean {
  if (!schedule.target) return false;
  let trigger: Date;
  if (schedule.when === 'time') trigger = todayAt(schedule.time, now);
  else {
    if (!centreClosedAt || chinaDay(new Date(centreClosedAt)) !== chinaDay(now)) return false;
    trigger = new Date(centreClosedAt);
  }
  if (now < trigger) return false;
  return !lastAttemptAt || new Date(lastAttemptAt) < trigger;
}

/** Monday-based week of a China day, as the day its week starts. */
function weekOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const back = (d.getUTCDay() + 6) % 7;
  return new Date(d.getTime() - back * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Rotation, grandfather-father-son: the newest backup of each of the last `keepDaily` days that have
 * one, of the last `keepWeekly` weeks, of the last `keepMonthly` months. Returns the names to keep.
 */
export function backupsToKeep(backups: readonly { name: string; at: Date }[], keep: Pick<BackupSchedule, 'keepDaily' | 'keepWeekly' | 'keepMonthly'>): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.at.getTime() - a.at.getTime());
  const kept = new Set<string>();
  const pick = (period: (day: string) => string, count: number) => {
    const seen = new Set<string>();
    for (const b of newestFirst) {
      const key = period(chinaDay(b.at));
      if (seen.has(key)) continue;
      if (seen.size >= count) break;
      seen.add(key);
      kept.add(b.name);
    }
  };
  pick((day) => day, keep.keepDaily);
  pick(weekOf, keep.keepWeekly);
  pick((day) => day.slice(0, 7), keep.keepMonthly);
  return kept;
}

export type BackupWarning = { kind: 'target_missing'; target: string } | { kind: 'stale'; days: number | null } | null;

/**
 * What the desk windows must be told: the backup folder is missing (a USB disk not plugged in), or no
 * backup has succeeded for two days. A centre in its first two days is not nagged.
 */
export function backupWarning(state: { target: string; targetPresent: boolean; lastGoodAt: string | null; since: string | null }, now: Date): BackupWarning {
  if (state.target && !state.targetPresent) return { kind: 'target_missing', target: state.target };
  const from = state.lastGoodAt ?? state.since;
  if (!from || now.getTime() - new Date(from).getTime() < BACKUP_WARN_AFTER_MS) return null;
  return { kind: 'stale', days: state.lastGoodAt ? Math.floor((now.getTime() - new Date(state.lastGoodAt).getTime()) / DAY_MS) : null };
}

