// Browser tests in Debian's Chromium (never a downloaded browser); see ../shared/TESTING.md.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';

const require = createRequire(import.meta.url);
const mswWorkerPath = require.resolve('msw/mockServiceWorker.js');

/** Serves msw's worker script from the installed package, so it never falls out of step with msw. */
const mswWorkerPlugin = {
  name: 'msw-worker',
  async serve(context) {
    if (context.path === '/mockServiceWorker.js') {
      return { body: await readFile(mswWorkerPath, 'utf8'), type: 'js' };
    }
  },
};

/**
 * Every test page sets its clock to the sample data's moment before any test module runs (module scripts run in
 * order), so the suite sees the same calendar on any machine date; see test/support/page-clock.ts.
 */
const pageClock = '<script type="module" src="/test/support/page-clock.ts"></script>';

const testPage = (testFramework) => `<!doctype html>
<html>
  <head></head>
  <body>${pageClock}<script type="module" src="${testFramework}"></script></body>
</html>`;

/** A page that enforces Trusted Types, as a strict municipal CSP does; only Lit's policy and ours are allowed. */
const trustedTypesPage = (testFramework) => `<!doctype html>
<html lang="de">
  <head><meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types lit-html wr-widgets"></head>
  <body>${pageClock}<script type="module" src="${testFramework}"></script></body>
</html>`;

export default {
  // test/parity/ runs in Node (it starts the real server): npm run test:parity.
  files: ['test/**/*.test.ts', '!test/trusted-types/**', '!test/parity/**'],
  groups: [
    { name: 'trusted-types', files: 'test/trusted-types/**/*.test.ts', testRunnerHtml: trustedTypesPage },
  ],
  testRunnerHtml: testPage,
  nodeResolve: { exportConditions: ["production"] },
  // Chromium on Linux can hang with more than one page at a time (modernweb-dev/web#2403).
  concurrency: 1,
  testsFinishTimeout: 10 * 60 * 1000,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), mswWorkerPlugin],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      },
    }),
  ],
};
