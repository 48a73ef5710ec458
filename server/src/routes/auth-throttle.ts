import { systemClock, type Clock } from '@wachstumsregion/domain/clock';

/**
 * Counts failed admin sign-ins (answers `401`) per client address and blocks an address that fails `max` times
 * within `windowMs` until that window ends. Kept in memory: a restart forgets it, as the inquiry rate limit does.
 * Successful requests are neither counted nor delayed.
 */
export class FailedAuthLimiter {
  private readonly failures = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly clock: Clock = systemClock,
    /** Addresses remembered at most; beyond, the oldest are forgotten (a flood of addresses cannot fill memory). */
    private readonly maxAddresses = 10_000,
  ) {}

  /** Seconds the address must wait, or 0 when it may try. */
  retryAfter(address: string): number {
    if (this.max <= 0) return 0;
    const entry = this.failures.get(address);
    if (!entry) return 0;
    const left = entry.resetAt - this.clock.now().getTime();
    if (left <= 0) {
      this.failures.delete(address);
      return 0;
    }
    return entry.count >= this.max ? Math.ceil(left / 1000) : 0;
  }

  /** Notes one failed attempt of the address. */
  fail(address: string): void {
    if (this.max <= 0) return;
    const now = this.clock.now().getTime();
    const entry = this.failures.get(address);
    if (entry && entry.resetAt > now) {
      entry.count++;
      return;
    }
    this.failures.delete(address);
    if (this.failures.size >= this.maxAddresses) this.prune(now);
    this.failures.set(address, { count: 1, resetAt: now + this.windowMs });
  }

  private prune(now: number): void {
    for (const [address, entry] of this.failures) if (entry.resetAt <= now) this.failures.delete(address);
    // Map keeps insertion order: the first entries are the oldest windows.
    for (const address of this.failures.keys()) {
      if (this.failures.size < this.maxAddresses) break;
      this.failures.delete(address);
    }
  }
}
