import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { defineConfig, type Plugin } from 'vite';

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

export default defineConfig({
  plugins: [mswWorker(), demoOnMockApi()],
  build: {
    target: 'es2022',
    lib: {
      entry: 'src/wr-widgets.ts',
      formats: ['es'],
      fileName: () => 'wr-widgets.js',
    },
    // One file a webmaster loads with a script tag: Lit goes inside, nothing is left for the page to provide.
    rollupOptions: { external: [] },
    sourcemap: true,
  },
});
