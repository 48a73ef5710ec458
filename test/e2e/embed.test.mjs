// The embed as a webmaster does it: host pages on their own origin that carry nothing of ours but the snippet,
// against the real server (sample data) and the release files it serves under /widgets/<version>/. Each page is
// opened in Debian's Chromium; every console message, page error and CSP violation is collected, and the test
// fails on any error. Run after `npm run build` (`npm run test:e2e` does both).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const scratch = mkdtempSync(join(tmpdir(), 'wr-e2e-'));

let server;
let host;
let browser;
let api; // the region's server, e.g. http://127.0.0.1:40123
let site; // the partner site, another origin

async function freePort() {
  const probe = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => probe.once('listening', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function startRegionServer(port, siteOrigin) {
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), join(root, 'server/src/main.ts')], {
    cwd: scratch,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: join(scratch, 'wr.sqlite'), SEED: 'demo', ALLOWED_ORIGINS: siteOrigin, BACKUP_INTERVAL_HOURS: '0', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return child;
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error('the region server did not start');
}

// What a TYPO3 template with a strong opinion about type might do to everything it can reach.
const hostileCss = `
  html { font-size: 62.5%; }
  body { font: 1.3rem/0.9 Georgia, serif; text-transform: uppercase; letter-spacing: 0.3em; white-space: pre;
         text-align: right; word-spacing: 1em; color: #222; }
  input, button, select, textarea { all: unset; border: 0 !important; font-size: 8px; }
  svg { display: none; fill: red; }
  * { box-sizing: content-box; }
  aside { width: 280px; }
`;

const snippet = (file = 'wr-loader.js', extra = '') =>
  `<script type="module" src="${api}/widgets/${version}/${file}" data-api="${api}/v1"${extra}></script>`;

const widgets = `<wr-job-list page-size="5"></wr-job-list><wr-town-map></wr-town-map><wr-contact-form privacy-url="/datenschutz"></wr-contact-form><wr-commute-finder work="dresden"></wr-commute-finder>`;

/** The host pages, each with the headers a CMS might send. */
const pages = {
  '/blank.html': () => ({ body: `<!doctype html><html lang="de"><head><title>Leer</title></head><body><p>Nichts</p></body></html>` }),
  '/plain.html': () => ({ body: `<!doctype html><html lang="de"><head><title>Stadt</title>${snippet()}</head><body><main>${widgets}</main></body></html>` }),
  '/english.html': () => ({ body: `<!doctype html><html lang="en"><head><title>Town</title>${snippet()}</head><body><main>${widgets}</main></body></html>` }),
  '/hostile.html': () => ({
    body: `<!doctype html><html lang="de"><head><title>Stadt</title><link rel="stylesheet" href="/hostile.css">${snippet()}</head>
      <body><aside>${widgets}</aside></body></html>`,
  }),
  '/hostile.css': () => ({ type: 'text/css', body: hostileCss }),
  '/favicon.ico': () => ({ type: 'image/x-icon', body: '' }),
  '/strict.html': () => ({
    headers: {
      'Content-Security-Policy': `default-src 'none'; script-src ${api}; connect-src ${api}; img-src ${api} data:; style-src 'self'; ` +
        `require-trusted-types-for 'script'; trusted-types lit-html wr-widgets`,
    },
    body: `<!doctype html><html lang="de"><head><title>Stadt</title><link rel="stylesheet" href="/hostile.css">${snippet()}</head>
      <body><aside>${widgets.replace('<wr-job-list ', '<wr-job-list sync-url structured-data ')}</aside></body></html>`,
  }),
  // A town's page with the job list at the top and its own text after each widget, the loader as the README's
  // "No layout shift" section has it.
  '/steady.html': () => ({
    body: `<!doctype html><html lang="de"><head><title>Stadt</title><meta name="viewport" content="width=device-width">
      ${snippet('wr-loader.js', ' blocking="render"')}</head>
      <body style="margin:0 auto;max-width:60rem;padding:0 8px;font-family:system-ui"><h1>Arbeiten in Kamenz</h1><p>Willkommen.</p>
      <wr-job-list page-size="5" heading-level="2"></wr-job-list><p>Nach der Liste.</p>
      <wr-town-map heading-level="2"></wr-town-map><p>Nach der Karte.</p>
      <wr-contact-form privacy-url="/datenschutz"></wr-contact-form><footer>Impressum</footer></body></html>`,
  }),
  // A template and a content block each paste the snippet; another block pastes the all-in-one bundle.
  '/twice.html': () => ({
    body: `<!doctype html><html lang="de"><head><title>Stadt</title>${snippet()}${snippet()}</head>
      <body>${snippet('wr-widgets.js')}<main>${widgets}</main>${snippet('wr-widgets.js')}${snippet()}</body></html>`,
  }),
  // Another release (its copy of Lit included) already on the page; the documented CSP for that case.
  '/two-releases.html': () => ({
    headers: {
      'Content-Security-Policy': `script-src 'self' ${api}; require-trusted-types-for 'script'; trusted-types lit-html wr-widgets 'allow-duplicates'`,
    },
    body: `<!doctype html><html lang="de"><head><title>Stadt</title>
      <script type="module" src="/older-release/wr-widgets.js" data-api="${api}/v1"></script>${snippet()}${snippet('wr-widgets.js')}</head>
      <body><main>${widgets}</main></body></html>`,
  }),
};

/** An older release: today's files with another version number, served from another path (another module). */
function olderRelease(path) {
  const file = join(root, 'dist', path.replace('/older-release/', ''));
  const text = readFileSync(file, 'utf8');
  return { type: 'text/javascript', body: text.replaceAll(`\`${version}\``, '`0.0.1`').replaceAll(`"${version}"`, '"0.0.1"') };
}

async function startHost(port) {
  const http = createServer((request, response) => {
    const path = new URL(request.url, 'http://host').pathname;
    let page;
    try {
      page = path.startsWith('/older-release/') ? olderRelease(path) : pages[path]?.();
    } catch {
      page = undefined;
    }
    if (!page) return response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': page.type ?? (extname(path) === '.html' ? 'text/html; charset=utf-8' : 'text/plain'), ...page.headers });
    response.end(page.body);
  }).listen(port, '127.0.0.1');
  await new Promise((resolve) => http.once('listening', resolve));
  return http;
}

/**
 * Opens a host page; returns the page and everything that went wrong on it. `slowApi` holds every answer of the
 * API (not the widget files) back by that many milliseconds.
 */
async function open(path, { width = 1280, height = 900, slowApi = 0, initScript } = {}) {
  const page = await browser.newPage({ viewport: { width, height } });
  if (initScript) await page.addInitScript(initScript);
  if (slowApi) {
    await page.route(`${api}/v1/**`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, slowApi));
      await route.continue();
    });
  }
  const problems = [];
  const warnings = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    if (message.type() === 'warning') warnings.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // Registered before any script of the page runs, so a CSP that blocks scripts cannot hide its own violations.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
    );
  });
  await page.goto(`${site}${path}`);
  return { page, problems, warnings };
}

