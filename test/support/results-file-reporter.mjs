// Writes the failed test files of a run to WTR_RESULTS_FILE as JSON, for scripts/browser-tests.mjs: which browser,
// which file, and whether the browser's session was lost in it (a crash) rather than a test failing.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

/** What web-test-runner and WebKitWebDriver say when a page's WebProcess went away under a running file. */
const lostSession = /browser disconnected|invalid session id/i;

export function resultsFileReporter() {
  const path = process.env.WTR_RESULTS_FILE;
  return {
    onTestRunFinished({ sessions }) {
      if (!path) return;
      const failed = sessions
        .filter((session) => !session.passed)
        .map((session) => {
          const errors = session.errors.map((error) => error.message ?? String(error));
          return {
            browser: session.browser.name,
            file: relative(process.cwd(), session.testFile),
            crashed: session.browser.name === 'WebKit' && errors.some((message) => lostSession.test(message)),
            errors,
          };
        });
      writeFileSync(path, JSON.stringify({ failed }, null, 2));
    },
  };
}
