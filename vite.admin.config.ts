import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The admin page (`admin/index.html` and `src/admin/`), built apart from the widgets' bundle into `dist-admin/`,
 * which the server serves at `/admin/`. No inline script or style ends up in the page: it runs under a CSP
 * without 'unsafe-inline'.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./admin/', import.meta.url)),
  base: '/admin/',
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('./dist-admin/', import.meta.url)),
    emptyOutDir: true,
    // The module preload helper would be inlined; the page's one script needs none.
    modulePreload: false,
    assetsInlineLimit: 0,
    sourcemap: true,
  },
});
