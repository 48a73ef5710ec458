import bearerAuth from '@fastify/bearer-auth';
import compress from '@fastify/compress';
import cors from '@fastify/cors';
import etag from '@fastify/etag';
import rateLimit from '@fastify/rate-limit';
import { constants as zlibConstants } from 'node:zlib';
import { sql } from 'kysely';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest, type RouteOptions } from 'fastify';
import openapiGlue from 'fastify-openapi-glue';
import { systemClock, type Clock } from '@wachstumsregion/domain/clock';
import { clientKey } from './client-address.js';
import { backupFolder, type ServerConfig } from './config.js';
import { contractPath, dereferencedContract } from './contract.js';
import { openChangeFeed, type ChangeFeed } from './db/change-feed.js';
import { postgresProblem, type Database } from './db/database.js';
import { capConnectionsPerAddress } from './connection-cap.js';
import { proxyTrust } from './trusted-proxies.js';
import { shedLoad } from './load-shedding.js';
import { answerFrameworkError, installErrorHandling, unavailableRetryAfter } from './errors.js';
import { cleanRequestText } from './request-text.js';
import { refuseMissingBody } from './missing-body.js';
import { AltchaGate } from './inquiry/altcha.js';
import { Backups } from './maintenance/backups.js';
import { readImportConfig } from './import/import-config.js';
import { defaultFetchLimits, type FetchLimits } from './import/limited-fetch.js';
import { ImportRunner } from './import/scheduled-imports.js';
import { adminOperations } from './routes/admin.js';
import { FailedAuthLimiter } from './routes/auth-throttle.js';
import { regionOnly } from './routes/caller.js';
import { createInquiryOperation } from './routes/inquiries.js';
import type { OperationOptions } from './routes/operation.js';
import { publicOperations } from './routes/public.js';
import { readSynonyms, report, watchSynonyms } from './search/synonyms-file.js';
import { sharedRateLimitStore } from './routes/rate-limit-store.js';
import { RateWindows } from './store/rate-windows.js';
import { AuditLog } from './store/audit-log.js';
import { InquiryStore } from './store/inquiry-store.js';
import { Outbox } from './store/outbox.js';
import { PartnerTokens, sameSecret } from './store/partner-tokens.js';
import { RegionStore } from './store/region-store.js';
import { validatorCompiler } from './validation.js';
import { serveWebsite } from './web/website.js';

export interface AppOptions {
  config: ServerConfig;
  database: Database;
  /** Pino options, or false for silence in tests. */
  logger?: boolean | object;
  /**
   * Where every "now" of the server comes from: expiry, retention, imports, backups, mail retries, rate limits,
   * challenges, the audit log. The machine's time by default; tests set their own.
   */
  clock?: Clock;
  /** How many `GET /jobs` answers to remember (0: none, e.g. to measure the search itself). */
  searchCacheSize?: number;
  /** The built admin page's folder, for tests; `dist-admin/` by default. */
  adminRoot?: string;
  /** Retries and pauses of import requests, for tests (timeout and size come from the config). */
  importLimits?: Partial<FetchLimits>;
  /** How often the synonyms file is checked for changes; tests check more often. */
  synonymsCheckMs?: number;
  /** How often the event-loop delay is measured for load shedding (ms); tests measure more often. */
  pressureSampleMs?: number;
}

export interface App {
  app: FastifyInstance;
  region: RegionStore;
  inquiries: InquiryStore;
  audit: AuditLog;
  backups: Backups;
  tokens: PartnerTokens;
  imports: ImportRunner;
  clock: Clock;
}

const noStore = async (_request: FastifyRequest, reply: FastifyReply) => {
  reply.header('cache-control', 'no-store');
};

/** ETags are for cacheable reads; a challenge or an admin answer must not be revalidated from a cache. */
const withoutEtag = async (_request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
  reply.removeHeader('etag');
  return payload;
};

/** fastify-openapi-glue fills in method, url and schemas; its types ask for a complete route nonetheless. */
const glueRoute = (options: object) => options as RouteOptions;

