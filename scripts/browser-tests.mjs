// The browser suite: web-test-runner in Chromium, Firefox ESR and WebKitGTK (web-test-runner.config.mjs). A test file
// in which WebKit's WebProcess crashed (its session lost; rare) runs once more in WebKit, and the log says so; a file
// that fails for any other reason, or crashes again, fails the suite.
//   node scripts/browser-tests.mjs [web-test-runner arguments…]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

// The package exports neither its package.json nor its bin; the bin sits beside its entry point.
const runner = join(dirname(createRequire(import.meta.url).resolve('@web/test-runner')), 'bin.js');
const scratch = mkdtempSync(join(tmpdir(), 'wr-browser-tests-'));

/** Runs web-test-runner and resolves with its exit code and the failed files it reported. */
function run(args, env, name) {
  const resultsFile = join(scratch, `${name}.json`);
  const { status, signal } = spawnSync(process.execPath, [runner, ...args], { stdio: 'inherit', env: { ...process.env, ...env, WTR_RESULTS_FILE: resultsFile } });
  let failed;
  try {
    failed = JSON.parse(readFileSync(resultsFile, 'utf8')).failed;
  } catch {
    failed = undefined; // no report: the runner stopped before its tests ended (a configuration or start-up error)
  }
  return { code: status ?? (signal ? 1 : 0), failed };
}

function finish(code) {
  rmSync(scratch, { recursive: true, force: true });
  process.exit(code);
}

const first = run(process.argv.slice(2), {}, 'first');
if (first.code === 0 || !first.failed) finish(first.code);

const crashed = first.failed.filter((failure) => failure.crashed);
const otherwise = first.failed.filter((failure) => !failure.crashed);
if (crashed.length === 0 || otherwise.length > 0) finish(first.code || 1);

const files = [...new Set(crashed.map((failure) => failure.file))];
console.error(`\nWebKit's session was lost in ${files.length === 1 ? 'one test file' : `${files.length} test files`} (its WebProcess crashed): ${files.join(', ')}.`);
console.error(`Nothing else failed. Running ${files.length === 1 ? 'it' : 'them'} once more in WebKit; the crash above stays in this log.\n`);
const again = run([], { WTR_BROWSERS: 'webkit', WTR_FILES: files.join(',') }, 'again');
if (again.code === 0) {
  console.error(`\nPassed in WebKit on the second run after a WebProcess crash: ${files.join(', ')}.`);
} else {
  console.error(`\nFailed in WebKit on the second run too: ${files.join(', ')}.`);
}
finish(again.code || (again.failed?.length ? 1 : 0));
