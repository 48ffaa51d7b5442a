/**
 * How long a sign-in lasts. A counter PC is shared and sits in a public hall: a session ends after
 * an idle spell, and in any case after one long working day.
 */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
export const SESSION_MAX_MS = 12 * 60 * 60 * 1000;
/** Refresh `last_seen_at` at most this often, so that reads do not each cost a write. */
export const SESSION_TOUCH_MS = 60 * 1000;

export interface SessionTimes {
  createdAt: Date;
  lastSeenAt: Date;
}

export function sessionExpiresAt(s: SessionTimes): Date {
  return new Date(Math.min(s.lastSeenAt.getTime() + SESSION_IDLE_MS, s.createdAt.getTime() + SESSION_MAX_MS));
}

export function isSessionExpired(s: SessionTimes, now: Date): boolean {
  return now.getTime() >= sessionExpiresAt(s).getTime();
}
