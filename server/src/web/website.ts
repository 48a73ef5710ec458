import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { contract, contractPath } from '../contract.js';
import { renderReference } from './reference-page.js';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * What the server shows besides the API: the widget files under /widgets/<version>/ (and /dist/), the contract and its reference page
 * under /api/, and the demo partner site at /. All from this machine: nothing is loaded from a CDN.
 */
export async function serveWebsite(app: FastifyInstance): Promise<void> {
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
  if (existsSync(demo)) {
    // At / as the demo partner site, and at /demo/ too, where its pages link to under the dev server.
    for (const prefix of ['/demo/', '/']) {
      await app.register(fastifyStatic, { root: demo, prefix, index: ['index.html'], decorateReply: false, maxAge: '1m' });
    }
    app.get('/demo/', async (_request, reply) => reply.redirect('/demo/index.html'));
  }
}
