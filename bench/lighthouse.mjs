// Lighthouse's accessibility, performance and best-practices scores for the demo partner site, as a visitor's
// browser sees it from the reference server (`npm start`'s pages, sample data): each page on a desktop window and
// as a phone (Lighthouse's own emulation, no network throttling: loopback has nothing to throttle honestly).
// Prints each score with its CLS and every audit that did not pass. Run: `node bench/lighthouse.mjs`.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../', import.meta.url));
const pages = ['/demo/index.html', '/demo/en.html', '/demo/kamenz.html', '/demo/barrierefreiheit.html'];
const scratch = mkdtempSync(join(tmpdir(), 'wr-lighthouse-'));

async function freePort() {
  const probe = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => probe.once('listening', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

const [port, debuggingPort] = [await freePort(), await freePort()];
const server = spawn(process.execPath, [join(root, 'server/scripts/start.mjs')], {
  cwd: scratch,
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: join(scratch, 'wr.sqlite'), SEED: 'demo', BACKUP_INTERVAL_HOURS: '0', LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', `--remote-debugging-port=${debuggingPort}`],
});
try {
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) break;
    } catch {
      if (attempt > 600) throw new Error('the server did not start');
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const devices = {
    desktop: { formFactor: 'desktop', screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false } },
    phone: { formFactor: 'mobile' },
  };
  for (const path of pages) {
    for (const [device, settings] of Object.entries(devices)) {
      const { lhr } = await lighthouse(
        `http://127.0.0.1:${port}${path}`,
        { port: debuggingPort, logLevel: 'error', onlyCategories: ['accessibility', 'performance', 'best-practices'], throttlingMethod: 'provided' },
        { extends: 'lighthouse:default', settings: { ...settings, throttlingMethod: 'provided' } },
      );
      const scores = Object.values(lhr.categories).map((category) => `${category.title} ${Math.round(category.score * 100)}`).join(', ');
      const cls = lhr.audits['cumulative-layout-shift'].numericValue;
      console.log(`${path} (${device}): ${scores}; CLS ${cls.toFixed(3)}`);
      for (const audit of Object.values(lhr.audits)) {
        // Only what counts towards a score: the accessibility audits, and the rest that weigh in their categories.
        if (audit.score === null || audit.score === 1 || ['informative', 'manual', 'notApplicable'].includes(audit.scoreDisplayMode)) continue;
        const counted = Object.values(lhr.categories).some((category) => category.auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0));
        if (counted) console.log(`  not passed: ${audit.id} (${audit.title}) ${audit.displayValue ?? ''}`);
      }
    }
  }
} finally {
  await browser.close();
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  rmSync(scratch, { recursive: true, force: true });
}
