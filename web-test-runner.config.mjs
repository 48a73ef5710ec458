// Browser tests in Debian's Chromium, Firefox ESR and WebKitGTK (never a downloaded browser); see
// ../shared/TESTING.md. WTR_BROWSERS=chromium,firefox picks some of them.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { crashPlugin } from './test/support/crash-plugin.mjs';
import { firefoxLauncher } from './test/support/firefox-launcher.mjs';
import { resultsFileReporter } from './test/support/results-file-reporter.mjs';
import { viewportPlugin } from './test/support/viewport-plugin.mjs';
import { webkitLauncher } from './test/support/webkit-launcher.mjs';

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

const launchers = {
  chromium: () =>
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      },
    }),
  firefox: firefoxLauncher,
  webkit: webkitLauncher,
};

// Two browsers at a time, WebKit last and alone: beside another browser WebKitGTK misses some of its mock API
// answers for seconds (failures in about every run, not seen with WebKit alone), and three at once overload two cores.
const chosen = (process.env.WTR_BROWSERS ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim());
for (const name of chosen) {
  if (!launchers[name]) throw new Error(`WTR_BROWSERS: unknown browser "${name}" (chromium, firefox, webkit)`);
}
const browsers = Object.fromEntries(chosen.map((name) => [name, launchers[name]()]));

/**
 * Forced colours and reduced motion are emulated through the Chrome DevTools Protocol, which only Chromium speaks
 * (WebDriver BiDi in Firefox ESR and classic WebDriver in WebKitGTK have no media emulation): these files run there.
 */
const mediaEmulation = ['test/core/forced-colors.test.ts', 'test/core/reduced-motion.test.ts'];

const inTrustedTypes = (file) => file.startsWith('test/trusted-types/');
const inMediaEmulation = (file) => mediaEmulation.includes(file);

/**
 * WTR_FILES=test/a.test.ts,test/b.test.ts runs only these files, each on its own group's page (scripts/browser-tests.mjs
 * runs a file again this way after WebKit crashed in it); unlike --files, the groups' other files stay out.
 */
const only = process.env.WTR_FILES?.split(',').map((file) => file.trim().replace(/^\.\//, '')).filter(Boolean);
const pick = (all, belongs) => (only ? only.filter(belongs) : all);
const ownFiles = pick(['test/**/*.test.ts', '!test/trusted-types/**', '!test/parity/**', ...mediaEmulation.map((file) => `!${file}`)], (file) => !inTrustedTypes(file) && !inMediaEmulation(file));

const groups = [
  { name: 'trusted-types', files: pick(['test/trusted-types/**/*.test.ts'], inTrustedTypes), testRunnerHtml: trustedTypesPage },
  ...(browsers.chromium ? [{ name: 'media-emulation', files: pick(mediaEmulation, inMediaEmulation), browsers: [browsers.chromium] }] : []),
].filter((group) => group.files.length > 0);

export default {
  // test/parity/ runs in Node (it starts the real server): npm run test:parity.
  // None of its own when WTR_FILES names only files of the groups (web-test-runner refuses an empty list).
  files: ownFiles.length > 0 ? ownFiles : undefined,
  groups,
  testRunnerHtml: testPage,
  nodeResolve: { exportConditions: ["production"] },
  // Chromium on Linux can hang with more than one page at a time (modernweb-dev/web#2403).
  concurrency: 1,
  concurrentBrowsers: 2,
  // Per test file: the slowest takes about 30 s in WebKit; a browser that hangs fails its file in 3 minutes.
  testsFinishTimeout: 3 * 60 * 1000,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), mswWorkerPlugin, viewportPlugin, crashPlugin],
  browsers: Object.values(browsers),
  reporters: [defaultReporter(), resultsFileReporter()],
};