/** Waits until every widget shows live data from the server (`fits: 0` for a page without the finder). */
async function widgetsShowData(page, { fits: wantedFits = 3 } = {}) {
  await page.waitForFunction(
    (wantedFits) => {
      const shadow = (tag) => document.querySelector(tag)?.shadowRoot;
      const jobs = shadow('wr-job-list')?.querySelectorAll('[part=item]').length ?? 0;
      // Drawn as a map, or as its list in a narrow column.
      const towns = shadow('wr-town-map')?.querySelectorAll('[part=marker], [part=list] > li').length ?? 0;
      const partners = shadow('wr-contact-form')?.querySelectorAll('input[type=checkbox], option').length ?? 0;
      const fits = shadow('wr-commute-finder')?.querySelectorAll('[part=item]').length ?? 0;
      return jobs === 5 && towns >= 9 && partners >= 9 && fits >= wantedFits;
    },
    wantedFits,
    { timeout: 15_000 },
  );
}

before(async () => {
  const [apiPort, sitePort] = [await freePort(), await freePort()];
  api = `http://127.0.0.1:${apiPort}`;
  site = `http://localhost:${sitePort}`;
  server = await startRegionServer(apiPort, site);
  host = await startHost(sitePort);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  });
});

after(async () => {
  if (process.env.E2E_HOLD) await new Promise((resolve) => setTimeout(resolve, 600_000));
  await browser?.close();
  host?.close();
  server?.kill('SIGTERM');
  rmSync(scratch, { recursive: true, force: true });
});

