/**
 * Where "now" comes from. The server and the mock API take it as an input (never `Date.now()` in domain code),
 * so a test can say what day it is and the suite passes on any date.
 */
export interface Clock {
  now(): Date;
}

/** The machine's time: the default everywhere outside tests. */
export const systemClock: Clock = { now: () => new Date() };

/**
 * A clock that reads `start` now and runs on at the pace of `base`; `advance` and `set` move it, for tests of
 * expiry and schedules that must not wait for the real time to pass.
 */
export class ShiftedClock implements Clock {
  private offsetMs: number;

  constructor(
    start: Date | string,
    private readonly base: Clock = systemClock,
  ) {
    this.offsetMs = 0;
    this.set(start);
  }

  now(): Date {
    return new Date(this.base.now().getTime() + this.offsetMs);
  }

  /** Jumps to `moment`; the clock runs on from there. */
  set(moment: Date | string): void {
    this.offsetMs = new Date(moment).getTime() - this.base.now().getTime();
  }

  /** Moves the clock on (or back, with a negative value) by `ms`. */
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}
