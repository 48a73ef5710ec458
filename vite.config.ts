import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { defineConfig, type Plugin } from 'vite';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';
import { minifyHtmlLiterals } from './scripts/minify-html-literals.mjs';

const require = createRequire(import.meta.url);

/** Serves msw's worker at the root from the installed package, so the demo's mock API never goes stale; `/` opens the demo. */
function mswWorker(): Plugin {
  return {
    name: 'msw-worker',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url !== '/') return next();
        response.writeHead(302, { Location: '/demo/' }).end();
      });
      server.middlewares.use('/mockServiceWorker.js', async (_request, response) => {
        response.setHeader('Content-Type', 'text/javascript');
        response.end(await readFile(require.resolve('msw/mockServiceWorker.js'), 'utf8'));
      });
    },
  };
}

/**
 * The demo pages load the bundle as a webmaster would (`/dist/wr-widgets.js` with `data-api="/v1"`, served by the
 * reference server on `npm start`). Under `npm run dev` there is no server: the pages get the widgets' sources
 * and the mock API in the browser instead.
 */
function demoOnMockApi(): Plugin {
  return {
    name: 'demo-on-mock-api',
    apply: 'serve',
    transformIndexHtml(page) {
      return page.replace(/<script type="module" src="\/dist\/wr-widgets\.js"[^>]*><\/script>/, '<script type="module" src="/demo/demo-entry.ts"></script>');
    },
  };
}

/** The widgets a page can load one by one: the loader's targets, also the per-widget files of a release. */
const widgetEntries = {
  'job-list': 'src/job-list/define.ts',
  'town-map': 'src/town-map/define.ts',
  'contact-form': 'src/contact-form/define.ts',
  'commute-finder': 'src/commute-finder/define.ts',
};

/**
 * The browsers the widgets support, the oldest versions that have all they use (container queries, `:has()`,
 * `color-mix()`, constructed style sheets): the build writes no syntax they lack. The README's "Browsers" says the
 * same; the browser suite runs in Chromium, Firefox ESR and WebKitGTK.
 */
const supportedBrowsers = ['chrome111', 'edge111', 'firefox121', 'safari16.4'];

/**
 * Two builds into `dist/`, both minified ES modules with Lit inside:
 * - `vite build`: `wr-widgets.js`, every widget in one file (the file a Subresource Integrity hash covers);
 * - `vite build --mode elements`: `wr-loader.js` and one file per widget, sharing Lit and the core through
 *   chunks, so a page with one widget downloads that widget only.
 * Parts a visitor may never need (English texts, real map tiles, the challenge solver) stay lazy chunks in both.
 */
export default defineConfig(({ mode }) => ({
  plugins: [mswWorker(), demoOnMockApi(), minifyCssLiterals(), minifyHtmlLiterals()],
  build: {
    target: supportedBrowsers,
    emptyOutDir: mode !== 'elements',
    lib: {
      entry: (mode === 'elements' ? { 'wr-loader': 'src/loader.ts', ...widgetEntries } : { 'wr-widgets': 'src/wr-widgets.ts' }) as Record<string, string>,
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {
      // One folder a webmaster loads from: Lit goes inside, nothing is left for the page to provide.
      external: [],
      // Lets shared code (the plural helpers the English texts use) live in the entry file instead of a chunk of its own.
      preserveEntrySignatures: 'allow-extension',
      // Library mode keeps whitespace by default; our files are loaded by browsers only, so squeeze them.
      output: {
        minify: true,
        // Lazy parts keep their name (en, tile-layer, altcha-solver); code the widget files share is `common`.
        chunkFileNames: (chunk) => (chunk.isDynamicEntry ? 'chunks/[name]-[hash].js' : 'chunks/common-[hash].js'),
      },
    },
    sourcemap: true,
  },
}));