describe('the snippet on a partner site', () => {
  test('the loader brings every widget with live data, a clean console and no globals of ours', async () => {
    const blank = await open('/blank.html');
    const before = await blank.page.evaluate(() => Object.getOwnPropertyNames(window));
    await blank.page.close();

    const { page, problems } = await open('/plain.html');
    await widgetsShowData(page);
    const added = await page.evaluate((known) => Object.getOwnPropertyNames(window).filter((name) => !known.includes(name)), before);
    // Lit's own version markers are Lit's, not ours; everything else would be a global we leaked.
    assert.deepEqual(added.filter((name) => !/^(lit(Html|Element)?Versions|reactiveElementVersions|litPropertyMetadata)$/.test(name)), []);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the loader loads only the widgets on the page, and one added later', async () => {
    const { page, problems } = await open('/blank.html');
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.evaluate(([src, apiBase]) => {
      const script = Object.assign(document.createElement('script'), { type: 'module', src });
      script.dataset.api = apiBase;
      document.head.append(script);
      document.body.append(document.createElement('wr-contact-form'));
    }, [`${api}/widgets/${version}/wr-loader.js`, `${api}/v1`]);
    await page.waitForFunction(() => document.querySelector('wr-contact-form')?.shadowRoot?.querySelector('form'));
    const widgetFiles = () => requested.filter((path) => /\/(job-list|town-map|contact-form)\.js$/.test(path)).map((path) => path.split('/').pop());
    assert.deepEqual(widgetFiles(), ['contact-form.js']);

    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<div><wr-town-map></wr-town-map></div>'));
    await page.waitForFunction(() => document.querySelector('wr-town-map')?.shadowRoot?.querySelectorAll('[part=marker]').length >= 9);
    assert.deepEqual(widgetFiles(), ['contact-form.js', 'town-map.js']);
    assert.equal(requested.filter((path) => path.includes('/chunks/en-')).length, 0, 'a German page loads no English texts');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('an English page gets English texts', async () => {
    const { page, problems } = await open('/english.html');
    await widgetsShowData(page);
    const text = await page.evaluate(() => document.querySelector('wr-contact-form').shadowRoot.textContent);
    assert.match(text, /Send/);
    assert.doesNotMatch(text, /Senden/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('nothing on the page moves while the widgets load, also with a slow API (CLS under 0.01)', async () => {
    const watchShifts = () => {
      window.layoutShifts = [];
      new PerformanceObserver((entries) => window.layoutShifts.push(...entries.getEntries().filter((entry) => !entry.hadRecentInput))).observe({ type: 'layout-shift', buffered: true });
    };
    // Desktop windows taller than any screen, so the whole of each widget is in view and a shift inside one counts.
    for (const [width, height, slowApi] of [[1280, 2400, 1500], [768, 2400, 0], [390, 844, 1500]]) {
      const { page: steady, problems } = await open('/steady.html', { width, height, slowApi, initScript: watchShifts });
      await widgetsShowData(steady, { fits: 0 });
      await steady.waitForTimeout(500);
      const shifts = await steady.evaluate(() => window.layoutShifts.map((entry) => ({ value: entry.value, at: Math.round(entry.startTime) })));
      const cls = shifts.reduce((sum, shift) => sum + shift.value, 0);
      assert.ok(cls < 0.01, `at ${width} px wide with the API ${slowApi} ms slow, CLS ${cls.toFixed(4)}: ${JSON.stringify(shifts)}`);
      assert.deepEqual(problems, []);
      await steady.close();
    }
  });

  test('hostile CSS in a 280 px column leaves the widgets legible and inside the column', async () => {
    for (const width of [390, 1280]) {
      const { page, problems } = await open('/hostile.html', { width });
      await widgetsShowData(page);
      const report = await page.evaluate(() =>
        ['wr-job-list', 'wr-town-map', 'wr-contact-form', 'wr-commute-finder'].map((tag) => {
          const element = document.querySelector(tag);
          const box = element.getBoundingClientRect();
          const inner = [...element.shadowRoot.querySelectorAll('*')].filter((node) => node.getClientRects().length && !node.closest('dialog'));
          const overflow = inner.filter((node) => node.getBoundingClientRect().right > box.right + 1).map((node) => node.localName + '.' + node.className);
          const texts = inner.filter((node) => [...node.childNodes].some((child) => child.nodeType === 3 && child.textContent.trim()));
          const styles = texts.map((node) => getComputedStyle(node));
          return {
            tag,
            width: Math.round(box.width),
            overflow: overflow.slice(0, 3),
            smallestFont: Math.min(...styles.map((style) => parseFloat(style.fontSize))),
            transforms: [...new Set(styles.map((style) => style.textTransform))],
            spacing: [...new Set(styles.map((style) => style.letterSpacing))],
            whiteSpace: [...new Set(styles.map((style) => style.whiteSpace))].filter((value) => value === 'pre'),
          };
        }),
      );
      for (const widget of report) {
        assert.ok(widget.width <= 280, `${widget.tag} is ${widget.width} px wide`);
        assert.deepEqual(widget.overflow, [], `${widget.tag} has parts outside the column`);
        assert.ok(widget.smallestFont >= 12, `${widget.tag} has text at ${widget.smallestFont} px`);
        assert.deepEqual(widget.transforms, ['none'], `${widget.tag} inherits text-transform`);
        assert.deepEqual(widget.spacing, ['normal'], `${widget.tag} inherits letter-spacing`);
        assert.deepEqual(widget.whiteSpace, [], `${widget.tag} inherits white-space: pre`);
      }
      assert.deepEqual(problems, []);
      await page.close();
    }
  });

  test('a strict CSP without unsafe-inline and with Trusted Types enforced: no violation, widgets work', async () => {
    const { page, problems } = await open('/strict.html');
    await widgetsShowData(page);
    // Opening a job renders its details and writes its JobPosting data through our Trusted Types policy.
    await page.locator('wr-job-list [part=title]').first().click();
    await page.waitForFunction(() => document.querySelector('wr-job-list').shadowRoot.querySelector('dialog[open]'));
    const topLayer = await page.evaluate(() => document.querySelector('wr-job-list').shadowRoot.querySelector('dialog').matches(':modal'));
    assert.ok(topLayer, 'the job opens in a modal dialog (top layer)');
    await page.waitForFunction(() => document.querySelector('wr-job-list script[type="application/ld+json"]'));
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the script included twice, and beside the all-in-one bundle: no error, each widget once', async () => {
    const { page, problems } = await open('/twice.html');
    await widgetsShowData(page);
    const counts = await page.evaluate(() => ({
      items: document.querySelector('wr-job-list').shadowRoot.querySelectorAll('[part=item]').length,
      forms: document.querySelector('wr-contact-form').shadowRoot.querySelectorAll('form').length,
    }));
    assert.deepEqual(counts, { items: 5, forms: 1 });
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('two releases on one page: the first wins, the second only warns, Trusted Types allow both Lits', async () => {
    const { page, problems, warnings } = await open('/two-releases.html');
    await widgetsShowData(page);
    assert.equal(await page.evaluate(() => customElements.get('wr-job-list').version), '0.0.1');
    assert.deepEqual(problems, []);
    assert.ok(warnings.some((text) => text.includes('already defined')), `expected a warning about the other release, got ${JSON.stringify(warnings)}`);
    await page.close();
  });
});

describe('the release files', () => {
  test('a versioned path is immutable and cached for a year; latest is not', async () => {
    const pinned = await fetch(`${api}/widgets/${version}/wr-loader.js`);
    assert.equal(pinned.status, 200);
    assert.match(pinned.headers.get('cache-control'), /max-age=31536000/);
    assert.match(pinned.headers.get('cache-control'), /immutable/);
    assert.equal(pinned.headers.get('access-control-allow-origin'), '*', 'module scripts from another origin need CORS');
    assert.match(pinned.headers.get('content-type'), /javascript/);
    const bundle = await fetch(`${api}/widgets/${version}/wr-widgets.js`, { headers: { 'Accept-Encoding': 'br, gzip' } });
    assert.equal(bundle.headers.get('content-encoding'), 'br', 'the bundle goes out compressed');
    assert.match(bundle.headers.get('vary') ?? '', /accept-encoding/i);
    const latest = await fetch(`${api}/widgets/latest/wr-loader.js`);
    assert.doesNotMatch(latest.headers.get('cache-control'), /immutable/);
  });

  test('the integrity hash in the README matches the bundle the server sends', async () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const hash = readme.match(/wr-widgets\.js" integrity="(sha384-[A-Za-z0-9+/=]+)"/)?.[1];
    assert.ok(hash, 'the README gives the snippet with an integrity hash');
    const body = Buffer.from(await (await fetch(`${api}/widgets/${version}/wr-widgets.js`)).arrayBuffer());
    const { createHash } = await import('node:crypto');
    assert.equal(hash, `sha384-${createHash('sha384').update(body).digest('base64')}`);
  });
});
