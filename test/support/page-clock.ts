/**
 * The test page's clock: every browser test page starts at `sampleNow` and runs on from there, whatever the
 * machine's date, so the widgets, the admin page and the mock API (which all read the page's `Date`) agree with
 * the sample data. Loaded by web-test-runner before the test framework (see `web-test-runner.config.mjs`); it does
 * for the page what `faketime` does for a process.
 */

/** The moment the sample data is made for, and the page's "now" when a test file starts. */
export const sampleNow = new Date('2026-11-24T12:00:00Z');

const installed = Symbol.for('wr-test-page-clock');
const scope = globalThis as typeof globalThis & { [installed]?: true };

if (!scope[installed]) {
  scope[installed] = true;
  const RealDate = Date;
  const offsetMs = sampleNow.getTime() - RealDate.now();
  const now = () => RealDate.now() + offsetMs;
  // A proxy rather than a subclass: `Date()` called as a function, `Date.parse`, `Date.UTC` and `instanceof`
  // behave as before; only "now" moves.
  globalThis.Date = new Proxy(RealDate, {
    construct: (target, args: unknown[]) => (args.length ? new target(...(args as [number])) : new target(now())),
    apply: () => new RealDate(now()).toString(),
    get: (target, key, receiver) => (key === 'now' ? now : Reflect.get(target, key, receiver)),
  });
}