/** Builds the whole server (not listening yet): contract v1 under /v1, admin API, website, health. */
export async function buildApp({ config, database, logger = true, clock = systemClock, searchCacheSize, adminRoot, importLimits, synonymsCheckMs, pressureSampleMs }: AppOptions): Promise<App> {
  const trust = proxyTrust(config.trustProxy);
  const app = Fastify({
    logger,
    trustProxy: trust,
    // A client trickling its headers or body is cut off (408) rather than holding a socket for ever. Node checks
    // those two timeouts every connectionsCheckingInterval, 30 s by default: far too coarse for a 10 s limit.
    requestTimeout: config.requestTimeoutMs,
    connectionTimeout: config.idleTimeoutMs,
    keepAliveTimeout: config.keepAliveTimeoutMs,
    http: { headersTimeout: config.headersTimeoutMs, requestTimeout: config.requestTimeoutMs, connectionsCheckingInterval: 1000 },
    // An inquiry is small; a bulk job import raises its own limit.
    bodyLimit: 1024 * 1024,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    // The contract's ids run to 128 characters (the router's default stops at 100); longer ones meet its schema's 400.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 1024 },
    frameworkErrors: answerFrameworkError,
  });
  app.setValidatorCompiler(validatorCompiler);
  capConnectionsPerAddress(app.server, config.maxConnectionsPerAddress, (address) => trust(address, 0));
  // Another instance or process (the import command) may have changed the data: reload before answering from
  // memory. PostgreSQL's notifications start the reload at once; this makes a request wait for one under way.
  const region = await RegionStore.open(database);
  // Opened last, when nothing can fail any more: its listening connection would keep a failed start alive.
  let changes: ChangeFeed | undefined;
  app.addHook('onRequest', async (request) => {
    if (!changes?.takeChange()) return;
    // The database away: answer from memory what memory holds (the jobs); the next request tries again.
    await region.reload().catch((error: unknown) => {
      changes?.keepChange();
      request.log.warn({ err: error }, 'reloading the region data failed; serving the copy in memory');
    });
  });
  installErrorHandling(app);
  // Only JSON bodies; text/plain would otherwise be parsed and reach validation as a string.
  app.removeContentTypeParser('text/plain');
  app.addHook('preValidation', refuseMissingBody);
  // Control characters refused, Unicode in NFC, before any route reads a body (idempotency compares NFC too).
  app.addHook('preValidation', async (request) => {
    if (request.body !== null && typeof request.body === 'object') cleanRequestText(request.body);
  });

  if (config.synonymsPath) {
    const path = config.synonymsPath;
    // Read at start: a missing file stops the server with its reason, as IMPORT_CONFIG does.
    const table = readSynonyms(path);
    region.search.useSynonyms(table);
    report(table, path, app.log);
    const stop = watchSynonyms(path, (next) => region.search.useSynonyms(next), app.log, synonymsCheckMs);
    app.addHook('onClose', async () => stop());
  }
  const inquiries = new InquiryStore(database, clock);
  const audit = new AuditLog(database, clock);
  const backups = new Backups(database, backupFolder(config), config.backupKeep, clock);
  const tokens = new PartnerTokens(database, clock);
  const windows = new RateWindows(database, clock);
  const imports = new ImportRunner({
    database,
    region,
    audit,
    // Read at start: a broken file stops the server with its reason rather than failing every run.
    sources: config.importConfigPath ? readImportConfig(config.importConfigPath) : [],
    intervalHours: config.importIntervalHours,
    limits: { ...defaultFetchLimits, timeoutMs: config.importTimeoutSeconds * 1000, maxBytes: config.importMaxBytes, ...importLimits },
    log: app.log,
    clock,
  });
  const altcha = config.altchaHmacKey ? new AltchaGate(config.altchaHmacKey, config.altchaMaxNumber, clock) : undefined;

  // Every answer, errors included, must be readable by a partner page on another origin.
  await app.register(cors, {
    origin: '*',
    methods: ['GET', 'HEAD', 'POST'],
    allowedHeaders: ['Content-Type', 'Idempotency-Key', 'If-None-Match'],
    exposedHeaders: ['Retry-After', 'ETag', 'Idempotent-Replayed'],
    maxAge: 86400,
    strictPreflight: false,
  });
  await shedLoad(app, config.maxEventLoopDelayMs, pressureSampleMs);
  await app.register(etag, { algorithm: 'fnv1a' });
  // Visitors download the widgets on every partner page: the script files shrink to a third with brotli or gzip,
  // and so do the larger API answers. Brotli at a moderate quality, as answers are compressed per request.
  await app.register(compress, { encodings: ['br', 'gzip'], threshold: 1024, brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } } });
  await app.register(rateLimit, {
    global: false,
    store: sharedRateLimitStore(windows, clock),
    errorResponseBuilder: (_request, context) =>
      Object.assign(new Error(`Too many requests, retry in ${Math.ceil(context.ttl / 1000)} seconds.`), { statusCode: context.statusCode }),
  });
  if (config.adminToken) {
    const regionToken = config.adminToken;
    // The caller is resolved once per request: the region's token, else a partner's (looked up every time, so
    // a revoked token stops working at once), else 401.
    app.decorateRequest('caller', undefined);
    await app.register(bearerAuth, {
      keys: [regionToken],
      auth: async (key: string, request: FastifyRequest) => {
        if (sameSecret(key, regionToken)) {
          request.caller = { kind: 'region' };
          return true;
        }
        const partnerId = await tokens.partnerOf(key);
        if (partnerId === undefined) return false;
        request.caller = { kind: 'partner', partnerId };
        return true;
      },
      addHook: false,
      verifyErrorLogLevel: 'info',
      errorResponse: (error: Error) => ({ error: 'unauthorized', message: error.message }),
    } as Parameters<typeof bearerAuth>[1]);
  }

  const operations: Record<string, OperationOptions> = {
    ...publicOperations(region, altcha, clock, searchCacheSize),
    createInquiry: createInquiryOperation({
      region,
      inquiries,
      altcha,
      allowedOrigins: config.allowedOrigins,
      publicOrigin: config.publicOrigin,
      rateLimit: { max: config.inquiryRateLimit, timeWindow: config.inquiryRateWindowMs },
    }),
    ...adminOperations({ region, inquiries, audit, backups, tokens, imports, outbox: new Outbox(database), mailEnabled: Boolean(config.smtpUrl), clock }),
  };
  // Guessing tokens is slowed per address: after too many 401s the address gets 429 until its window ends, before
  // its token is even looked at (else a right guess would still show as 200 among the 429s).
  const failedAuth = new FailedAuthLimiter(windows, config.adminAuthFailureLimit, config.adminAuthWindowMs, () => clock.now().getTime());
  const authThrottle = async (request: FastifyRequest, reply: FastifyReply) => {
    const wait = await failedAuth.retryAfter(clientKey(request.ip));
    if (!wait) return;
    await reply
      .code(429)
      .headers({ 'retry-after': String(wait), 'cache-control': 'no-store' })
      .send({ error: 'rate-limited', message: `Too many failed sign-ins from this address, retry in ${wait} seconds.` });
    return reply;
  };
  const countFailedAuth = async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    if (reply.statusCode === 401) await failedAuth.fail(clientKey(request.ip));
    return payload;
  };
  const adminOff = async (_request: FastifyRequest, reply: FastifyReply) => {
    await reply.code(404).header('cache-control', 'no-store').send({ error: 'not-found', message: 'The admin API is switched off.' });
    return reply;
  };

  await app.register(openapiGlue, {
    specification: dereferencedContract(),
    prefix: 'v1',
    operationResolver: (operationId: string, _method: string, path: string): RouteOptions => {
      const operation = operations[operationId];
      if (!operation) throw new Error(`The contract's operation ${operationId} (${contractPath}) has no handler.`);
      if (operationId === 'getChallenge' || operationId === 'createInquiry') return glueRoute({ ...operation, onSend: [withoutEtag] });
      if (!path.startsWith('/admin/')) return glueRoute(operation);
      // Authentication runs before the body is read or validated: a stranger learns nothing about the schema.
      // A partner's token is refused outside its operations (403) before the body is read, too.
      if (!app.verifyBearerAuth) return glueRoute({ ...operation, onRequest: [adminOff, noStore], onSend: [withoutEtag] });
      return glueRoute({
        ...operation,
        onRequest: [authThrottle, app.verifyBearerAuth, noStore, regionOnly(operationId)],
        // Counted before the 401 leaves: counted after it (onResponse), a client's next guess could arrive, on this
        // instance or another, before the failure was written, and get one try more than the limit.
        onSend: [withoutEtag, countFailedAuth],
      });
    },
  });

  // For load balancers and operators: 200 when this instance can reach its database, else 503 with the reason.
  app.get('/health', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    try {
      await sql`SELECT 1`.execute(database.db);
    } catch (error) {
      return reply.code(503).header('retry-after', String(unavailableRetryAfter)).send({ status: 'unavailable', database: database.kind, reason: `the database is not reachable: ${postgresProblem(error)}` });
    }
    return reply.send({ status: 'ok', database: database.kind });
  });
  await serveWebsite(app, { adminRoot });
  const feed = openChangeFeed(
    database,
    () => void region.reload().catch((error: unknown) => app.log.error({ err: error }, 'reloading the region data failed')),
    (error: unknown) => app.log.warn({ err: error }, 'listening for changes of other instances failed, retrying'),
  );
  changes = feed;
  app.addHook('onClose', async () => feed.close());
  return { app, region, inquiries, audit, backups, tokens, imports, clock };
}
