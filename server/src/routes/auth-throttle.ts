import type { RateWindows } from '../store/rate-windows.js';

const scope = 'admin-auth-failures';

/**
 * Counts failed admin sign-ins (answers `401`) per client address and blocks an address that fails `max` times
 * within `windowMs` until that window ends. Counted in the database's windows, so every instance sees the same
 * failures and a restart forgets none. Successful requests are neither counted nor delayed.
 */
export class FailedAuthLimiter {
  constructor(
    private readonly windows: RateWindows,
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  /** Seconds the address must wait, or 0 when it may try. */
  async retryAfter(address: string): Promise<number> {
    if (this.max <= 0) return 0;
    const window = await this.windows.peek(scope, address);
    return window && window.count >= this.max ? Math.ceil((window.resetAt - this.now()) / 1000) : 0;
  }

  /** Notes one failed attempt of the address. */
  async fail(address: string): Promise<void> {
    if (this.max <= 0) return;
    await this.windows.hit(scope, address, this.windowMs);
  }
}
