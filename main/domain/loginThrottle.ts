import type { Clock } from './clock';

export const WINDOW_MS = 15 * 60 * 1000;
/** Failed sign-ins allowed within the window: per account, and per client address (many clerks may share one). */
export const MAX_FAILURES_PER_USER = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;

/**
 * Counts failed sign-ins per key (a user name, a client address) and locks a key out for the
 * rest of the window once it has failed too often. Memory only: a restart forgives.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly clock: Clock,
    private readonly maxFailures: number,
  ) {}

  /** Minutes until the key may try again, or 0 when it may try now. */
  lockedMinutes(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.maxFailures) return 0;
    const oldest = recent[recent.length - this.maxFailures] ?? 0;
    return Math.max(1, Math.ceil((oldest + WINDOW_MS - this.clock.now().getTime()) / 60000));
  }

  fail(key: string): void {
    this.failures.set(key, [...this.recent(key), this.clock.now().getTime()]);
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string): number[] {
    const since = this.clock.now().getTime() - WINDOW_MS;
    return (this.failures.get(key) ?? []).filter((t) => t > since);
  }
}
