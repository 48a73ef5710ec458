// Prints what <wr-job-list> costs a visitor: gzip bytes of its bundle, and median times from being connected to
// ten jobs on screen and from a filter change to the updated list (mock API, no latency), in Debian's Chromium.
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build } from 'vite';

const runs = Number(process.env.RUNS ?? 15);
const out = mkdtempSync(join(tmpdir(), 'wr-bench-'));

async function bundle(entry, name) {
  await build({
    configFile: false,
    logLevel: 'silent',
    build: { outDir: join(out, name), emptyOutDir: true, target: 'es2022', lib: { entry, formats: ['es'], fileName: () => `${name}.js` } },
  });
  return readFileSync(join(out, name, `${name}.js`));
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

try {
  const widget = await bundle('src/job-list/define.ts', 'job-list');
  const all = await bundle('src/wr-widgets.ts', 'wr-widgets');
  console.log(`job list alone, Lit included: ${gzipSync(widget, { level: 9 }).length} bytes gzipped (${widget.length} minified)`);
  console.log(`dist/wr-widgets.js (all widgets): ${gzipSync(all, { level: 9 }).length} bytes gzipped`);

  await bundle('bench/job-list-page.ts', 'page');
  const server = createServer((request, response) => {
    if (request.url === '/') {
      response.setHeader('Content-Type', 'text/html');
      return response.end('<!doctype html><html lang="de"><body><script type="module" src="/page.js"></script></body></html>');
    }
    try {
      const body = readFileSync(join(out, 'page', request.url.slice(1)));
      response.setHeader('Content-Type', extname(request.url) === '.js' ? 'text/javascript' : 'application/octet-stream');
      response.end(body);
    } catch {
      response.statusCode = 404;
      response.end();
    }
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => 'measure' in window);
  const results = [];
  for (let run = 0; run < runs + 2; run++) results.push(await page.evaluate(() => window.measure()));
  const measured = results.slice(2); // the first runs warm up the JIT and the page's caches
  await browser.close();
  server.close();

  const first = measured.map((result) => result.firstList);
  const filter = measured.map((result) => result.filterChange);
  console.log(`connected → 10 jobs on screen: median ${median(first).toFixed(1)} ms (min ${Math.min(...first).toFixed(1)}, max ${Math.max(...first).toFixed(1)}, ${runs} runs)`);
  console.log(`filter change → updated list:  median ${median(filter).toFixed(1)} ms (min ${Math.min(...filter).toFixed(1)}, max ${Math.max(...filter).toFixed(1)}, ${runs} runs)`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
