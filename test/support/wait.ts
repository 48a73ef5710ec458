import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

/**
 * How long a test waits for what it expects before it fails. open-wc gives up after 1 s; with three browsers on two
 * cores a render now and then takes longer. A wait ends as soon as its condition holds, so a passing test is no
 * slower, and a failing one still fails well within the test's own 10 s.
 */
export const settleTimeout = 4000;

/** open-wc's `waitUntil`, with `settleTimeout` unless the test names its own. */
export function waitUntil(predicate: () => unknown | Promise<unknown>, message?: string, options: { interval?: number; timeout?: number } = {}): Promise<void> {
  return openWcWaitUntil(predicate, message, { timeout: settleTimeout, ...options });
}
