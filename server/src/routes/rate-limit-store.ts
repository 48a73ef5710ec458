import type { Clock } from '@wachstumsregion/domain/clock';
import type { RateWindows } from '../store/rate-windows.js';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/**
 * The store of `@fastify/rate-limit`, counting in the database's windows (`RateWindows`), so that all instances
 * share one allowance and the windows follow the app's clock (the plugin's own store is per process and reads
 * `Date.now()`). A database that cannot be reached fails the request with 503, as any other write would.
 */
export function sharedRateLimitStore(windows: RateWindows, clock: Clock) {
  return class SharedRateLimitStore {
    private readonly scope: string;

    /** The plugin passes its options; a route's store (`child`) passes its scope. */
    constructor(options: object = {}) {
      this.scope = (options as { scope?: unknown }).scope === undefined ? 'rate-limit' : String((options as { scope: unknown }).scope);
    }

    incr(key: string, callback: Callback, timeWindow: number): void {
      windows.hit(this.scope, key, timeWindow).then(
        ({ count, resetAt }) => callback(null, { current: count, ttl: Math.max(0, resetAt - clock.now().getTime()) }),
        (error: Error) => callback(error),
      );
    }

    /** The plugin asks for one store per route: each route counts on its own. */
    child(params: object): SharedRateLimitStore {
      // The typings call it route options; at run time the route is under `routeInfo` (the plugin's merged params).
      const info = (params as { routeInfo?: { method?: string | string[]; url?: string } }).routeInfo;
      const route = info?.url ? `${[info.method].flat().join(',')} ${info.url}` : 'rate-limit';
      return new SharedRateLimitStore({ scope: route });
    }
  };
}
