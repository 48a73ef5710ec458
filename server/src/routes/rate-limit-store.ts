import type { Clock } from '@wachstumsregion/domain/clock';

type Callback = (error: Error | null, result: { current: number; ttl: number }) => void;

/** Keys remembered at most per route; beyond, the oldest windows are forgotten (a flood of addresses cannot fill memory). */
const maxKeys = 10_000;

/**
 * The store of `@fastify/rate-limit`, counting fixed windows by the app's clock rather than the machine's, so a
 * test can move time past a window (the plugin's own store reads `Date.now()`). Kept in memory, as before.
 */
export function clockedRateLimitStore(clock: Clock) {
  return class ClockedRateLimitStore {
    private readonly windows = new Map<string, { current: number; startMs: number }>();

    incr(key: string, callback: Callback, timeWindow: number): void {
      const now = clock.now().getTime();
      let window = this.windows.get(key);
      if (!window || window.startMs + timeWindow <= now) {
        this.windows.delete(key);
        if (this.windows.size >= maxKeys) this.windows.delete(this.windows.keys().next().value!);
        window = { current: 0, startMs: now };
        this.windows.set(key, window);
      }
      window.current++;
      callback(null, { current: window.current, ttl: window.startMs + timeWindow - now });
    }

    /** The plugin asks for one store per route. */
    child(): ClockedRateLimitStore {
      return new ClockedRateLimitStore();
    }
  };
}
