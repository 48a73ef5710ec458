// What the benchmarks share: a production build of one entry, its gzip sizes, a page served on loopback, and
// Debian's Chromium driven by playwright-core. Builds go to one temp dir per process, removed on exit.
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { minifyCssLiterals } from '../scripts/minify-css-literals.mjs';
import { minifyHtmlLiterals } from '../scripts/minify-html-literals.mjs';

const out = mkdtempSync(join(tmpdir(), 'wr-bench-'));
process.on('exit', () => rmSync(out, { recursive: true, force: true }));

/**
 * Builds `entry` as the release does (ES module, Lit inside, minified) into its own folder. Returns the folder,
 * the main file `${name}.js` and the chunks its dynamic `import()`s split off, each with raw and gzip -9 bytes
 * (level 9: what a server compressing static files ahead of time sends).
 */
export async function bundle(entry, name) {
  const dir = join(out, name);
  await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [minifyCssLiterals(), minifyHtmlLiterals()],
    build: {
      outDir: dir,
      emptyOutDir: true,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: () => `${name}.js` },
      // As vite.config.ts builds a release: minified, shared code kept in the entry file.
      rolldownOptions: { preserveEntrySignatures: 'allow-extension', output: { minify: true } },
    },
  });
  const files = readdirSync(dir).map((file) => {
    const bytes = readFileSync(join(dir, file));
    return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  return { dir, main: files.find((f) => f.file === `${name}.js`), chunks: files.filter((f) => f.file !== `${name}.js`) };
}

export const gzipTotal = (files) => files.reduce((sum, f) => sum + f.gzip, 0);

/** Serves `dir` on 127.0.0.1 (a free port), with `/` a page that loads `/page.js`. */
export async function serve(dir) {
  const server = createServer((request, response) => {
    if (request.url === '/') {
      response.setHeader('Content-Type', 'text/html');
      return response.end('<!doctype html><html lang="de"><body><script type="module" src="/page.js"></script></body></html>');
    }
    try {
      const body = readFileSync(join(dir, request.url.slice(1)));
      response.setHeader('Content-Type', extname(request.url) === '.js' ? 'text/javascript' : 'application/octet-stream');
      response.end(body);
    } catch {
      response.statusCode = 404;
      response.end();
    }
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}

/** Debian's Chromium without the extras (GPU, background requests, first-run) that add noise to timings. */
export const launch = () =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });

/**
 * Builds a bench page (an entry that sets `window.measure`), opens it, and returns `runs` results of
 * `measure(arg)` after two warm-up runs (they warm up the JIT and the page's caches).
 */
export async function measurePage(entry, runs, arg) {
  const { dir } = await bundle(entry, 'page');
  const server = await serve(dir);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.goto(server.url);
    await page.waitForFunction(() => 'measure' in window);
    const results = [];
    for (let run = 0; run < runs + 2; run++) results.push(await page.evaluate((value) => window.measure(value), arg));
    return results.slice(2);
  } finally {
    await browser.close();
    server.close();
  }
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** `median 12.3 ms (min 10.1, max 20.4, 15 runs)` */
export const timing = (values) =>
  `median ${median(values).toFixed(1)} ms (min ${Math.min(...values).toFixed(1)}, max ${Math.max(...values).toFixed(1)}, ${values.length} runs)`;
