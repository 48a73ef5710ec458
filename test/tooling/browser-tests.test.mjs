// scripts/browser-tests.mjs after a WebKit crash: the crashed file runs once more and the log says so; a file that
// crashes again fails the suite. The crash is real: the WebProcess of the launcher's MiniBrowser is killed.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'wr-tooling-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the browser suite on the fixture alone, in WebKit, and resolves with its exit code and everything it printed. */
function browserTests(env) {
  const child = spawn(process.execPath, [join(root, 'scripts/browser-tests.mjs')], {
    cwd: root,
    env: { ...process.env, WTR_BROWSERS: 'webkit', WTR_FILES: 'test/tooling/fixtures/crashes-webkit.ts', CI: 'true', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output })));
}

test('a file in which WebKit crashed once runs again, passes, and the log names the crash', async () => {
  const { code, output } = await browserTests({ WR_CRASH_MARKER: join(scratch, 'once') });
  assert.equal(code, 0, output);
  assert.match(output, /WebKit's session was lost in one test file \(its WebProcess crashed\): test\/tooling\/fixtures\/crashes-webkit\.ts/);
  assert.match(output, /Passed in WebKit on the second run after a WebProcess crash: test\/tooling\/fixtures\/crashes-webkit\.ts/);
});

test('a file in which WebKit crashes again fails the suite', async () => {
  const { code, output } = await browserTests({ WR_CRASH_MARKER: join(scratch, 'always'), WR_CRASH_ALWAYS: '1' });
  assert.notEqual(code, 0, output);
  assert.match(output, /Failed in WebKit on the second run too: test\/tooling\/fixtures\/crashes-webkit\.ts/);
});
