import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { contract, contractPath } from '../contract.js';
import { renderReference } from './reference-page.js';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * The admin page runs with the tokens of the region and the offices in its tab, so it gets the strictest policy
 * the page can live with: its own scripts, styles and API only, no inline code (Lit's styles are constructed
 * style sheets, which `style-src 'self'` allows), HTML written only through Lit's Trusted Types policy, no
 * framing (clickjacking), no referrer, and nothing kept in a cache.
 */
export const adminPageHeaders: Readonly<Record<string, string>> = {
  'content-security-policy': [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "connect-src 'self'",
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; '),
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

export interface WebsiteOptions {
  /** The built admin page (`npm run build:admin`); `dist-admin/` at the project root by default. */
  adminRoot?: string;
}

/**
 * What the server shows besides the API: the widget files under /widgets/<version>/ (and /dist/), the admin page
 * under /admin/, the
 * contract and its reference page under /api/, and the demo partner site at /. All from this machine: nothing is
 * loaded from a CDN.
 */
export async function serveWebsite(app: FastifyInstance, { adminRoot = `${projectRoot}dist-admin` }: WebsiteOptions = {}): Promise<void> {
  const dist = `${projectRoot}dist`;
  const demo = `${projectRoot}demo`;
  const contractText = readFileSync(contractPath, 'utf8');
  const reference = renderReference(contract());

  app.get('/api/openapi.yaml', async (_request, reply) => reply.type('application/yaml; charset=utf-8').header('cache-control', 'public, max-age=300').send(contractText));
  app.get('/api/', async (_request, reply) => reply.type('text/html; charset=utf-8').header('cache-control', 'public, max-age=300').send(reference));

  if (existsSync(dist)) {
    // A release's files never change under its version: partner pages pin it (and its integrity hash) and
    // browsers keep it for a year. `latest` and `/dist/` follow the build, for the demo and for trying out.
    const { version } = JSON.parse(readFileSync(`${projectRoot}package.json`, 'utf8')) as { version: string };
    await app.register(fastifyStatic, { root: dist, prefix: `/widgets/${version}/`, decorateReply: false, maxAge: '365d', immutable: true });
    for (const prefix of ['/widgets/latest/', '/dist/']) {
      await app.register(fastifyStatic, { root: dist, prefix, decorateReply: false, maxAge: '5m' });
    }
  } else {
    app.log.warn('dist/ is missing: run `npm run build` so the demo site finds the widgets');
  }
  await serveAdminPage(app, adminRoot);
  if (existsSync(demo)) {
    // At / as the demo partner site, and at /demo/ too, where its pages link to under the dev server.
    for (const prefix of ['/demo/', '/']) {
      await app.register(fastifyStatic, { root: demo, prefix, index: ['index.html'], decorateReply: false, maxAge: '1m' });
    }
    app.get('/demo/', async (_request, reply) => reply.redirect('/demo/index.html'));
  }
}

async function serveAdminPage(app: FastifyInstance, root: string): Promise<void> {
  await app.register(async (admin) => {
    admin.addHook('onSend', async (_request, reply, payload) => {
      reply.headers(adminPageHeaders);
      return payload;
    });
    if (existsSync(`${root}/index.html`)) {
      await admin.register(fastifyStatic, { root, prefix: '/admin/', index: false, decorateReply: false, cacheControl: false, etag: false, lastModified: false });
      // The page itself, read on each request so a rebuild shows without a restart (fastify-static's own index
      // is not reached under the router's ignoreTrailingSlash).
      admin.get('/admin/', async (_request, reply) => reply.type('text/html; charset=utf-8').send(readFileSync(`${root}/index.html`)));
    } else {
      app.log.warn('dist-admin/ is missing: run `npm run build:admin` for the admin page at /admin/');
      admin.get('/admin/', async (_request, reply) => reply.code(503).type('text/plain; charset=utf-8').send('The admin page is not built: run `npm run build:admin`.'));
    }
  });
}
