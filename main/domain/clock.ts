/** Where "now" comes from. The host uses the system clock; tests use a clock they can move. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * The fixed calendar every test runs on: a Monday morning in China. Tests take "today" from the
 * host's clock, never from the PC's, so they mean the same thing on any day they are run.
 */
export const TEST_CALENDAR_START = new Date('2026-11-23T09:00:00+08:00');

/** A clock that starts at a given instant, runs on with real time, and jumps when told to (tests, `--test-clock`). */
export class AdjustableClock implements Clock {
  private offsetMs: number;
  constructor(start: Date = TEST_CALENDAR_START) {
    this.offsetMs = start.getTime() - Date.now();
  }
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}
