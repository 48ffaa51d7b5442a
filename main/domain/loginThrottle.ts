export const WINDOW_MS = 15 * 60 * 1000;
/** Attempts allowed within the window: per account, and per client address (many clerks may share one). */
export const MAX_FAILURES_PER_USER = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;

/**
 * Minutes until a key (a user name, a client address) may try again, given the times of its recent
 * attempts that did not succeed; 0 when it may try now. Every attempt counts from the moment it
 * starts, so fifty guesses sent at once meet the same limit as fifty sent one after another.
 */
export function lockedMinutes(attemptTimes: readonly number[], now: number, max: number): number {
  const recent = attemptTimes.filter((t) => t > now - WINDOW_MS).sort((a, b) => a - b);
  if (recent.length < max) return 0;
  const oldest = recent[recent.length - max]!;
  return Math.max(1, Math.ceil((oldest + WINDOW_MS - now) / 60000));
}
